package org.canvasboard.ui.canvas;

import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.canvasboard.model.CardColor;
import org.canvasboard.model.EvidenceStatus;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.viewmodel.CardViewModel;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A sticky note on the canvas. Shows the card's text, tags, evidence mark and a notes mark, and
 * edits its text in place. It only reads its viewmodel and calls its methods.
 */
public final class CardView extends VBox {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");
    static final PseudoClass MATCH = PseudoClass.getPseudoClass("match");
    static final PseudoClass DROP_BEFORE = PseudoClass.getPseudoClass("drop-before");
    static final PseudoClass SEGMENT = PseudoClass.getPseudoClass("segment");
    static final PseudoClass EXCLUDED = PseudoClass.getPseudoClass("excluded");
    static final PseudoClass LINKED = PseudoClass.getPseudoClass("linked");
    static final PseudoClass UNRELATED = PseudoClass.getPseudoClass("unrelated");

    private final CardViewModel card;
    private final Label text = new Label();
    private final Label tags = new Label();
    private final Label statusMark = new Label();
    private final Label notesMark = new Label();
    private final HBox footer;
    private final Label segmentBadge = new Label();
    private final HBox rolesRow = new HBox(3);
    private final HBox linkDots = new HBox(3);
    private org.canvasboard.model.Segment shownSegment;
    private List<LinkMark> shownLinks = List.of();

    /** A segment this card is linked to, as its mark shows it. */
    public record LinkMark(String segmentName, org.canvasboard.model.SegmentColor colour) {
    }
    private TextArea editor;
    private EvidenceStatus shownStatus;
    private String shownNotes;
    private final InvalidationListener refresher = obs -> refresh();

    public CardView(CardViewModel card) {
        this.card = card;
        getStyleClass().add("card");
        setId(card.id());
        text.getStyleClass().add("card-text");
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinHeight(Region.USE_PREF_SIZE);
        tags.getStyleClass().add("card-tags");
        tags.setWrapText(true);
        statusMark.getStyleClass().add("card-mark");
        notesMark.getStyleClass().add("card-notes-mark");
        notesMark.setGraphic(AppIcon.NOTES.node());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        linkDots.getStyleClass().add("card-links");
        linkDots.setAlignment(Pos.CENTER_LEFT);
        linkDots.setManaged(false);
        linkDots.setVisible(false);
        footer = new HBox(4, linkDots, tags, spacer, notesMark, statusMark);
        footer.setAlignment(Pos.CENTER_LEFT);
        segmentBadge.getStyleClass().add("segment-badge");
        segmentBadge.setGraphic(AppIcon.CUSTOMER_SEGMENTS.node());
        segmentBadge.setManaged(false);
        segmentBadge.setVisible(false);
        rolesRow.getStyleClass().add("card-roles");
        rolesRow.setAlignment(Pos.CENTER_LEFT);
        rolesRow.setManaged(false);
        rolesRow.setVisible(false);
        getChildren().addAll(segmentBadge, text, rolesRow, footer);
        card.addChangeListener(refresher);
        refresh();
    }

    public CardViewModel card() {
        return card;
    }

    /*
     * A block's flow layout asks every card for its height at the block's card width on every
     * pass, and measuring wrapped text is the costliest part of a frame on a crowded canvas. The
     * answer only changes when the card itself changes, which always requests a new layout.
     */
    private double measuredWidth = Double.NaN;
    private double measuredHeight;

    @Override
    protected double computePrefHeight(double width) {
        if (width != measuredWidth) {
            measuredHeight = super.computePrefHeight(width);
            measuredWidth = width;
        }
        return measuredHeight;
    }

    @Override
    public void requestLayout() {
        measuredWidth = Double.NaN;
        super.requestLayout();
    }

    private void refresh() {
        String value = card.getText();
        text.setText(value.isBlank() ? "Empty card" : value);
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
        List<String> tagList = card.tagsProperty().get();
        tags.setText(tagList.stream().map(t -> "#" + t).collect(Collectors.joining(" ")));
        EvidenceStatus status = card.getStatus();
        if (status != shownStatus) {
            // icons and tooltips are only made again when what they show changes (typing must stay cheap)
            shownStatus = status;
            statusMark.getStyleClass().removeAll("hypothesis", "validated", "invalidated");
            statusMark.getStyleClass().add(status.id());
            statusMark.setGraphic(switch (status) {
                case HYPOTHESIS -> AppIcon.HYPOTHESIS.node();
                case VALIDATED -> AppIcon.VALIDATED.node();
                case INVALIDATED -> AppIcon.INVALIDATED.node();
            });
            statusMark.setTooltip(new Tooltip(status.label()));
        }
        String notesText = card.notesProperty().get();
        if (!notesText.equals(shownNotes)) {
            shownNotes = notesText;
            boolean hasNotes = !notesText.isBlank();
            notesMark.setVisible(hasNotes);
            notesMark.setManaged(hasNotes);
            notesMark.setTooltip(hasNotes ? new Tooltip(notesText) : null);
        }
        refreshSegment();
        setAccessibleText(value + ", " + status.label() + (card.isSegment() ? ", segment" : ""));
    }

