package org.canvasboard.app;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.canvasboard.model.BlockType;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where a dragged card lands follows the pointer over the card under it: its upper or lower
 * half in a block of one column, its left or right half in a row of several, and a bar in the
 * gap shows the place before the drop.
 */
class DropPlacementFlowTest extends ExampleEditorFlow {
    @Override
    void opened(Stage stage) {
        RunningEditor.size(stage, 1440, 900);
    }

    @Test
    void inAColumnTheLowerHalfOfACardMeansAfterIt(FxRobot robot) {
        List<String> ids = editor.ids(BlockType.KEY_PARTNERS);
        Node first = RunningEditor.cardNode(robot, ids.get(0));
        Bounds b = first.localToScreen(first.getLayoutBounds());
        robot.drag(RunningEditor.cardNode(robot, ids.get(2))).moveTo(first).moveBy(0, b.getHeight() / 4);
        Bounds bar = marker(robot, "keyPartners");
        assertTrue(bar.getMinY() >= b.getMaxY() - 0.5 && bar.getMinY() <= b.getMaxY() + 8, "a bar just below the card: " + bar + " under " + b);
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(ids.get(0), ids.get(2), ids.get(1)), editor.ids(BlockType.KEY_PARTNERS));
        assertEquals(ids.get(2), editor.project().selection().getLead().id(), "the moved card stays selected");
    }

    @Test
    void inARowTheRightHalfOfACardMeansAfterIt(FxRobot robot) {
        List<String> ids = editor.ids(BlockType.COST_STRUCTURE);
        Node first = RunningEditor.cardNode(robot, ids.get(0));
        Node second = RunningEditor.cardNode(robot, ids.get(1));
        Bounds b = first.localToScreen(first.getLayoutBounds());
        assertEquals(b.getMinY(), second.localToScreen(second.getLayoutBounds()).getMinY(), 0.5, "the first two share a row");
        robot.drag(RunningEditor.cardNode(robot, ids.get(3))).moveTo(first).moveBy(b.getWidth() / 4, 0);
        Bounds bar = marker(robot, "costStructure");
        assertTrue(bar.getMinX() >= b.getMaxX() - 0.5 && bar.getMaxX() <= b.getMaxX() + 8.5 && bar.getHeight() > bar.getWidth(),
                "an upright bar in the gap right of the card: " + bar + " beside " + b);
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(ids.get(0), ids.get(3), ids.get(1), ids.get(2)), editor.ids(BlockType.COST_STRUCTURE));
    }

    private static Bounds marker(FxRobot robot, String block) {
        WaitForAsyncUtils.waitForFxEvents();
        Node marker = robot.lookup("#block-" + block + " .drop-marker").query();
        assertTrue(marker.isVisible(), "the marker shows during the drag");
        return marker.localToScreen(marker.getLayoutBounds());
    }
}
