package org.canvasboard.viewmodel;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The screen viewmodel of a card's "for which segments" section: the segments the card is
 * linked to (rows keyed by segment id), the segments it could still be linked to, and the
 * commands that link, unlink and open a Customer Segments card as a segment. It follows the
 * selection's lead card (keeping the last one while nothing is selected) and the history.
 */
public final class CardLinksViewModel {
    private final ProjectViewModel project;
    private final ReadOnlyObjectWrapper<CardViewModel> card = new ReadOnlyObjectWrapper<>(this, "card");
    private final ObservableList<SegmentLabelViewModel> linked = FXCollections.observableArrayList();
    // one read-only view, kept: a listener added to a throwaway view would go with it
    private final ObservableList<SegmentLabelViewModel> readOnlyLinked = FXCollections.unmodifiableObservableList(linked);
    private final Map<String, SegmentLabelViewModel> rows = new HashMap<>();
    private final ReadOnlyBooleanWrapper canOpenAsSegment = new ReadOnlyBooleanWrapper(this, "canOpenAsSegment");

    public CardLinksViewModel(ProjectViewModel project) {
        this.project = project;
        project.selection().leadProperty().addListener((obs, old, now) -> {
            if (now != null) {
                show(now);
            }
        });
        project.history().revisionProperty().addListener((obs, old, now) -> refresh());
        project.currentCanvasProperty().addListener((obs, old, now) -> refresh());
        show(project.selection().getLead());
    }

    /** Shows the links of a card (null shows none). */
    public void show(CardViewModel shown) {
        if (shown != card.get()) {
            linked.clear();
            rows.clear();
            card.set(shown);
        }
        refresh();
    }

    /** Reads the card's links again; the list changes only when the linked segments do. */
    public void refresh() {
        CardViewModel shown = card.get();
        CanvasViewModel canvas = project.getCurrentCanvas();
        List<SegmentLabelViewModel> wanted = new ArrayList<>();
        if (shown != null) {
            for (CardViewModel segment : canvas.segmentsOf(shown)) {
                wanted.add(SegmentLabelViewModel.keyed(rows, segment));
            }
        }
        if (!linked.equals(wanted)) {
            linked.setAll(wanted);
            rows.values().removeIf(r -> !wanted.contains(r));
        }
        canOpenAsSegment.set(shown != null && mayBecomeSegment(shown));
    }

    /** Only a plain card in Customer Segments may become a segment. */
    private boolean mayBecomeSegment(CardViewModel c) {
        return project.getCurrentCanvas().canMakeSegment(c);
    }

    // --- what the section shows ---

    public ReadOnlyObjectProperty<CardViewModel> cardProperty() {
        return card.getReadOnlyProperty();
    }

    public CardViewModel getCard() {
        return card.get();
    }

    /** The segments the card is linked to, in canvas order. */
    public ObservableList<SegmentLabelViewModel> linked() {
        return readOnlyLinked;
    }

    /** The segments of the canvas the card could still be linked to (not itself, not linked yet). */
    public List<CardViewModel> linkable() {
        CardViewModel shown = card.get();
        if (shown == null) {
            return List.of();
        }
        return project.getCurrentCanvas().segments().stream()
                .filter(s -> s != shown && !shown.isLinkedTo(s)).toList();
    }

    /** True when the canvas has segments at all (else nothing can be linked yet). */
    public boolean canvasHasSegments() {
        return !project.getCurrentCanvas().segments().isEmpty();
    }

    /** True for a plain card in Customer Segments: it may be opened as a segment. */
    public ReadOnlyBooleanProperty canOpenAsSegmentProperty() {
        return canOpenAsSegment.getReadOnlyProperty();
    }

    public boolean canOpenAsSegment() {
        return canOpenAsSegment.get();
    }

    // --- commands ---

    /** Links the card to a segment of its canvas; one undo step. */
    public void link(CardViewModel segment) {
        CardViewModel shown = card.get();
        if (shown != null && linkable().contains(segment)) {
            shown.linkSegment(segment);
        }
    }

    /** Unlinks the card from a segment; one undo step. */
    public void unlink(String segmentId) {
        if (card.get() != null) {
            card.get().unlinkSegment(segmentId);
        }
    }

    /** Gives a plain card in Customer Segments the details of a segment; refused elsewhere. */
    public boolean openAsSegment() {
        CardViewModel shown = card.get();
        return shown != null && project.getCurrentCanvas().makeSegment(shown);
    }
}
