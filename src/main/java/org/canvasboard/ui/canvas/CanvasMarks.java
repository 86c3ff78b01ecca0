package org.canvasboard.ui.canvas;

import org.canvasboard.viewmodel.CanvasViewModel;
import org.canvasboard.viewmodel.CardSelection;
import org.canvasboard.viewmodel.CardViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the cards of a canvas show of its state beyond their own: which are selected, which match
 * the search, the colour marks of the segments each is linked to, and, while one segment is
 * selected, what is linked to it.
 *
 * <p>The refreshes run after every edit and walk every card of the canvas; each returns at once
 * when nothing it shows can have changed (no search, no segment selected), so a plain edit on a
 * crowded canvas does not pay for them.
 */
final class CanvasMarks {
    private final ProjectViewModel project;
    private final CanvasViewModel canvas;
    private final CardSelection selection;
    /** The card views made so far, by card (only these can show anything). */
    private final Map<CardViewModel, CardView> cardViews;
    private boolean searchShown;
    private boolean highlightShown;

    CanvasMarks(ProjectViewModel project, CanvasViewModel canvas, Map<CardViewModel, CardView> cardViews) {
        this.project = project;
        this.canvas = canvas;
        this.selection = project.selection();
        this.cardViews = cardViews;
    }

    /** Everything again (a new view, or after an edit that may have changed any of it). */
    void refreshAll() {
        refreshSelection();
        refreshSearch();
        refreshSegmentMarks();
        refreshLinkHighlight();
    }

    void refreshSelection() {
        cardViews.forEach((card, view) -> view.setSelected(selection.isSelected(card)));
    }

    void refreshSearch() {
        String query = project.searchQueryProperty().get();
        boolean searching = query != null && !query.isBlank();
        if (!searching && !searchShown) {
            return;
        }
        searchShown = searching;
        cardViews.forEach((card, view) -> view.setSearchState(searching, card.matches(query)));
    }

    /** Gives every card the colour marks of the segments it is linked to. */
    void refreshSegmentMarks() {
        Map<String, CardMarks.LinkMark> marks = new HashMap<>();
        for (CardViewModel segment : canvas.segments()) {
            marks.put(segment.id(), new CardMarks.LinkMark(segment.getText(), segment.getSegment().color()));
        }
        cardViews.forEach((card, view) -> view.showLinks(card.getSegmentLinks().isEmpty() ? List.of()
                : card.getSegmentLinks().stream().map(marks::get).filter(Objects::nonNull).toList()));
    }

    /**
     * While exactly one segment is selected, what is linked to it stands out and the rest of the
     * canvas steps back.
     */
    void refreshLinkHighlight() {
        CardViewModel focus = selection.cards().size() == 1 ? selection.getLead() : null;
        boolean on = focus != null && focus.isSegment();
        if (!on && !highlightShown) {
            return;
        }
        highlightShown = on;
        cardViews.forEach((card, view) -> {
            boolean related = on && (card == focus || card.isLinkedTo(focus) || focus.isLinkedTo(card));
            view.setLinkHighlight(on && related && card != focus, on && !related);
        });
    }
}
