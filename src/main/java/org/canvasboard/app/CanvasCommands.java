package org.canvasboard.app;

import javafx.beans.binding.Bindings;
import javafx.stage.Stage;
import org.canvasboard.ui.canvas.ZoomPane;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.viewmodel.CanvasViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;
import org.canvasboard.viewmodel.WindowViewModel;
import org.canvasboard.viewmodel.WindowViewModel.MainView;

/** What the Canvas menu's commands do: canvases added, copied, renamed, deleted, stepped through, zoomed and presented. */
final class CanvasCommands {
    private final Stage stage;
    private final WindowViewModel window;

    CanvasCommands(Actions actions, Stage stage, WindowViewModel window, MainArea main, Presentation presentation) {
        this.stage = stage;
        this.window = window;
        actions.on(AppAction.NEW_CANVAS, () -> Dialogs.askNewCanvas(stage, project().canvases().size())
                .ifPresent(c -> project().addCanvas(c.name(), c.kind())));
        actions.on(AppAction.DUPLICATE_CANVAS, () -> project().duplicateCanvas(project().getCurrentCanvas()));
        actions.on(AppAction.RENAME_CANVAS, () -> rename(project().getCurrentCanvas()));
        actions.on(AppAction.DELETE_CANVAS, () -> {
            CanvasViewModel canvas = project().getCurrentCanvas();
            if (project().deleteCanvas(canvas)) {
                window.showStatus(Messages.get("window.status.canvasDeleted", canvas.getName()));
            }
        });
        actions.disableWhen(AppAction.DELETE_CANVAS, Bindings.not(window.canDeleteCanvasProperty()));
        actions.on(AppAction.NEXT_CANVAS, () -> project().showNeighbourCanvas(1));
        actions.on(AppAction.PREVIOUS_CANVAS, () -> project().showNeighbourCanvas(-1));
        actions.on(AppAction.ZOOM_IN, () -> main.zoom(ZoomPane::zoomIn));
        actions.on(AppAction.ZOOM_OUT, () -> main.zoom(ZoomPane::zoomOut));
        actions.on(AppAction.ZOOM_RESET, () -> main.zoom(ZoomPane::resetZoom));
        actions.on(AppAction.PRESENT, () -> {
            main.show(MainView.CANVAS);
            presentation.start(project(), CanvasboardApp.STYLESHEET);
        });
    }

    private ProjectViewModel project() {
        return window.project();
    }

    /** Asks for a canvas's new name (the canvas tabs call it too). */
    void rename(CanvasViewModel canvas) {
        Dialogs.askName(stage, Messages.get("window.renameCanvas.title"), Messages.get("window.renameCanvas.name"),
                canvas.getName()).ifPresent(canvas::rename);
    }
}
