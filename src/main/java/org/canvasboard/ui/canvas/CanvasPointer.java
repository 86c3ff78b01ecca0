package org.canvasboard.ui.canvas;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import org.canvasboard.viewmodel.CanvasViewModel;
import org.canvasboard.viewmodel.CardSelection;
import org.canvasboard.viewmodel.CardViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;

import java.util.List;
import java.util.function.Supplier;

/**
 * The pointer on a canvas: pressing, clicking and right-clicking cards selects them (Shift or
 * the shortcut key adds to the selection), a double-click edits a card, a click on a block makes
 * it the keyboard block and a double-click adds a card there; cards are dragged within and
 * between blocks, a drag of several cards being one undoable move.
 */
final class CanvasPointer {
    private final CanvasView view;
    private final ProjectViewModel project;
    private final CanvasViewModel canvas;
    private final CardSelection selection;
    private final KeyboardBlock keyboard;
    private final Supplier<ContextMenu> cardMenu;
    private final CardDragging dragging;
    private boolean selecting;

    /** The pointer on this view; the picture of dragged cards is drawn on {@code overlay}. */
    CanvasPointer(CanvasView view, Pane overlay, ProjectViewModel project, CanvasViewModel canvas,
                  KeyboardBlock keyboard, Supplier<ContextMenu> cardMenu) {
        this.view = view;
        this.project = project;
        this.canvas = canvas;
        this.selection = project.selection();
        this.keyboard = keyboard;
        this.cardMenu = cardMenu;
        this.dragging = new CardDragging(overlay, this::drop);
    }

    /** True while the pointer changes the selection (a card picked so is not scrolled to). */
    boolean isSelecting() {
        return selecting;
    }

    /** Changes the selection with the pointer, which does not scroll the card into view. */
    private void byPointer(Runnable change) {
        selecting = true;
        try {
            change.run();
        } finally {
            selecting = false;
        }
    }

    /** A press anywhere on the canvas gives it the keyboard (unless it is in a text field). */
    void installOnCanvas() {
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (!view.isFocused() && !(e.getTarget() instanceof TextInputControl)) {
                view.requestFocus();
            }
        });
    }

    void installOn(CardView cardView) {
        CardViewModel card = cardView.card();
        cardView.setOnMousePressed(e -> {
            if (cardView.isEditing()) {
                return;
            }
            if (e.isShortcutDown() || e.isShiftDown()) {
                byPointer(() -> selection.toggle(card));
            } else if (!selection.isSelected(card) || e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1
                    && selection.cards().size() == 1) {
                byPointer(() -> selection.select(card));
            }
            view.requestFocus();
            e.consume();
        });
        cardView.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !cardView.isEditing()) {
                byPointer(() -> selection.select(card));
                cardView.startEditing();
            } else if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && e.isStillSincePress()
                    && !e.isShortcutDown() && !e.isShiftDown() && !cardView.isEditing()) {
                byPointer(() -> selection.select(card));
            }
            e.consume();
        });
        cardView.setOnContextMenuRequested(e -> {
            if (!selection.isSelected(card)) {
                byPointer(() -> selection.select(card));
            }
            ContextMenu menu = cardMenu.get();
            if (menu != null) {
                menu.show(cardView, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        dragging.installOn(cardView, () -> {
            if (!selection.isSelected(card)) {
                byPointer(() -> selection.select(card));
            }
            return selection.cards().size();
        });
    }

    void installOn(BlockView block) {
        dragging.installOn(block);
        block.setOnMouseClicked(e -> {
            // the release of a card dragged within the block also arrives here as a click
            if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
                return;
            }
            keyboard.set(block.type());
            // focus first: taking it after the new card's editor opened would close the editor again
            view.requestFocus();
            if (e.getClickCount() == 2) {
                view.addCardAndEdit(block.type());
            } else {
                selection.clear();
            }
        });
    }

    /** Moves the selected cards to where they were dropped: one undoable step. */
    private void drop(BlockView target, int index) {
        List<CardViewModel> moving = project.selectedCards();
        canvas.moveCards(moving, target.type(), index);
        keyboard.set(target.type());
    }
}
