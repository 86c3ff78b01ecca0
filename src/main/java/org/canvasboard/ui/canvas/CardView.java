package org.canvasboard.ui.canvas;

import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.canvasboard.model.CardColor;
import org.canvasboard.model.EvidenceStatus;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.ui.common.LazyTip;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.viewmodel.CardViewModel;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;

/**
 * A sticky note on the canvas. Shows the card's text, tags, evidence mark and a notes mark, and
 * edits its text in place. It only reads its viewmodel and calls its methods; what it needs of
 * its canvas (the keyboard back after editing) it is given when made.
 */
public final class CardView extends VBox {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");
    static final PseudoClass MATCH = PseudoClass.getPseudoClass("match");
    static final PseudoClass LINKED = PseudoClass.getPseudoClass("linked");
    static final PseudoClass UNRELATED = PseudoClass.getPseudoClass("unrelated");

    private final CardViewModel card;
    /*
     * A card's insides are built when it first enters the scene (build): a block of a large
     * canvas shows a few of its cards, and making labels and icons for all of them is most of
     * the time a large canvas takes to open. Until then the card only keeps its states.
     */
    private boolean built;
    private Label text;
    /** The evidence mark: the icon alone, no label around it (three nodes fewer per card). */
    private FontIcon statusMark;
    private Region spacer;
    private HBox footer;
    private final CardMarks marks = new CardMarks(this);
    private final CardEditing editing;
    private EvidenceStatus shownStatus;
    private final InvalidationListener refresher = obs -> refresh();
    /** The card's height at the last widths it was measured at (see {@link HeightForWidth}). */
    private final HeightForWidth measured = new HeightForWidth();
    private Runnable detachedChange;

    /**
     * A card's view; {@code returnFocus} gives the keyboard back to its canvas when the card's
     * editor had it and closes.
     */
    public CardView(CardViewModel card, Runnable returnFocus) {
        this.card = card;
        this.editing = new CardEditing(card, this::arrange, () -> {
            if (getParent() != null) {
                returnFocus.run();
            }
        });
        getStyleClass().add("card");
        setId(card.id());
        // a card is never stretched or squeezed, so its minimum and maximum are its measured height
        setMinHeight(Region.USE_PREF_SIZE);
        setMaxHeight(Region.USE_PREF_SIZE);
        card.addChangeListener(refresher);
    }

    /** Makes the card's insides (once; the block's flow calls it as the card enters the scene). */
    void build() {
        if (built) {
            return;
        }
        built = true;
        text = new CardText();
        text.getStyleClass().add("card-text");
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinHeight(Region.USE_PREF_SIZE);
        // the card's box asks each part for its minimum, preferred and maximum height; a fixed
        // maximum spares one layout of the wrapped text (the card never stretches it anyway)
        text.setMaxHeight(Double.MAX_VALUE);
        statusMark = AppIcon.HYPOTHESIS.node();
        statusMark.getStyleClass().add("card-mark");
        spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        footer = new HBox(4);
        footer.setAlignment(Pos.CENTER_LEFT);
        refresh();
        marks.renderLinks();
        arrange();
    }

    /** Puts the parts a card has in their order: badge, text (or its editor), roles, footer. */
    private void arrange() {
        List<Node> body = new ArrayList<>(4);
        addIfShown(body, marks.segmentBadge());
        body.add(editing.isEditing() ? editing.editor() : text);
        addIfShown(body, marks.rolesRow());
        body.add(footer);
        if (!getChildren().equals(body)) {
            getChildren().setAll(body);
        }
        List<Node> row = new ArrayList<>(5);
        addIfShown(row, marks.linkDots());
        addIfShown(row, marks.tags());
        row.add(spacer);
        addIfShown(row, marks.notesMark());
        row.add(statusMark);
        if (!footer.getChildren().equals(row)) {
            footer.getChildren().setAll(row);
        }
    }

    private static void addIfShown(List<Node> nodes, Node node) {
        if (node != null && node.isVisible()) {
            nodes.add(node);
        }
    }

    public CardViewModel card() {
        return card;
    }

    @Override
    protected double computePrefHeight(double width) {
        return measured.get(width, super::computePrefHeight);
    }

    /** Who to tell when the card changes size while out of the scene (the block's flow). */
    void setDetachedChange(Runnable detachedChange) {
        this.detachedChange = detachedChange;
    }

    @Override
    public void requestLayout() {
        if (measured != null) { // null while the card is being constructed
            measured.forget();
        }
        super.requestLayout();
        if (getParent() == null && detachedChange != null) {
            detachedChange.run();
        }
    }

    private void refresh() {
        if (!built) {
            return;
        }
        String value = card.getText();
        text.setText(value.isBlank() ? Messages.get("canvas.card.empty") : value);
        if (value.isBlank() != text.getStyleClass().contains("empty")) {
            if (value.isBlank()) {
                text.getStyleClass().add("empty");
            } else {
                text.getStyleClass().remove("empty");
            }
        }
        String colourClass = "card-" + card.getColor().id();
        if (!getStyleClass().contains(colourClass)) {
            for (CardColor c : CardColor.values()) {
                getStyleClass().remove("card-" + c.id());
            }
            getStyleClass().add(colourClass);
        }
        marks.showTags(card.tagsProperty().get());
        EvidenceStatus status = card.getStatus();
        if (status != shownStatus) {
            // icons and tooltips are only made again when what they show changes (typing must stay cheap)
            shownStatus = status;
            statusMark.getStyleClass().removeAll("hypothesis", "validated", "invalidated");
            statusMark.getStyleClass().add(status.id());
            statusMark.setIconCode(switch (status) {
                case HYPOTHESIS -> AppIcon.HYPOTHESIS.ikon();
                case VALIDATED -> AppIcon.VALIDATED.ikon();
                case INVALIDATED -> AppIcon.INVALIDATED.ikon();
            });
            LazyTip.set(statusMark, status.label());
        }
        marks.showNotes(card.notesProperty().get());
        marks.showSegment(card.getSegment());
        arrange();
        setAccessibleText(Messages.get(card.isSegment() ? "canvas.card.accessibleSegment" : "canvas.card.accessible",
                value, status.label()));
    }

    /** Shows a colour dot for each segment this card is linked to. */
    void showLinks(List<CardMarks.LinkMark> links) {
        if (marks.setLinks(links) && built && marks.renderLinks()) {
            arrange();
        }
    }

    void setLinkHighlight(boolean related, boolean unrelated) {
        pseudoClassStateChanged(LINKED, related);
        pseudoClassStateChanged(UNRELATED, unrelated);
    }

    /** Stops listening to the viewmodel (the view is being discarded). */
    void dispose() {
        card.removeChangeListener(refresher);
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    void setSearchState(boolean searching, boolean matches) {
        pseudoClassStateChanged(DIMMED, searching && !matches);
        pseudoClassStateChanged(MATCH, searching && matches);
    }

    public boolean isEditing() {
        return editing.isEditing();
    }

    /** Replaces the text with an editor: Enter commits, Shift+Enter adds a line, Esc cancels. */
    public void startEditing() {
        startEditing(null);
    }

    /** Same, and runs {@code onCancel} (when not null) if Esc cancels this editing. */
    public void startEditing(Runnable onCancel) {
        build();
        editing.start(onCancel);
    }

    void commitEditing() {
        editing.commit();
    }
}
