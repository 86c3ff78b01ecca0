package org.canvasboard.viewmodel;

import org.canvasboard.model.BlockType;
import org.canvasboard.model.CardColor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.canvasboard.viewmodel.Fixtures.find;
import static org.junit.jupiter.api.Assertions.*;

/** Consecutive typing into one field is one undo step; anything else starts a new one. */
class TypingMergeTest {
    private ProjectViewModel project;
    private EditHistory history;
    private CardViewModel v1;
    private CardViewModel v2;

    @BeforeEach
    void setUp() {
        project = Fixtures.sampleProject();
        history = project.history();
        CanvasViewModel canvas = project.getCurrentCanvas();
        v1 = find(canvas, "v1");
        v2 = find(canvas, "v2");
    }

    private void type(CardViewModel card, String word) {
        for (int i = 1; i <= word.length(); i++) {
            card.changeText(word.substring(0, i));
        }
    }

    @Test
    void consecutiveTypingOnOneCardIsOneUndoStep() {
        type(v1, "Fresh bread");
        assertEquals(1, history.undoCount());
        history.undo();
        assertEquals("v1", v1.getText());
        assertFalse(history.isDirty());
    }

    @Test
    void redoOfMergedTypingRestoresTheLastText() {
        type(v1, "Fresh");
        history.undo();
        history.redo();
        assertEquals("Fresh", v1.getText());
    }

    @Test
    void breakMergeStartsANewUndoStep() {
        type(v1, "Fresh");
        history.breakMerge();
        v1.changeText("Fresh bread");
        assertEquals(2, history.undoCount());
        history.undo();
        assertEquals("Fresh", v1.getText());
    }

    @Test
    void typingIntoAnotherCardStartsANewUndoStep() {
        type(v1, "Fresh");
        type(v2, "Cheap");
        assertEquals(2, history.undoCount());
        history.undo();
        assertEquals("Fresh", v1.getText());
        assertEquals("v2", v2.getText());
    }

    @Test
    void typingIntoAnotherFieldOfTheSameCardStartsANewUndoStep() {
        type(v1, "Fresh");
        v1.changeNotes("every morning");
        assertEquals(2, history.undoCount());
        history.undo();
        assertEquals("Fresh", v1.getText());
        assertEquals("", v1.notesProperty().get());
    }

    @Test
    void typingAfterAnotherKindOfEditStartsANewUndoStep() {
        type(v1, "Fresh");
        v1.changeColor(CardColor.BLUE);
        v1.changeText("Fresh bread");
        assertEquals(3, history.undoCount());
    }

    @Test
    void typingAfterUndoStartsANewUndoStep() {
        type(v1, "Fresh");
        type(v2, "Cheap");
        history.undo();
        v1.changeText("Fresh bread");
        assertEquals(2, history.undoCount());
        history.undo();
        assertEquals("Fresh", v1.getText());
    }

    @Test
    void typingAfterSaveIsNotMergedIntoTheSavedEdit() {
        type(v1, "Fresh");
        history.markSaved();
        type(v1, "Fresh bread");
        assertTrue(history.isDirty());
        history.undo();
        assertEquals("Fresh", v1.getText());
        assertFalse(history.isDirty());
    }

    @Test
    void typingAfterSaveWithBreakAlreadyConsumedStillDoesNotMergeIntoTheSavedEdit() {
        type(v1, "Fresh");
        history.markSaved();
        history.undo();
        history.redo();
        type(v1, "Fresh bread");
        history.undo();
        assertEquals("Fresh", v1.getText());
        assertFalse(history.isDirty());
    }

    @Test
    void typingTagsMerges() {
        v1.changeTags(List.of("a"));
        v1.changeTags(List.of("a", "b"));
        assertEquals(1, history.undoCount());
        history.undo();
        assertEquals(List.of(), v1.tagsProperty().get());
    }

    @Test
    void typingInsideACompoundMergesIntoOneEditOfThatStep() {
        history.compound("Fill in", () -> type(v1, "Fresh"));
        assertEquals(1, history.undoCount());
        assertEquals("Fill in", history.undoDescriptionProperty().get());
        history.undo();
        assertEquals("v1", v1.getText());
    }

    @Test
    void typingAfterACompoundStartsANewUndoStep() {
        project.getCurrentCanvas().colorCards(List.of(v1, v2), CardColor.PINK);
        v1.changeText("Fresh");
        assertEquals(2, history.undoCount());
        history.undo();
        assertEquals(CardColor.PINK, v1.getColor());
        assertEquals("v1", v1.getText());
    }

    @Test
    void typingInABlockAfterAddingACardKeepsTheAddSeparate() {
        CardViewModel added = project.getCurrentCanvas().addCard(BlockType.CHANNELS, 0, "");
        type(added, "Market stall");
        assertEquals(2, history.undoCount());
        history.undo();
        assertEquals("", added.getText());
        assertTrue(project.getCurrentCanvas().findCard(added.id()).isPresent());
    }
}
