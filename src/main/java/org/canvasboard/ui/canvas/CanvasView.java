package org.canvasboard.ui.canvas;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import org.canvasboard.model.BlockPlacement;
import org.canvasboard.model.BlockType;
import org.canvasboard.model.CanvasKind;
import org.canvasboard.viewmodel.CanvasViewModel;
import org.canvasboard.viewmodel.CardSelection;
import org.canvasboard.viewmodel.CardViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The canvas: blocks placed on a grid generated from the canvas kind, so it fills the window and
 * reflows on resize. Handles selection by mouse and keyboard, in-place editing and dragging cards
 * within and between blocks (a drag of several cards is one undoable move).
 */
public final class CanvasView extends StackPane {
    private final ProjectViewModel project;
    private final CanvasViewModel canvas;
    private final CardSelection selection;
    private final Supplier<ContextMenu> cardMenu;
    private final GridPane grid = new GridPane();
    private final Pane overlay = new Pane();
    private final Map<BlockType, BlockView> blockViews = new EnumMap<>(BlockType.class);
    /** What this view listens to on the project (a view that closes lets go of it: {@link #dispose}). */
    private final javafx.util.Subscription listening;
    private final Map<CardViewModel, CardView> cardViews = new HashMap<>();
    private BlockType keyboardBlock;
    private final CardDragging dragging;
    /** The pace at which this view's cards near the visible parts join the scene. */
    private final CardReadying readying = new CardReadying();

