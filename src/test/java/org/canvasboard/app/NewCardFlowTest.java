package org.canvasboard.app;

import javafx.scene.input.KeyCode;
import org.canvasboard.model.BlockType;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import static org.canvasboard.app.RunningEditor.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A new card opened for typing and left with Esc before anything was typed leaves no trace. */
class NewCardFlowTest extends ExampleEditorFlow {
    private static void doubleClickBelowTheCards(FxRobot robot) {
        robot.moveTo(robot.point("#block-customerSegments").atPosition(javafx.geometry.Pos.BOTTOM_CENTER)
                .atOffset(new javafx.geometry.Point2D(0, -12)));
        robot.doubleClickOn(javafx.scene.input.MouseButton.PRIMARY);
    }

    @Test
    void escOnAnEmptyNewCardTakesItBackAndTypingKeepsIt(FxRobot robot) {
        int cards = editor.cards(BlockType.CUSTOMER_SEGMENTS).size();
        int undos = editor.project().history().undoCount();

        doubleClickBelowTheCards(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#card-editor").tryQuery().isPresent(), "a double-click opens a new card for typing");
        assertEquals(cards + 1, editor.cards(BlockType.CUSTOMER_SEGMENTS).size());
        key(robot, KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#card-editor").tryQuery().isEmpty());
        assertEquals(cards, editor.cards(BlockType.CUSTOMER_SEGMENTS).size(), "Esc took the empty card back");
        assertEquals(undos, editor.project().history().undoCount(), "and left nothing to undo");

        doubleClickBelowTheCards(robot);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Retired commuters");
        key(robot, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(cards + 1, editor.cards(BlockType.CUSTOMER_SEGMENTS).size(), "a typed card stays");
        assertTrue(editor.cards(BlockType.CUSTOMER_SEGMENTS).stream().anyMatch(c -> c.text().equals("Retired commuters")));
    }
}
