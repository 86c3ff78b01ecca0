package org.canvasboard.ui.canvas;

import org.canvasboard.ui.common.SegmentStyles;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.canvasboard.model.CardColor;
import org.canvasboard.model.EvidenceStatus;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.ui.common.LazyTip;
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
    static final PseudoClass SEGMENT = PseudoClass.getPseudoClass("segment");
    static final PseudoClass EXCLUDED = PseudoClass.getPseudoClass("excluded");
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
    private org.kordamp.ikonli.javafx.FontIcon statusMark;
    private Region spacer;
    private HBox footer;
    /*
     * The parts most cards do not have (tags, a notes mark, segment marks) are made when a card
     * first needs them: a crowded canvas has thousands of cards, and every node costs on every
     * frame (the bounds pass visits them all) and on every restyle.
     */
    private Label tags;
    private Label notesMark;
    private Label segmentBadge;
    private HBox rolesRow;
    private HBox linkDots;
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
        renderLinks();
    }

    /** Puts the parts a card has in their order: badge, text (or its editor), roles, footer. */
    private void arrange() {
        List<javafx.scene.Node> body = new java.util.ArrayList<>(4);
        addIfShown(body, segmentBadge);
        body.add(editor != null ? editor : text);
        addIfShown(body, rolesRow);
        body.add(footer);
        if (!getChildren().equals(body)) {
            getChildren().setAll(body);
        }
        List<javafx.scene.Node> row = new java.util.ArrayList<>(5);
        addIfShown(row, linkDots);
        addIfShown(row, tags);
        row.add(spacer);
        addIfShown(row, notesMark);
        row.add(statusMark);
        if (!footer.getChildren().equals(row)) {
            footer.getChildren().setAll(row);
        }
    }

    private static void addIfShown(List<javafx.scene.Node> nodes, javafx.scene.Node node) {
        if (node != null && node.isVisible()) {
            nodes.add(node);
        }
    }

    public CardViewModel card() {
        return card;
    }

    /*
     * A block's flow layout asks every card for its height at the block's card width on every
     * pass, and measuring wrapped text is the costliest part of a frame on a crowded canvas. The
     * answer only changes when the card itself changes, which always requests a new layout.
     */
    private final HeightForWidth measured = new HeightForWidth();

    @Override
    protected double computePrefHeight(double width) {
        return measured.get(width, super::computePrefHeight);
    }

    /**
     * Heights remembered for the last few widths measured (a zoom step and back needs no new
     * measure), until forgotten.
     */
    private static final class HeightForWidth {
        private static final int KEPT = 3;
        private final double[] widths = new double[KEPT];
        private final double[] heights = new double[KEPT];
        private int next;

        HeightForWidth() {
            forget();
        }

        double get(double forWidth, java.util.function.DoubleUnaryOperator measure) {
            for (int i = 0; i < KEPT; i++) {
                if (widths[i] == forWidth) {
                    return heights[i];
                }
            }
            double height = measure.applyAsDouble(forWidth);
            widths[next] = forWidth;
            heights[next] = height;
            next = (next + 1) % KEPT;
            return height;
        }

        void forget() {
            java.util.Arrays.fill(widths, Double.NaN);
        }
    }

    /**
     * The card's text: a label that remembers its height for the last widths it was measured at
     * (a wrapped label lays its text out again on every question; the card asks for its minimum
     * and its preferred height at each measure). Any change to the label requests a layout,
     * which forgets it.
     */
    private static final class CardText extends Label {
        private final HeightForWidth measured = new HeightForWidth();

        @Override
        protected double computePrefHeight(double width) {
            return measured.get(width, super::computePrefHeight);
        }

        @Override
        public void requestLayout() {
            if (measured != null) { // null while the label is being constructed
                measured.forget();
            }
            super.requestLayout();
        }
    }

    private Runnable detachedChange;

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
        if (!tagList.isEmpty() && tags == null) {
            tags = new Label();
            tags.getStyleClass().add("card-tags");
            tags.setWrapText(true);
        }
        if (tags != null) {
            tags.setText(tagList.stream().map(t -> "#" + t).collect(Collectors.joining(" ")));
            tags.setVisible(!tagList.isEmpty());
        }
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
        String notesText = card.notesProperty().get();
        if (!notesText.equals(shownNotes)) {
            shownNotes = notesText;
            boolean hasNotes = !notesText.isBlank();
            if (hasNotes && notesMark == null) {
                notesMark = new Label(null, AppIcon.NOTES.node());
                notesMark.getStyleClass().add("card-notes-mark");
            }
            if (notesMark != null) {
                notesMark.setVisible(hasNotes);
                LazyTip.set(notesMark, hasNotes ? notesText : null);
            }
        }
        refreshSegment();
        arrange();
        setAccessibleText(value + ", " + status.label() + (card.isSegment() ? ", segment" : ""));
    }

    /** The segment look: a badge in the segment's colour and the purchase roles held. */
    private void refreshSegment() {
        org.canvasboard.model.Segment segment = card.getSegment();
        // a record's equals is linked on its first call (15 ms at start-up): not needed while
        // either side is none, which is every card's first refresh
        if (segment == shownSegment || segment != null && shownSegment != null && segment.equals(shownSegment)) {
            return;
        }
        shownSegment = segment;
        boolean isSegment = segment != null;
        pseudoClassStateChanged(SEGMENT, isSegment);
        pseudoClassStateChanged(EXCLUDED, isSegment && segment.excluded());
        if (!isSegment) {
            if (segmentBadge != null) {
                segmentBadge.setVisible(false);
                rolesRow.setVisible(false);
            }
            setStyle("");
            return;
        }
        if (segmentBadge == null) {
            segmentBadge = new Label(null, AppIcon.CUSTOMER_SEGMENTS.node());
            segmentBadge.getStyleClass().add("segment-badge");
            rolesRow = new HBox(3);
            rolesRow.getStyleClass().add("card-roles");
            rolesRow.setAlignment(Pos.CENTER_LEFT);
        }
        segmentBadge.setVisible(true);
        rolesRow.setVisible(!segment.roles().isEmpty());
        setStyle("-cb-segment-colour: " + segment.color().hex() + ";");
        segmentBadge.setText(segment.excluded() ? "Not our customer" : "Segment");
        rolesRow.getChildren().clear();
        for (org.canvasboard.model.PurchaseRole role : org.canvasboard.model.PurchaseRole.values()) {
            if (segment.hasRole(role)) {
                Label badge = new Label(org.canvasboard.ui.common.SegmentStyles.abbreviation(role));
                badge.getStyleClass().add("role-badge");
                LazyTip.set(badge, role.label());
                rolesRow.getChildren().add(badge);
            }
        }
        if (!segment.personaIds().isEmpty()) {
            Label personas = new Label(Integer.toString(segment.personaIds().size()), AppIcon.PERSONA.node());
            personas.getStyleClass().add("card-persona-count");
            LazyTip.set(personas, segment.personaIds().size() == 1 ? "1 persona" : segment.personaIds().size() + " personas");
            rolesRow.getChildren().add(personas);
            rolesRow.setVisible(true);
        }
    }

    /** Shows a colour dot for each segment this card is linked to. */
    void showLinks(List<LinkMark> links) {
        if (links.equals(shownLinks)) {
            return;
        }
        shownLinks = List.copyOf(links);
        renderLinks();
    }

    private void renderLinks() {
        List<LinkMark> links = shownLinks;
        if (!built || links.isEmpty() && linkDots == null) {
            return;
        }
        if (linkDots == null) {
            linkDots = new HBox(3);
            linkDots.getStyleClass().add("card-links");
            linkDots.setAlignment(Pos.CENTER_LEFT);
        }
        linkDots.getChildren().setAll(links.stream().map(l ->
                (javafx.scene.Node) org.canvasboard.ui.common.SegmentStyles.dot(l.colour(), "For " + l.segmentName())).toList());
        linkDots.setVisible(!links.isEmpty());
        arrange();
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
        return editor != null;
    }

    /** Replaces the text with an editor: Enter commits, Shift+Enter adds a line, Esc cancels. */
    public void startEditing() {
        startEditing(null);
    }

    /** Same, and runs {@code onCancel} (when not null) if Esc cancels this editing. */
    public void startEditing(Runnable onCancel) {
        if (editor != null) {
            return;
        }
        build();
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
                if (onCancel != null) {
                    onCancel.run();
                }
            }
        });
        editor.focusedProperty().addListener((obs, was, now) -> {
            if (!now && editor != null) {
                commitEditing();
            }
        });
        arrange();
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
            editor = null;
            arrange();
            if (hadFocus && getParent() != null) {
                CanvasView canvas = CanvasView.enclosing(this);
                if (canvas != null) {
                    canvas.requestFocus();
                }
            }
        }
    }
}
