package org.canvasboard.app;

import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.canvasboard.model.BlockType;
import org.canvasboard.model.Canvas;
import org.canvasboard.model.Card;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

/** Small helpers shared by the UI flow tests. */
final class UiFlows {
    private UiFlows() {
    }

    static DialogPane dialog(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.listWindows().stream().map(Window::getScene)
                .filter(s -> s != null && s.getRoot() instanceof DialogPane)
                .map(s -> (DialogPane) s.getRoot()).findFirst()
                .orElseThrow(() -> new AssertionError("no dialog is showing"));
    }

    static boolean dialogShowing(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.listWindows().stream().map(Window::getScene)
                .anyMatch(s -> s != null && s.getRoot() instanceof DialogPane);
    }

    static void press(FxRobot robot, javafx.scene.input.KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    static Canvas canvas(CanvasboardApp.MainWindowHandle app, int index) {
        return app.workspace().getProject().toModel().canvases().get(index);
    }

    static List<Card> cards(CanvasboardApp.MainWindowHandle app, BlockType block) {
        return app.workspace().getProject().getCurrentCanvas().toModel().cards(block);
    }

    static List<String> texts(CanvasboardApp.MainWindowHandle app, BlockType block) {
        return cards(app, block).stream().map(Card::text).toList();
    }

    /** Scrolls the panel that holds a node so the node can be clicked, as a user would. */
    static javafx.scene.Node inView(FxRobot robot, String query) {
        javafx.scene.Node node = robot.lookup(query).query();
        robot.interact(() -> {
            javafx.scene.Node n = node.getParent();
            while (n != null && !(n instanceof javafx.scene.control.ScrollPane)) {
                n = n.getParent();
            }
            if (n instanceof javafx.scene.control.ScrollPane scroll) {
                double content = scroll.getContent().getBoundsInLocal().getHeight();
                double viewport = scroll.getViewportBounds().getHeight();
                double y = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                scroll.setVvalue(Math.max(0, Math.min(1, (y - 40) / Math.max(1, content - viewport))));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

}
