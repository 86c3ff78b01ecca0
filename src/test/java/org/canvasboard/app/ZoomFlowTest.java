package org.canvasboard.app;

import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.canvasboard.ui.canvas.ZoomPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.canvasboard.app.RunningEditor.ctrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Zoom with the keyboard, pan with the middle button, back to actual size. */
@ExtendWith(ApplicationExtension.class)
class ZoomFlowTest {
    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) throws Exception {
        RunningEditor.open(stage, tmp);
    }

    @AfterEach
    void closeAllWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void zoomInScrollsAPanAndActualSizeFitsTheWindowAgain(FxRobot robot) {
        ZoomPane zoom = robot.lookup("#zoom-pane").queryAs(ZoomPane.class);
        double fitted = zoom.canvas().getWidth();
        ctrl(robot, KeyCode.EQUALS);
        ctrl(robot, KeyCode.EQUALS);
        assertEquals(1.3225, zoom.getZoom(), 0.001);
        assertTrue(zoom.canvas().getStyle().contains("-fx-font-size: 1.322em"), zoom.canvas().getStyle());
        assertTrue(zoom.canvas().getWidth() > fitted * 1.3, "the canvas grows beyond the window");

        double before = zoom.getHvalue();
        robot.moveTo(zoom).press(MouseButton.MIDDLE).moveBy(-200, 0).release(MouseButton.MIDDLE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(zoom.getHvalue() > before, "dragging with the middle button pans");

        ctrl(robot, KeyCode.MINUS);
        ctrl(robot, KeyCode.MINUS);
        ctrl(robot, KeyCode.MINUS);
        assertTrue(zoom.getZoom() < 1);
        ctrl(robot, KeyCode.DIGIT0);
        assertEquals(1, zoom.getZoom());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(fitted, zoom.canvas().getWidth(), 1, "actual size fits the window again");
    }
}
