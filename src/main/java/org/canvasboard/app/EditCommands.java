package org.canvasboard.app;

import javafx.beans.binding.Bindings;
import javafx.stage.Stage;
import org.canvasboard.model.BlockType;
import org.canvasboard.model.EvidenceStatus;
import org.canvasboard.ui.canvas.CanvasView;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.viewmodel.CardViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;
import org.canvasboard.viewmodel.WindowViewModel;
import org.canvasboard.viewmodel.WindowViewModel.MainView;

import java.util.List;

/**
 * What the Edit and Card menus' commands do, and when they can: undo and redo, the clipboard
 * (a text field being edited takes it first), find, and the commands on the selected cards,
 * which work only where the cards can be seen, on the canvas.
 */
final class EditCommands {
    private final Stage stage;
    private final WindowViewModel window;
    private final MainArea main;
    private final CardClipboard clipboard = new CardClipboard();

    EditCommands(Actions actions, Stage stage, WindowViewModel window, MainArea main, SearchBar search) {
        this.stage = stage;
        this.window = window;
        this.main = main;
        actions.on(AppAction.UNDO, () -> project().undo());
        actions.on(AppAction.REDO, () -> project().redo());
        actions.on(AppAction.CUT, () -> {
            if (!TextEditing.cut(stage) && onCanvas()) {
                clipboard.put(project().cutSelection());
            }
        });
        actions.on(AppAction.COPY, () -> {
            if (!TextEditing.copy(stage)) {
                clipboard.put(project().copySelection());
            }
        });
        actions.on(AppAction.PASTE, () -> {
            if (!TextEditing.paste(stage) && onCanvas()) {
                project().paste(clipboard.get(), targetBlock());
            }
        });
        actions.on(AppAction.DELETE, () -> {
            if (!TextEditing.delete(stage) && onCanvas()) {
                project().deleteSelection();
            }
        });
        actions.on(AppAction.SELECT_ALL, () -> {
            if (!TextEditing.selectAll(stage) && onCanvas()) {
                project().selection().selectAll(project().getCurrentCanvas().block(targetBlock()).cards());
            }
        });
        actions.on(AppAction.FIND, search::focus);
        actions.on(AppAction.ADD_CARD, () -> {
            main.show(MainView.CANVAS);
            main.currentCanvasView().addCardAndEdit(targetBlock());
        });
        actions.on(AppAction.EDIT_CARD, () -> {
            CardViewModel lead = project().selection().getLead();
            if (lead != null) {
                main.currentCanvasView().editCard(lead);
            }
        });
        onCanvas(actions, AppAction.MOVE_UP, () -> project().moveSelectionWithinBlock(-1));
        onCanvas(actions, AppAction.MOVE_DOWN, () -> project().moveSelectionWithinBlock(1));
        onCanvas(actions, AppAction.MOVE_TO_PREVIOUS_BLOCK, () -> project().moveSelectionToNeighbourBlock(-1));
        onCanvas(actions, AppAction.MOVE_TO_NEXT_BLOCK, () -> project().moveSelectionToNeighbourBlock(1));
        actions.on(AppAction.MARK_HYPOTHESIS, () -> mark(EvidenceStatus.HYPOTHESIS));
        actions.on(AppAction.MARK_VALIDATED, () -> mark(EvidenceStatus.VALIDATED));
        actions.on(AppAction.MARK_INVALIDATED, () -> mark(EvidenceStatus.INVALIDATED));
        actions.disableWhen(AppAction.UNDO, Bindings.not(window.canUndoProperty()));
        actions.disableWhen(AppAction.REDO, Bindings.not(window.canRedoProperty()));
        for (AppAction a : List.of(AppAction.MOVE_UP, AppAction.MOVE_DOWN, AppAction.MOVE_TO_PREVIOUS_BLOCK,
                AppAction.MOVE_TO_NEXT_BLOCK, AppAction.EDIT_CARD, AppAction.MARK_HYPOTHESIS,
                AppAction.MARK_VALIDATED, AppAction.MARK_INVALIDATED, AppAction.OPEN_AS_SEGMENT)) {
            actions.disableWhen(a, Bindings.not(window.hasSelectionProperty()));
        }
    }

    private void onCanvas(Actions actions, AppAction action, Runnable command) {
        actions.on(action, () -> {
            if (onCanvas()) {
                command.run();
            }
        });
    }

    private ProjectViewModel project() {
        return window.project();
    }

    /** The block a new or pasted card goes to: the canvas's target block, else the first. */
    private BlockType targetBlock() {
        CanvasView view = main.currentCanvasView();
        return view != null ? view.targetBlock() : project().getCurrentCanvas().kind().blocks().get(0);
    }

    /**
     * Whether card commands apply: outside the canvas view the selected cards cannot be seen, so
     * Delete, Cut, Paste and moves must not touch them (the status line says why).
     */
    private boolean onCanvas() {
        if (!window.cardCommandsApply()) {
            window.showStatus(Messages.get("window.status.cardCommandsOnCanvas"));
            return false;
        }
        return true;
    }

    private void mark(EvidenceStatus status) {
        project().getCurrentCanvas().markCards(project().selectedCards(), status);
    }
}
