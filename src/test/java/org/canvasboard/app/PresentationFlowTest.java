package org.canvasboard.app;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.canvasboard.model.BlockType;
import org.canvasboard.ui.present.PresentationView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.canvasboard.app.RunningEditor.ctrl;
import static org.canvasboard.app.RunningEditor.has;
import static org.canvasboard.app.RunningEditor.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A facilitator presents the canvas: enter, step through all blocks, capture a card, time, leave. */
class PresentationFlowTest extends ExampleEditorFlow {
    private PresentationView presentation(FxRobot robot) {
        return robot.lookup("#presentation").queryAs(PresentationView.class);
    }

    @Test
    void stepThroughEveryBlockCaptureACardAndLeave(FxRobot robot) {
        key(robot, KeyCode.F5);
        PresentationView view = presentation(robot);
        assertNull(view.currentBlock(), "it opens on the whole canvas");
        // about 24 px on a 1080-pixel-high screen, scaling with the screen's height
        long large = Math.round(javafx.stage.Screen.getPrimary().getBounds().getHeight() / 45);
        assertTrue(view.getStyle().contains("-fx-font-size: " + large + "px"), "large type: " + view.getStyle());

        List<BlockType> order = editor.project().getCurrentCanvas().kind().blocks();
        for (BlockType block : order) {
            key(robot, KeyCode.RIGHT);
            assertEquals(block, view.currentBlock());
            Node shown = robot.from(view).lookup("#block-" + block.id()).query();
            assertTrue(has(shown, "presented"), block.id());
            Node other = robot.from(view).lookup("#block-" + order.get((order.indexOf(block) + 1) % order.size()).id()).query();
            assertTrue(has(other, "receded"), "the rest recede");
        }
        key(robot, KeyCode.RIGHT);
        assertNull(view.currentBlock(), "after the last block comes the whole canvas");
        key(robot, KeyCode.DIGIT4);
        assertEquals(BlockType.VALUE_PROPOSITIONS, view.currentBlock(), "a digit jumps to its block");

        key(robot, KeyCode.N);
        assertTrue(robot.lookup("#card-editor").tryQuery().isPresent(), "N opens a new card for typing");
        // TestFX types into the window it last targeted; a person types into the focused one
        robot.targetWindow(view.getScene().getWindow());
        robot.write("Bring your own bike insurance");
        key(robot, KeyCode.ENTER);
        assertEquals("Bring your own bike insurance", editor.cards(BlockType.VALUE_PROPOSITIONS).get(4).text());
        assertEquals(BlockType.VALUE_PROPOSITIONS, view.currentBlock(), "still presenting the same block");

        Node presentedBlock = robot.from(view).lookup("#block-" + BlockType.VALUE_PROPOSITIONS.id()).query();
        javafx.scene.control.Label presentedCount = robot.from(presentedBlock).lookup(".block-count").queryAs(javafx.scene.control.Label.class);
        assertEquals("5", presentedCount.getText());
        key(robot, KeyCode.ESCAPE);
        assertTrue(robot.lookup("#presentation").tryQuery().isEmpty(), "Esc leaves the presentation");
        robot.targetWindow(editor.stage);
        ctrl(robot, KeyCode.Z);
        assertEquals("", editor.cards(BlockType.VALUE_PROPOSITIONS).get(4).text(), "undo takes back the typing");
        ctrl(robot, KeyCode.Z);
        assertEquals(4, editor.cards(BlockType.VALUE_PROPOSITIONS).size(), "the captured card undoes like any other");
        assertEquals("5", presentedCount.getText(),
                "the closed presentation no longer follows the project (it laid out and styled every edit)");
    }

    @Test
    void blankingTheScreenHidesTheCanvasUntilAnyKey(FxRobot robot) {
        key(robot, KeyCode.F5);
        PresentationView view = presentation(robot);
        key(robot, KeyCode.DIGIT2);
        key(robot, KeyCode.B);
        assertTrue(view.isBlank());
        assertTrue(has(view, "blank-black"));
        assertTrue(view.getChildren().stream().noneMatch(Node::isVisible), "nothing of the canvas shows");
        key(robot, KeyCode.RIGHT);
        assertFalse(view.isBlank(), "any key brings the canvas back");
        assertTrue(view.getChildren().stream().allMatch(Node::isVisible));
        assertEquals(BlockType.KEY_ACTIVITIES, view.currentBlock(), "the key that ends the blank does nothing else");
        key(robot, KeyCode.W);
        assertTrue(has(view, "blank-white"));
        key(robot, KeyCode.ESCAPE);
        assertFalse(view.isBlank());
        assertTrue(robot.lookup("#presentation").tryQuery().isPresent(), "Esc ends the blank, not the presentation");
        key(robot, KeyCode.ESCAPE);
        assertTrue(robot.lookup("#presentation").tryQuery().isEmpty());
    }

    @Test
    void theWorkshopTimerCountsDownAndFlashesAtZero(FxRobot robot) {
        key(robot, KeyCode.F5);
        PresentationView view = presentation(robot);
        key(robot, KeyCode.T);
        assertTrue(view.timerRunning());
        assertEquals("5:00", view.timerText());
        key(robot, KeyCode.MINUS);
        key(robot, KeyCode.MINUS);
        key(robot, KeyCode.MINUS);
        key(robot, KeyCode.MINUS);
        robot.interact(() -> {
            int left = view.remainingSeconds();
            for (int i = 0; i < left; i++) {
                view.tick();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, view.remainingSeconds());
        assertEquals("Time is up", view.timerText());
        assertFalse(view.timerRunning());
        key(robot, KeyCode.R);
        assertEquals(60, view.remainingSeconds(), "reset to the timer's length");
        assertFalse(view.timeUp());
        assertEquals("1:00 (paused)", view.timerText(), "a paused timer says so in words, not a glyph the font may lack");
        key(robot, KeyCode.ESCAPE);
        assertTrue(robot.lookup("#presentation").tryQuery().isEmpty());
    }
}
