package org.canvasboard.app;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.canvasboard.model.BlockType;
import org.canvasboard.model.Card;
import org.canvasboard.model.EvidenceStatus;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.canvasboard.app.RunningEditor.chord;
import static org.canvasboard.app.RunningEditor.clickCard;
import static org.canvasboard.app.RunningEditor.ctrl;
import static org.canvasboard.app.RunningEditor.has;
import static org.canvasboard.app.RunningEditor.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Working on cards with the keyboard and with the details panel. */
class CardEditingFlowTest extends ExampleEditorFlow {
    private String lead() {
        return editor.project().selection().getLead().id();
    }

    private String shownText(FxRobot robot, String cardId) {
        return robot.lookup("#" + cardId + " .card-text").queryAs(Labeled.class).getText();
    }

    // --- keyboard ---

    @Test
    void arrowKeysMoveSelectionWithinAndAcrossBlocks(FxRobot robot) {
        clickCard(robot, "card-ex001", false);
        key(robot, KeyCode.DOWN);
        assertEquals("card-ex002", lead());
        assertTrue(has(robot.lookup("#card-ex002").query(), "selected"));
        assertFalse(has(robot.lookup("#card-ex001").query(), "selected"));

        key(robot, KeyCode.RIGHT);
        assertEquals("card-ex004", lead(), "first card of Key Activities");
        assertTrue(has(robot.lookup("#card-ex004").query(), "selected"));
    }

    @Test
    void altUpAndDownReorderCardWithinBlock(FxRobot robot) {
        clickCard(robot, "card-ex001", false);
        chord(robot, KeyCode.ALT, KeyCode.DOWN);
        assertEquals(List.of("card-ex002", "card-ex001", "card-ex003"), editor.ids(BlockType.KEY_PARTNERS));

        chord(robot, KeyCode.ALT, KeyCode.UP);
        assertEquals(List.of("card-ex001", "card-ex002", "card-ex003"), editor.ids(BlockType.KEY_PARTNERS));
    }

    @Test
    void altRightMovesCardToEndOfNextBlock(FxRobot robot) {
        clickCard(robot, "card-ex001", false);
        chord(robot, KeyCode.ALT, KeyCode.RIGHT);

        assertEquals(List.of("card-ex002", "card-ex003"), editor.ids(BlockType.KEY_PARTNERS));
        assertEquals(List.of("card-ex004", "card-ex005", "card-ex006", "card-ex001"),
                editor.ids(BlockType.KEY_ACTIVITIES));
    }

    @Test
    void afterMovingToNextBlockKeyboardWorksInThatBlock(FxRobot robot) {
        clickCard(robot, "card-ex001", false);
        chord(robot, KeyCode.ALT, KeyCode.RIGHT);

        assertTrue(RunningEditor.has(robot.lookup("#block-keyActivities").query(), "keyboard-block"));
        key(robot, KeyCode.UP);
        assertEquals("card-ex006", lead(), "Up goes to the card above in Key Activities");
    }

    @Test
    void enterOpensEditorAndEscapeCancelsWithoutChangingText(FxRobot robot) {
        clickCard(robot, "card-ex002", false);
        key(robot, KeyCode.ENTER);
        TextArea cardEditor = robot.lookup("#card-editor").queryAs(TextArea.class);
        assertEquals("Insurer covering theft", cardEditor.getText());

        robot.write("Something else");
        key(robot, KeyCode.ESCAPE);
        assertTrue(robot.lookup("#card-editor").tryQuery().isEmpty(), "editor closed");
        assertEquals("Insurer covering theft", editor.card("card-ex002").text());
        assertEquals("Insurer covering theft", shownText(robot, "card-ex002"));
        assertFalse(editor.app.workspace().isDirty());
    }

    @Test
    void enterWithoutTypingKeepsCardText(FxRobot robot) {
        clickCard(robot, "card-ex002", false);
        key(robot, KeyCode.ENTER);
        assertTrue(robot.lookup("#card-editor").tryQuery().isPresent());

        key(robot, KeyCode.ENTER);
        assertTrue(robot.lookup("#card-editor").tryQuery().isEmpty(), "editor closed");
        assertEquals("Insurer covering theft", editor.card("card-ex002").text());
        assertFalse(editor.app.workspace().isDirty());
    }

