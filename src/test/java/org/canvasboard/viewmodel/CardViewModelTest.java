package org.canvasboard.viewmodel;

import org.canvasboard.model.Card;
import org.canvasboard.model.CardColor;
import org.canvasboard.model.EvidenceStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CardViewModelTest {
    private EditHistory history;
    private CardViewModel card;
    private Card before;

    @BeforeEach
    void setUp() {
        history = new EditHistory();
        before = new Card("k1", "Fresh bread", "Baked at 5", CardColor.ORANGE, List.of("food"), EvidenceStatus.HYPOTHESIS);
        card = new CardViewModel(before, history);
    }

    private CardViewModel cardWith(String text, String notes, List<String> tags) {
        return new CardViewModel(new Card("x", text, notes, null, tags, null), history);
    }

    @Test
    void mirrorsTheModelCard() {
        assertEquals(before, card.toModel());
    }

    @Test
    void changeTextAndUndo() {
        card.changeText("Sourdough");
        assertEquals(before.withText("Sourdough"), card.toModel());
        history.undo();
        assertEquals(before, card.toModel());
    }

    @Test
    void nullTextBecomesEmpty() {
        card.changeText(null);
        assertEquals("", card.getText());
    }

    @Test
    void changeNotesAndUndo() {
        card.changeNotes("Baked at 4");
        assertEquals(before.withNotes("Baked at 4"), card.toModel());
        history.undo();
        assertEquals(before, card.toModel());
    }

    @Test
    void changeColorAndUndo() {
        card.changeColor(CardColor.GREEN);
        assertEquals(CardColor.GREEN, card.getColor());
        assertEquals("Colour card green", history.undoDescriptionProperty().get());
        history.undo();
        assertEquals(before, card.toModel());
    }

    @Test
    void changeTagsAndUndo() {
        card.changeTags(List.of("food", "b2c"));
        assertEquals(List.of("food", "b2c"), card.tagsProperty().get());
        history.undo();
        assertEquals(before, card.toModel());
    }

    @Test
    void changeStatusAndUndo() {
        card.changeStatus(EvidenceStatus.VALIDATED);
        assertEquals(EvidenceStatus.VALIDATED, card.getStatus());
        assertEquals("Mark card validated", history.undoDescriptionProperty().get());
        history.undo();
        assertEquals(before, card.toModel());
    }

    @Test
    void colourChangesDoNotMerge() {
        card.changeColor(CardColor.GREEN);
        card.changeColor(CardColor.BLUE);
        assertEquals(2, history.undoCount());
        history.undo();
        assertEquals(CardColor.GREEN, card.getColor());
    }

    @Test
    void changingToTheSameValueRecordsNothing() {
        card.changeText("Fresh bread");
        card.changeNotes("Baked at 5");
        card.changeColor(CardColor.ORANGE);
        card.changeTags(List.of("#food"));
        card.changeStatus(EvidenceStatus.HYPOTHESIS);
        assertEquals(0, history.undoCount());
        assertFalse(history.isDirty());
    }

    @Test
    void tagsAreCleanedOfHashesBlanksAndDuplicates() {
        card.changeTags(List.of("#a", " b ", "", "a", "##c"));
        assertEquals(List.of("a", "b", "c"), card.tagsProperty().get());
    }

    @Test
    void tagTextParsesCommasSpacesAndHashes() {
        assertEquals(List.of("a", "b"), TagText.parse("#a, b  a"));
        assertEquals(List.of("pricing", "b2b", "risky"), TagText.parse(" pricing, b2b #risky "));
        assertEquals(List.of(), TagText.parse(null));
        assertEquals(List.of(), TagText.parse(" ,, # "));
    }

    @Test
    void tagTextFormatsWithCommas() {
        assertEquals("a, b", TagText.format(List.of("a", "b")));
        assertEquals(List.of("a", "b"), TagText.parse(TagText.format(List.of("a", "b"))));
    }

    @Test
    void nullColourIsRejected() {
        assertThrows(NullPointerException.class, () -> card.changeColor(null));
        assertEquals(0, history.undoCount());
    }

    @Test
    void matchesEveryWordInTextOrNotes() {
        CardViewModel c = cardWith("Fresh bread", "Baked at dawn", List.of());
        assertTrue(c.matches("bread dawn"));
        assertFalse(c.matches("bread dusk"));
    }

    @Test
    void matchesIgnoringCase() {
        CardViewModel c = cardWith("Fresh Bread", "", List.of());
        assertTrue(c.matches("fRESH bread"));
    }

    @Test
    void matchesPartsOfWords() {
        CardViewModel c = cardWith("Sourdough", "", List.of());
        assertTrue(c.matches("dough"));
    }

    @Test
    void plainWordAlsoMatchesATag() {
        CardViewModel c = cardWith("Fresh bread", "", List.of("Pricing"));
        assertTrue(c.matches("pricing"));
    }

    @Test
    void hashWordMatchesTagsOnly() {
        CardViewModel tagged = cardWith("Bread", "", List.of("risky"));
        CardViewModel mentions = cardWith("Bread is risky", "risky notes", List.of());
        assertTrue(tagged.matches("#risky"));
        assertTrue(tagged.matches("#RISK"));
        assertFalse(mentions.matches("#risky"));
    }

    @Test
    void blankQueryMatchesEverything() {
        CardViewModel c = cardWith("", "", List.of());
        assertTrue(c.matches(""));
        assertTrue(c.matches("   "));
        assertTrue(c.matches(null));
    }

    @Test
    void matchesTextAfterAnEdit() {
        card.changeText("Croissant");
        assertTrue(card.matches("croissant"));
        assertFalse(card.matches("bread"));
    }
}
