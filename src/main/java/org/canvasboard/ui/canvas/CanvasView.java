package org.canvasboard.ui.canvas;

import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.control.ContextMenu;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.util.Subscription;
import org.canvasboard.model.BlockPlacement;
import org.canvasboard.model.BlockType;
import org.canvasboard.model.CanvasKind;
import org.canvasboard.viewmodel.CanvasViewModel;
import org.canvasboard.viewmodel.CardSelection;
import org.canvasboard.viewmodel.CardViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The canvas: blocks placed on a grid generated from the canvas kind, so it fills the window and
 * reflows on resize. It makes the card views, follows the selection, search and segments, and
 * opens cards for typing; the pointer ({@link CanvasPointer}: selecting, dragging) and the
 * keyboard ({@link CanvasKeys}) each have their own part, and its cards join the scene at the
 * pace of its own {@link CardReadying}.
 */
public final class CanvasView extends StackPane {
    private static final PseudoClass PRESENTED = PseudoClass.getPseudoClass("presented");
    private static final PseudoClass RECEDED = PseudoClass.getPseudoClass("receded");

    private final ProjectViewModel project;
    private final CanvasViewModel canvas;
    private final CardSelection selection;
    private final GridPane grid = new GridPane();
    private final Pane overlay = new Pane();
    private final Map<BlockType, BlockView> blockViews = new EnumMap<>(BlockType.class);
    private final Map<CardViewModel, CardView> cardViews = new HashMap<>();
    /** The pace at which this view's cards near the visible parts join the scene. */
    private final CardReadying readying = new CardReadying();
    private final KeyboardBlock keyboard;
    private final CanvasMarks marks;
    private final CanvasPointer pointer;
    /** What this view listens to on the project (a view that closes lets go of it: {@link #dispose}). */
    private final Subscription listening;

    public CanvasView(ProjectViewModel project, CanvasViewModel canvas, Supplier<ContextMenu> cardMenu) {
        this.project = project;
        this.canvas = canvas;
        this.selection = project.selection();
        getStyleClass().add("canvas-view");
        setId("canvas-view");
        setFocusTraversable(true);
        keyboard = new KeyboardBlock(blockViews, canvas.kind().blocks().get(0));
        marks = new CanvasMarks(project, canvas, cardViews);
        pointer = new CanvasPointer(this, overlay, project, canvas, keyboard, cardMenu);
        buildGrid(canvas.kind());
        overlay.setMouseTransparent(true);
        overlay.setManaged(false);
        // the picture of a dragged card stays within the canvas: drawn past its edge it would
        // widen the canvas's bounds, and the zoom pane would add scroll bars and shift the
        // canvas under the pointer in mid-drag
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        overlay.setClip(clip);
        getChildren().addAll(grid, overlay);

        listening = Subscription.combine(
                selection.cards().subscribe(() -> {
                    marks.refreshSelection();
                    marks.refreshLinkHighlight();
                }),
                selection.leadProperty().subscribe((old, now) -> {
                    marks.refreshLinkHighlight();
                    if (now != null) {
                        canvas.blockOf(now).ifPresent(keyboard::set);
                        if (!pointer.isSelecting()) {
                            // a card picked with the pointer is where the user is looking: no scrolling
                            Platform.runLater(() -> revealCard(now));
                        }
                    }
                }),
                project.searchQueryProperty().subscribe((old, now) -> marks.refreshSearch()),
                project.history().revisionProperty().subscribe((old, now) -> {
                    marks.refreshSearch();
                    marks.refreshSegmentMarks();
                    marks.refreshLinkHighlight();
                    followLead();
                }));
        new CanvasKeys(this, canvas, selection, keyboard, cardMenu).install();
        pointer.installOnCanvas();
        marks.refreshAll();
        keyboard.show();
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
            pointer.installOn(view);
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
        return keyboard.get();
    }

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
            keyboard.set(block);
        }
    }

    /** Cards get at least this wide (the presentation's large type needs wider cards). */
    public void setCardMinWidth(double width) {
        blockViews.values().forEach(b -> b.setCardMinWidth(width));
    }

    /** Makes a block the keyboard block and gives the canvas the keyboard. */
    public void focusBlock(BlockType block) {
        keyboard.set(block);
        requestFocus();
    }

    /** Adds an empty card to a block and opens it for typing. */
    public void addCardAndEdit(BlockType block) {
        CardViewModel card = project.addCard(block);
        keyboard.set(block);
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

    /** The card's view, made the first time it is asked for (its block shows it, or a command needs it). */
    CardView cardView(CardViewModel card) {
        return cardViews.computeIfAbsent(card, c -> {
            // an editor closing gives the keyboard back to this canvas
            CardView view = new CardView(c, this::requestFocus);
            pointer.installOn(view);
            view.setSelected(selection.isSelected(c));
            if (!c.getSegmentLinks().isEmpty()) {
                Platform.runLater(marks::refreshSegmentMarks);
            }
            return view;
        });
    }

    /** After a move, the keyboard block is wherever the lead card went. */
    private void followLead() {
        CardViewModel lead = selection.getLead();
        if (lead != null) {
            canvas.blockOf(lead).ifPresent(keyboard::set);
            Platform.runLater(() -> revealCard(lead));
        }
    }
}
