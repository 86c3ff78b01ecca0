package org.canvasboard.app;

import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A click or a wheel notch with Ctrl held. On a real display the robot presses Ctrl and clicks;
 * JavaFX's headless robot sends mouse and wheel events without the keys being held, so there the
 * same events, with Ctrl down, are handed to the node under the pointer.
 */
final class HeldKeys {
    private HeldKeys() {
    }

    static boolean robotDropsHeldKeys() {
        return "headless".equalsIgnoreCase(System.getProperty("glass.platform"));
    }

    static void ctrlClick(FxRobot robot, Node node) {
        if (!robotDropsHeldKeys()) {
            robot.press(KeyCode.CONTROL).clickOn(node).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            return;
        }
        robot.moveTo(node);
        Point2D screen = robot.point(node).query();
        Point2D scene = node.getScene().getRoot().screenToLocal(screen);
        Point2D local = node.screenToLocal(screen);
        robot.interact(() -> {
            for (var type : java.util.List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_CLICKED)) {
                Event.fireEvent(node, new MouseEvent(type, local.getX(), local.getY(), screen.getX(), screen.getY(),
                        MouseButton.PRIMARY, 1, false, true, false, false, type == MouseEvent.MOUSE_PRESSED,
                        false, false, false, false, true, new PickResult(node, scene.getX(), scene.getY())));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void ctrlWheelUp(FxRobot robot, Node node) {
        robot.moveTo(node);
        if (!robotDropsHeldKeys()) {
            robot.press(KeyCode.CONTROL).scroll(1, javafx.geometry.VerticalDirection.UP).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            return;
        }
        Point2D screen = robot.point(node).query();
        Point2D local = node.screenToLocal(screen);
        robot.interact(() -> Event.fireEvent(node, new ScrollEvent(ScrollEvent.SCROLL, local.getX(), local.getY(),
                screen.getX(), screen.getY(), false, true, false, false, false, false, 0, 40, 0, 40,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
