package org.canvasboard.ui.canvas;

import javafx.geometry.Bounds;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.canvasboard.model.BlockType;
import org.canvasboard.viewmodel.CanvasViewModel;
import org.canvasboard.viewmodel.CardSelection;
import org.canvasboard.viewmodel.CardViewModel;

import java.util.List;
import java.util.function.Supplier;

/**
 * The keyboard on a canvas: Up and Down step through the keyboard block's cards, Left and Right
 * step to the neighbouring block, Enter or F2 edits the lead card (or adds one when none is
 * selected), Esc clears the selection, and the menu key or Shift+F10 opens the lead card's menu
 * beside it. Keys typed into a card's editor are the editor's.
 */
final class CanvasKeys {
    private final CanvasView view;
    private final CanvasViewModel canvas;
    private final CardSelection selection;
    private final KeyboardBlock keyboard;
    private final Supplier<ContextMenu> cardMenu;
    private ContextMenu openMenu;

    CanvasKeys(CanvasView view, CanvasViewModel canvas, CardSelection selection, KeyboardBlock keyboard,
               Supplier<ContextMenu> cardMenu) {
        this.view = view;
        this.canvas = canvas;
        this.selection = selection;
        this.keyboard = keyboard;
        this.cardMenu = cardMenu;
    }

    /** Starts listening to the view's keys. */
    void install() {
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::onKeyPressed);
        // some platforms send a menu event for the menu key or Shift+F10, others only the key
        view.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (e.isKeyboardTrigger() && showLeadCardMenu()) {
                e.consume();
            }
        });
    }

    private void onKeyPressed(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
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
                view.editCard(lead);
            } else {
                view.addCardAndEdit(keyboard.get());
            }
            e.consume();
        } else if (plain && code == KeyCode.ESCAPE && !selection.isEmpty()) {
            selection.clear();
            e.consume();
        }
    }

    /** Opens the lead card's menu below it; false when there is no lead card. */
    private boolean showLeadCardMenu() {
        CardViewModel lead = selection.getLead();
        if (lead == null) {
            return false;
        }
        if (openMenu != null && openMenu.isShowing()) {
            return true;
        }
        CardView cardView = view.cardView(lead);
        Bounds b = cardView.localToScreen(cardView.getBoundsInLocal());
        openMenu = cardMenu.get();
        if (b == null || openMenu == null) {
            return false;
        }
        openMenu.show(cardView, b.getMinX() + 12, b.getMaxY());
        return true;
    }

    private void stepWithinBlock(int delta) {
        CardViewModel lead = selection.getLead();
        List<CardViewModel> cards = canvas.block(keyboard.get()).cards();
        if (cards.isEmpty()) {
            return;
        }
        int index = lead == null ? (delta > 0 ? 0 : cards.size() - 1)
                : Math.max(0, Math.min(cards.size() - 1, cards.indexOf(lead) + delta));
        selection.select(cards.get(index));
    }

    private void stepBlock(int delta) {
        List<BlockType> order = canvas.kind().blocks();
        int i = order.indexOf(keyboard.get()) + delta;
        if (i < 0 || i >= order.size()) {
            return;
        }
        BlockType next = order.get(i);
        List<CardViewModel> cards = canvas.block(next).cards();
        keyboard.set(next);
        if (cards.isEmpty()) {
            selection.clear();
        } else {
            selection.select(cards.get(0));
        }
    }
}
