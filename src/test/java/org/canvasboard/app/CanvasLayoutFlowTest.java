package org.canvasboard.app;

import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first screen: the example's blocks at the window's usual size. */
class CanvasLayoutFlowTest extends ExampleEditorFlow {
    @Override
    void opened(Stage stage) {
        RunningEditor.size(stage, 1440, 900);
    }

    @Test
    void blocksWhoseCardsFitHaveNoScrollBar(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (String block : new String[] {"keyActivities", "keyResources", "channels", "keyPartners"}) {
            assertFalse(verticalBarShown(robot, block), block + ": three cards fit, so no scroll bar for a few pixels of padding");
        }
        // and a block that does overflow still scrolls
        robot.interact(() -> {
            var canvas = editor.project().getCurrentCanvas();
            for (int i = 0; i < 12; i++) {
                canvas.addCard(org.canvasboard.model.BlockType.CHANNELS, 0, "Channel idea " + i);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(verticalBarShown(robot, "channels"));
    }

    private static boolean verticalBarShown(FxRobot robot, String block) {
        return robot.lookup("#block-" + block + " .block-scroll .scroll-bar").queryAllAs(ScrollBar.class).stream()
                .anyMatch(bar -> bar.getOrientation() == Orientation.VERTICAL && bar.isVisible());
    }
}
