package org.canvasboard.viewmodel;

import org.canvasboard.model.CardColor;
import org.canvasboard.model.EvidenceStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.canvasboard.viewmodel.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The card details' screen viewmodel: it follows the lead card, edits it, and colours or marks the whole selection. */
class CardDetailsViewModelTest {
    private final ProjectViewModel project = Fixtures.sampleProject();
    private final EditHistory history = project.history();
    private final CanvasViewModel today = project.getCurrentCanvas();
    private final CardDetailsViewModel details = new CardDetailsViewModel(project);
    private final CardViewModel v1 = find(today, "v1");
    private final CardViewModel v2 = find(today, "v2");

    @Test
    void showsTheLeadCardsValuesAndFollowsItsChanges() {
        assertNull(details.getCard());
        assertEquals("", details.textProperty().get());
        project.selection().select(v1);
        assertSame(v1, details.getCard());
        assertEquals("v1", details.textProperty().get());
        assertEquals(1, details.getSelectedCount());
        v1.changeNotes("ask the baker");
        assertEquals("ask the baker", details.notesProperty().get());
        history.undo();
        assertEquals("", details.notesProperty().get(), "an undo shows at once");
        project.selection().toggle(v2);
        assertSame(v2, details.getCard());
        assertEquals(2, details.getSelectedCount());
    }

    @Test
    void typingEditsTheLeadCardAndMergesPerField() {
        project.selection().select(v1);
        details.changeText("v1 b");
        details.changeText("v1 br");
        details.changeNotes("n");
        details.changeTags("risk, ");
        assertEquals("v1 br", v1.getText());
        assertEquals(List.of("risk"), v1.tagsProperty().get());
        assertEquals(3, history.undoCount());
        assertFalse(details.tagsDifferFrom("risk, "), "what is being typed names the card's tags");
        assertTrue(details.tagsDifferFrom("risk, b2b"));
        assertEquals("risk", details.tagText());
    }

    @Test
    void theShownValueComingBackIsNoEdit() {
        project.selection().select(v1);
        details.changeText("v1");
        details.changeNotes("");
        details.changeTags("");
        assertEquals(0, history.undoCount());
        project.selection().clear();
        details.changeText("into nothing");
        assertEquals(0, history.undoCount(), "no card, no edit");
    }

    @Test
    void colourAndEvidenceApplyToEverySelectedCardInOneStep() {
        project.selection().select(v1);
        project.selection().toggle(v2);
        details.changeColour(CardColor.GREEN);
        details.markStatus(EvidenceStatus.VALIDATED);
        assertEquals(2, history.undoCount());
        assertEquals(CardColor.GREEN, v1.getColor());
        assertEquals(EvidenceStatus.VALIDATED, v2.getStatus());
        assertEquals(EvidenceStatus.VALIDATED, details.statusProperty().get());
        history.undo();
        assertEquals(EvidenceStatus.HYPOTHESIS, v1.getStatus());
        assertEquals(EvidenceStatus.HYPOTHESIS, v2.getStatus());
        assertEquals(EvidenceStatus.HYPOTHESIS, details.statusProperty().get());
        history.undo();
        assertEquals(CardColor.YELLOW, v2.getColor());
        assertEquals(CardColor.YELLOW, details.colourProperty().get());
    }

    @Test
    void withNothingSelectedColourAndEvidenceDoNothing() {
        details.changeColour(CardColor.GREEN);
        details.markStatus(EvidenceStatus.VALIDATED);
        assertEquals(0, history.undoCount());
    }

    @Test
    void anotherCardStartsANewUndoStepForTyping() {
        project.selection().select(v1);
        details.changeText("v1 a");
        project.selection().select(v2);
        project.selection().select(v1);
        details.changeText("v1 ab");
        assertEquals(2, history.undoCount());
    }
}