    public CanvasView(ProjectViewModel project, CanvasViewModel canvas, Supplier<ContextMenu> cardMenu) {
        this.project = project;
        this.canvas = canvas;
        this.selection = project.selection();
        this.cardMenu = cardMenu;
        getStyleClass().add("canvas-view");
        setId("canvas-view");
        setFocusTraversable(true);
        dragging = new CardDragging(overlay, this::drop);
        buildGrid(canvas.kind());
        overlay.setMouseTransparent(true);
        overlay.setManaged(false);
        // the picture of a dragged card stays within the canvas: drawn past its edge it would
        // widen the canvas's bounds, and the zoom pane would add scroll bars and shift the
        // canvas under the pointer in mid-drag
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        overlay.setClip(clip);
        getChildren().addAll(grid, overlay);
        keyboardBlock = canvas.kind().blocks().get(0);

        listening = javafx.util.Subscription.combine(
                selection.cards().subscribe(() -> {
                    refreshSelection();
                    refreshLinkHighlight();
                }),
                selection.leadProperty().subscribe((old, now) -> {
                    refreshLinkHighlight();
                    if (now != null) {
                        canvas.blockOf(now).ifPresent(b -> keyboardBlock = b);
                        refreshKeyboardBlock();
                        if (!pointerSelecting) {
                            // a card picked with the pointer is where the user is looking: no scrolling
                            Platform.runLater(() -> revealCard(now));
                        }
                    }
                }),
                project.searchQueryProperty().subscribe((old, now) -> refreshSearch()),
                project.history().revisionProperty().subscribe((old, now) -> {
                    refreshSearch();
                    refreshSegmentMarks();
                    refreshLinkHighlight();
                    followLead();
                }));
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKeyPressed);
        // the menu key or Shift+F10 opens the lead card's menu beside it (some platforms send a
        // menu event for these keys, others only the key)
        addEventHandler(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (e.isKeyboardTrigger() && showLeadCardMenu()) {
                e.consume();
            }
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (!isFocused() && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
                requestFocus();
            }
        });
        refreshSelection();
        refreshSearch();
        refreshKeyboardBlock();
        refreshSegmentMarks();
        refreshLinkHighlight();
    }

    private void buildGrid(CanvasKind kind) {
        grid.setHgap(8);
        grid.setVgap(8);
        for (int c = 0; c < kind.columns(); c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / kind.columns());
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
        for (int r = 0; r < kind.rows(); r++) {
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(kind.rowWeight(r));
            row.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(row);
        }
        for (BlockPlacement p : kind.placements()) {
            BlockView view = new BlockView(canvas.block(p.block()), this::cardView, readying, () -> addCardAndEdit(p.block()));
            installBlockHandlers(view);
            blockViews.put(p.block(), view);
            grid.add(view, p.column(), p.row(), p.columnSpan(), p.rowSpan());
        }
    }

    /** The pace at which cards join the scene (a zoom gesture holds it). */
    CardReadying readying() {
        return readying;
    }

    public CanvasViewModel canvas() {
        return canvas;
    }

    public BlockView blockView(BlockType type) {
        return blockViews.get(type);
    }

    /** The block that keyboard "add card" goes to: the lead card's block or the last one clicked. */
    public BlockType targetBlock() {
        return keyboardBlock;
    }

    private static final javafx.css.PseudoClass PRESENTED = javafx.css.PseudoClass.getPseudoClass("presented");
    private static final javafx.css.PseudoClass RECEDED = javafx.css.PseudoClass.getPseudoClass("receded");

    /**
     * Emphasises one block and lets the others recede (presentation mode); null shows the whole
     * canvas evenly again.
     */
    public void present(BlockType block) {
        blockViews.forEach((type, view) -> {
            view.pseudoClassStateChanged(PRESENTED, block != null && type == block);
            view.pseudoClassStateChanged(RECEDED, block != null && type != block);
        });
        if (block != null) {
            keyboardBlock = block;
            refreshKeyboardBlock();
        }
    }

    /** Cards get at least this wide (the presentation's large type needs wider cards). */
    public void setCardMinWidth(double width) {
        blockViews.values().forEach(b -> b.setCardMinWidth(width));
    }

    /** Makes a block the keyboard block and gives the canvas the keyboard. */
    public void focusBlock(BlockType block) {
        keyboardBlock = block;
        refreshKeyboardBlock();
        requestFocus();
    }

    /** Adds an empty card to a block and opens it for typing. */
    public void addCardAndEdit(BlockType block) {
        CardViewModel card = project.addCard(block);
        keyboardBlock = block;
        // Esc before anything was typed: the new card goes again, leaving nothing to undo
        startEditing(card, () -> project.discardNewCard(card));
    }

    /** Opens a card's text for typing (after layout if the view was just created). */
    public void editCard(CardViewModel card) {
        startEditing(card, null);
    }

    private void startEditing(CardViewModel card, Runnable onCancel) {
        CardView view = cardView(card);
        if (getScene() != null) {
            // brings the card into the scene if it was far from the visible part of its block
            revealCard(card);
        }
        if (view.getScene() != null) {
            view.startEditing(onCancel);
        } else {
            Platform.runLater(() -> {
                revealCard(card);
                view.startEditing(onCancel);
            });
        }
    }

    /** Scrolls the selected (lead) card's block so the card can be seen, if a card is selected. */
    public void revealSelection() {
        CardViewModel lead = selection.getLead();
        if (lead != null) {
            revealCard(lead);
        }
    }

    /**
     * Stops listening to the project: for a view that closes while the project stays open (the
     * presentation's). Without this it went on following every edit, laying out and styling
     * cards in a window no longer shown.
     */
    public void dispose() {
        listening.unsubscribe();
        blockViews.values().forEach(BlockView::dispose);
        cardViews.values().forEach(CardView::dispose);
    }

    /** Scrolls a card's block so the card can be seen (after a keyboard move, an add or a paste). */
    public void revealCard(CardViewModel card) {
        canvas.blockOf(card).ifPresent(block -> blockViews.get(block).scrollIntoView(cardView(card)));
    }

    CardView cardView(CardViewModel card) {
        return cardViews.computeIfAbsent(card, c -> {
            CardView view = new CardView(c);
            installCardHandlers(view);
            view.setSelected(selection.isSelected(c));
            if (!c.getSegmentLinks().isEmpty()) {
                Platform.runLater(this::refreshSegmentMarks);
            }
            return view;
        });
    }

    static CanvasView enclosing(Node node) {
        Node n = node;
        while (n != null && !(n instanceof CanvasView)) {
            n = n.getParent();
        }
        return (CanvasView) n;
    }

    private void refreshSelection() {
        cardViews.forEach((card, view) -> view.setSelected(selection.isSelected(card)));
    }

    /*
     * The refreshes below run after every edit and walk every card of the canvas; each returns at
     * once when nothing it shows can have changed (no search, no segment selected), so a plain
     * edit on a crowded canvas does not pay for them.
     */
    private boolean searchShown;

    private void refreshSearch() {
        String query = project.searchQueryProperty().get();
        boolean searching = query != null && !query.isBlank();
        if (!searching && !searchShown) {
            return;
        }
        searchShown = searching;
        cardViews.forEach((card, view) -> view.setSearchState(searching, card.matches(query)));
    }

    /** Gives every card the colour marks of the segments it is linked to. */
    private void refreshSegmentMarks() {
        Map<String, CardView.LinkMark> marks = new HashMap<>();
        for (CardViewModel segment : canvas.segments()) {
            marks.put(segment.id(), new CardView.LinkMark(segment.getText(), segment.getSegment().color()));
        }
        cardViews.forEach((card, view) -> view.showLinks(card.getSegmentLinks().isEmpty() ? List.of()
                : card.getSegmentLinks().stream().map(marks::get).filter(java.util.Objects::nonNull).toList()));
    }

    private boolean highlightShown;

    /**
     * While exactly one segment is selected, what is linked to it stands out and the rest of the
     * canvas steps back.
     */
    private void refreshLinkHighlight() {
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

    /** After a move, the keyboard block is wherever the lead card went. */
    private void followLead() {
        CardViewModel lead = selection.getLead();
        if (lead != null) {
            canvas.blockOf(lead).ifPresent(b -> keyboardBlock = b);
            refreshKeyboardBlock();
            Platform.runLater(() -> revealCard(lead));
        }
    }

    /*
     * A pseudo-class, not a style class: changing a style class restyles the block and every
     * card in it from scratch, on every change of selection.
     */
    private static final javafx.css.PseudoClass KEYBOARD_BLOCK = javafx.css.PseudoClass.getPseudoClass("keyboard-block");

    private void refreshKeyboardBlock() {
        blockViews.forEach((type, view) -> view.pseudoClassStateChanged(KEYBOARD_BLOCK, type == keyboardBlock));
    }

    // --- mouse ---

    private boolean pointerSelecting;

    /** Changes the selection with the pointer, which does not scroll the card into view. */
    private void byPointer(Runnable change) {
        pointerSelecting = true;
        try {
            change.run();
        } finally {
            pointerSelecting = false;
        }
    }

    private void installCardHandlers(CardView view) {
        CardViewModel card = view.card();
        view.setOnMousePressed(e -> {
            if (view.isEditing()) {
                return;
            }
            if (e.isShortcutDown() || e.isShiftDown()) {
                byPointer(() -> selection.toggle(card));
            } else if (!selection.isSelected(card) || e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1
                    && selection.cards().size() == 1) {
                byPointer(() -> selection.select(card));
            }
            requestFocus();
            e.consume();
        });
        view.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !view.isEditing()) {
                byPointer(() -> selection.select(card));
                view.startEditing();
            } else if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && e.isStillSincePress()
                    && !e.isShortcutDown() && !e.isShiftDown() && !view.isEditing()) {
                byPointer(() -> selection.select(card));
            }
            e.consume();
        });
        view.setOnContextMenuRequested(e -> {
            if (!selection.isSelected(card)) {
                byPointer(() -> selection.select(card));
            }
            ContextMenu menu = cardMenu.get();
            if (menu != null) {
                menu.show(view, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        dragging.installOn(view, () -> {
            if (!selection.isSelected(card)) {
                byPointer(() -> selection.select(card));
            }
            return selection.cards().size();
        });
    }

    /** Moves the selected cards to where they were dropped: one undoable step. */
    private void drop(BlockView target, int index) {
        List<CardViewModel> moving = project.selectedCards();
        canvas.moveCards(moving, target.type(), index);
        keyboardBlock = target.type();
        refreshKeyboardBlock();
    }

    private void installBlockHandlers(BlockView view) {
        dragging.installOn(view);
        view.setOnMouseClicked(e -> {
            // the release of a card dragged within the block also arrives here as a click
            if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
                return;
            }
            keyboardBlock = view.type();
            refreshKeyboardBlock();
            // focus first: taking it after the new card's editor opened would close the editor again
            requestFocus();
            if (e.getClickCount() == 2) {
                addCardAndEdit(view.type());
            } else {
                selection.clear();
            }
        });
    }

    // --- keyboard ---

    private void onKeyPressed(KeyEvent e) {
        if (e.getTarget() instanceof javafx.scene.control.TextInputControl) {
            return;
        }
        if (e.getCode() == KeyCode.CONTEXT_MENU || e.getCode() == KeyCode.F10 && e.isShiftDown()) {
            if (showLeadCardMenu()) {
                e.consume();
            }
            return;
        }
        boolean plain = !e.isAltDown() && !e.isShortcutDown() && !e.isShiftDown();
        KeyCode code = e.getCode();
        if (plain && (code == KeyCode.UP || code == KeyCode.DOWN)) {
            stepWithinBlock(code == KeyCode.UP ? -1 : 1);
            e.consume();
        } else if (plain && (code == KeyCode.LEFT || code == KeyCode.RIGHT)) {
            stepBlock(code == KeyCode.LEFT ? -1 : 1);
            e.consume();
        } else if (plain && (code == KeyCode.ENTER || code == KeyCode.F2)) {
            CardViewModel lead = selection.getLead();
            if (lead != null) {
                editCard(lead);
            } else {
                addCardAndEdit(keyboardBlock);
            }
            e.consume();
        } else if (plain && code == KeyCode.ESCAPE && !selection.isEmpty()) {
            selection.clear();
            e.consume();
        }
    }

    private ContextMenu openMenu;

    /** Opens the lead card's menu below it; false when there is no lead card. */
    private boolean showLeadCardMenu() {
        CardViewModel lead = selection.getLead();
        if (lead == null) {
            return false;
        }
        if (openMenu != null && openMenu.isShowing()) {
            return true;
        }
        CardView view = cardView(lead);
        javafx.geometry.Bounds b = view.localToScreen(view.getBoundsInLocal());
        openMenu = cardMenu.get();
        if (b == null || openMenu == null) {
            return false;
        }
        openMenu.show(view, b.getMinX() + 12, b.getMaxY());
        return true;
    }

    private void stepWithinBlock(int delta) {
        CardViewModel lead = selection.getLead();
        List<CardViewModel> cards = canvas.block(keyboardBlock).cards();
        if (cards.isEmpty()) {
            return;
        }
        int index = lead == null ? (delta > 0 ? 0 : cards.size() - 1)
                : Math.max(0, Math.min(cards.size() - 1, cards.indexOf(lead) + delta));
        selection.select(cards.get(index));
    }

    private void stepBlock(int delta) {
        List<BlockType> order = canvas.kind().blocks();
        int i = order.indexOf(keyboardBlock) + delta;
        if (i < 0 || i >= order.size()) {
            return;
        }
        keyboardBlock = order.get(i);
        List<CardViewModel> cards = canvas.block(keyboardBlock).cards();
        if (cards.isEmpty()) {
            selection.clear();
        } else {
            selection.select(cards.get(0));
        }
        refreshKeyboardBlock();
    }
}
