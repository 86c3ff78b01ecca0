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
    /** The block's + button: where the block's cards end depends on the window's size. */
    private static void addACard(FxRobot robot) {
        robot.clickOn("#block-customerSegments .block-add-button");
    }

    @Test
    void escOnAnEmptyNewCardTakesItBackAndTypingKeepsIt(FxRobot robot) {
        int cards = editor.cards(BlockType.CUSTOMER_SEGMENTS).size();
        int undos = editor.project().history().undoCount();

        addACard(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#card-editor").tryQuery().isPresent(), "the + button opens a new card for typing");
        assertEquals(cards + 1, editor.cards(BlockType.CUSTOMER_SEGMENTS).size());
        key(robot, KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#card-editor").tryQuery().isEmpty());
        assertEquals(cards, editor.cards(BlockType.CUSTOMER_SEGMENTS).size(), "Esc took the empty card back");
        assertEquals(undos, editor.project().history().undoCount(), "and left nothing to undo");

        addACard(robot);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Retired commuters");
        key(robot, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(cards + 1, editor.cards(BlockType.CUSTOMER_SEGMENTS).size(), "a typed card stays");
        assertTrue(editor.cards(BlockType.CUSTOMER_SEGMENTS).stream().anyMatch(c -> c.text().equals("Retired commuters")));
    }
}
