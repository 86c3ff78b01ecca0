package org.canvasboard.app;

import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.canvasboard.ui.canvas.ZoomPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import static org.canvasboard.app.RunningEditor.ctrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Zoom with the keyboard, pan with the middle button, back to actual size. */
class ZoomFlowTest extends ExampleEditorFlow {
    @Test
    void zoomInScrollsAPanAndActualSizeFitsTheWindowAgain(FxRobot robot) {
        ZoomPane zoom = robot.lookup("#zoom-pane").queryAs(ZoomPane.class);
        double fitted = zoom.canvas().getWidth();
        ctrl(robot, KeyCode.EQUALS);
        ctrl(robot, KeyCode.EQUALS);
        assertEquals(1.3225, zoom.getZoom(), 0.001);
        WaitForAsyncUtils.waitForFxEvents();
        double laidOut = zoom.canvas().getWidth();
        assertTrue(laidOut <= fitted && laidOut > fitted - 30,
                "above 100 % the canvas is laid out at the window's size (less its scroll bar): " + laidOut);
        assertEquals(laidOut * 1.3225, zoom.canvas().getBoundsInParent().getWidth(), 2,
                "and drawn larger than the window");

        double before = zoom.getHvalue();
        robot.moveTo(zoom).press(MouseButton.MIDDLE).moveBy(-200, 0).release(MouseButton.MIDDLE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(zoom.getHvalue() > before, "dragging with the middle button pans");

        ctrl(robot, KeyCode.MINUS);
        ctrl(robot, KeyCode.MINUS);
        ctrl(robot, KeyCode.MINUS);
        assertEquals(1 / 1.15, zoom.getZoom(), 0.001);
        // quick steps are one gesture: the canvas is laid out for it once the steps pause
        waitUntil(() -> Math.abs(zoom.canvas().getWidth() - Math.floor(fitted * 1.15)) <= 1);
        assertEquals(fitted, zoom.canvas().getBoundsInParent().getWidth(), 2,
                "below 100 % the canvas is laid out wider and drawn to fit the window, so more fits");

        ctrl(robot, KeyCode.DIGIT0);
        assertEquals(1, zoom.getZoom());
        waitUntil(() -> Math.abs(zoom.canvas().getWidth() - fitted) <= 1);
        assertEquals(fitted, zoom.canvas().getBoundsInParent().getWidth(), 1, "actual size fits the window again");

        // Ctrl+wheel zooms too, and the status line follows whichever way the zoom changed
        HeldKeys.ctrlWheelUp(robot, zoom);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.15, Math.max(zoom.getZoom(), 1 / zoom.getZoom()), 0.001, "one step (which way depends on the wheel's platform)");
        assertEquals("Zoom " + Math.round(zoom.getZoom() * 100) + " %.", robot.lookup("#status-message").queryLabeled().getText());
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(3, java.util.concurrent.TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the zoom was not applied within 3 s", e);
        }
    }
}