    @Test
    void shiftEnterInEditorStartsOneNewLine(FxRobot robot) {
        clickCard(robot, "card-ex002", false);
        key(robot, KeyCode.ENTER);
        key(robot, KeyCode.END);
        chord(robot, KeyCode.SHIFT, KeyCode.ENTER);
        robot.write("and bike damage");
        key(robot, KeyCode.ENTER);

        assertEquals("Insurer covering theft\nand bike damage", editor.card("card-ex002").text());
    }

    @Test
    void ctrlEnterAddsCardAfterSelectedOneAndOpensItForTyping(FxRobot robot) {
        clickCard(robot, "card-ex004", false);
        ctrl(robot, KeyCode.ENTER);
        assertTrue(robot.lookup("#card-editor").tryQuery().isPresent(), "new card is open for typing");

        robot.write("Bike pick-ups at the office");
        key(robot, KeyCode.ENTER);
        List<Card> activities = editor.cards(BlockType.KEY_ACTIVITIES);
        assertEquals(4, activities.size());
        assertEquals("card-ex004", activities.get(0).id());
        assertEquals("Bike pick-ups at the office", activities.get(1).text());
        assertEquals("Bike pick-ups at the office", shownText(robot, activities.get(1).id()));
    }

    // --- details panel ---

    private void typeAtEndOf(FxRobot robot, String field, String text) {
        robot.clickOn(field);
        key(robot, KeyCode.END);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void typingInDetailsTextUpdatesCardOnCanvas(FxRobot robot) {
        clickCard(robot, "card-ex002", false);
        typeAtEndOf(robot, "#details-text", " and damage");

        assertEquals("Insurer covering theft and damage", editor.card("card-ex002").text());
        assertEquals("Insurer covering theft and damage", shownText(robot, "card-ex002"));
    }

    @Test
    void undoInDetailsFieldTakesBackTheWholeTypedWord(FxRobot robot) {
        clickCard(robot, "card-ex002", false);
        typeAtEndOf(robot, "#details-text", " and damage");
        assertTrue(editor.app.workspace().isDirty());

        ctrl(robot, KeyCode.Z);
        assertEquals("Insurer covering theft", editor.card("card-ex002").text());
        assertEquals("Insurer covering theft", robot.lookup("#details-text").queryAs(TextArea.class).getText());
        assertEquals("Insurer covering theft", shownText(robot, "card-ex002"));
        assertFalse(editor.app.workspace().isDirty(), "one undo step took back all typed letters");
    }

    @Test
    void notesAndCommaSeparatedTagsAreStored(FxRobot robot) {
        clickCard(robot, "card-ex002", false);
        typeAtEndOf(robot, "#details-notes", "Ask two insurers for quotes");
        robot.clickOn("#details-tags");
        ctrl(robot, KeyCode.A);
        robot.write("risk, insurance,b2b");
        robot.clickOn("#details-notes");
        WaitForAsyncUtils.waitForFxEvents();

        Card card = editor.card("card-ex002");
        assertEquals("Ask two insurers for quotes", card.notes());
        assertEquals(List.of("risk", "insurance", "b2b"), card.tags());
        assertEquals("#risk #insurance #b2b",
                robot.lookup("#card-ex002 .card-tags").queryAs(Labeled.class).getText());
    }

    @Test
    void undoInTagsFieldShowsTheRestoredTags(FxRobot robot) {
        clickCard(robot, "card-ex002", false);
        typeAtEndOf(robot, "#details-tags", ", insurance");
        assertEquals(List.of("risk", "insurance"), editor.card("card-ex002").tags());

        ctrl(robot, KeyCode.Z);
        assertEquals(List.of("risk"), editor.card("card-ex002").tags());
        assertEquals("risk", robot.lookup("#details-tags").queryAs(javafx.scene.control.TextField.class).getText(),
                "the focused tags field shows what undo restored");
    }

    @Test
    void evidenceButtonsSetStatusAndCardMark(FxRobot robot) {
        clickCard(robot, "card-ex002", false);
        Node mark = robot.lookup("#card-ex002 .card-mark").query();
        assertTrue(mark.getStyleClass().contains("hypothesis"));

        robot.clickOn("#status-validated");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(EvidenceStatus.VALIDATED, editor.card("card-ex002").status());
        assertTrue(mark.getStyleClass().contains("validated"));
        assertFalse(mark.getStyleClass().contains("hypothesis"));

        robot.clickOn("#status-invalidated");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(EvidenceStatus.INVALIDATED, editor.card("card-ex002").status());
        assertTrue(mark.getStyleClass().contains("invalidated"));
        assertFalse(mark.getStyleClass().contains("validated"));
    }
}