    /** The segment look: a badge in the segment's colour and the purchase roles held. */
    private void refreshSegment() {
        org.canvasboard.model.Segment segment = card.getSegment();
        if (java.util.Objects.equals(segment, shownSegment)) {
            return;
        }
        shownSegment = segment;
        boolean isSegment = segment != null;
        segmentBadge.setVisible(isSegment);
        segmentBadge.setManaged(isSegment);
        rolesRow.setVisible(isSegment && !segment.roles().isEmpty());
        rolesRow.setManaged(rolesRow.isVisible());
        pseudoClassStateChanged(SEGMENT, isSegment);
        pseudoClassStateChanged(EXCLUDED, isSegment && segment.excluded());
        if (!isSegment) {
            setStyle("");
            return;
        }
        setStyle("-cb-segment-colour: " + segment.color().hex() + ";");
        segmentBadge.setText(segment.excluded() ? "Not our customer" : "Segment");
        rolesRow.getChildren().clear();
        for (org.canvasboard.model.PurchaseRole role : org.canvasboard.model.PurchaseRole.values()) {
            if (segment.hasRole(role)) {
                Label badge = new Label(org.canvasboard.ui.segment.SegmentStyles.abbreviation(role));
                badge.getStyleClass().add("role-badge");
                badge.setTooltip(new Tooltip(role.label()));
                rolesRow.getChildren().add(badge);
            }
        }
        if (!segment.personaIds().isEmpty()) {
            Label personas = new Label(Integer.toString(segment.personaIds().size()), AppIcon.PERSONA.node());
            personas.getStyleClass().add("card-persona-count");
            personas.setTooltip(new Tooltip(segment.personaIds().size() == 1 ? "1 persona" : segment.personaIds().size() + " personas"));
            rolesRow.getChildren().add(personas);
            rolesRow.setVisible(true);
            rolesRow.setManaged(true);
        }
    }

    /** Shows a colour dot for each segment this card is linked to. */
    void showLinks(List<LinkMark> links) {
        if (links.equals(shownLinks)) {
            return;
        }
        shownLinks = List.copyOf(links);
        linkDots.getChildren().setAll(links.stream().map(l ->
                (javafx.scene.Node) org.canvasboard.ui.segment.SegmentStyles.dot(l.colour(), "For " + l.segmentName())).toList());
        linkDots.setVisible(!links.isEmpty());
        linkDots.setManaged(!links.isEmpty());
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

    void setDropBefore(boolean on) {
        pseudoClassStateChanged(DROP_BEFORE, on);
    }

    public boolean isEditing() {
        return editor != null;
    }

    /** Replaces the text with an editor: Enter commits, Shift+Enter adds a line, Esc cancels. */
    public void startEditing() {
        if (editor != null) {
            return;
        }
        editor = new TextArea(card.getText());
        editor.getStyleClass().add("card-editor");
        editor.setWrapText(true);
        editor.setPrefRowCount(3);
        editor.setId("card-editor");
        // a filter, so Enter commits before the text area's own Enter replaces the selected text
        editor.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()) {
                e.consume();
                commitEditing();
            } else if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                editor.insertText(editor.getCaretPosition(), "\n");
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stopEditing();
            }
        });
        editor.focusedProperty().addListener((obs, was, now) -> {
            if (!now && editor != null) {
                commitEditing();
            }
        });
        getChildren().set(getChildren().indexOf(text), editor);
        editor.requestFocus();
        editor.selectAll();
    }

    void commitEditing() {
        if (editor != null) {
            String value = editor.getText();
            stopEditing();
            card.changeText(value.strip());
        }
    }

    private void stopEditing() {
        if (editor != null) {
            boolean hadFocus = editor.isFocused();
            int at = getChildren().indexOf(editor);
            editor = null;
            getChildren().set(at, text);
            if (hadFocus && getParent() != null) {
                CanvasView canvas = CanvasView.enclosing(this);
                if (canvas != null) {
                    canvas.requestFocus();
                }
            }
        }
    }
}
