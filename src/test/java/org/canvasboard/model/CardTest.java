package org.canvasboard.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CardTest {

    @Test
    void newCardIsAYellowHypothesisWithoutNotesOrTags() {
        Card card = Card.of("Freemium");
        assertEquals("Freemium", card.text());
        assertEquals("", card.notes());
        assertEquals(CardColor.YELLOW, card.color());
        assertEquals(List.of(), card.tags());
        assertEquals(EvidenceStatus.HYPOTHESIS, card.status());
        assertTrue(card.id().startsWith("card-"), card.id());
    }

    @Test
    void nullFieldsBecomeDefaults() {
        Card card = new Card("c", null, null, null, null, null);
        assertEquals(new Card("c", "", "", CardColor.YELLOW, List.of(), EvidenceStatus.HYPOTHESIS), card);
    }

    @Test
    void newCardsGetDistinctIds() {
        assertNotEquals(Card.of("a").id(), Card.of("a").id());
    }

    @Test
    void tagsAreCopiedAndUnmodifiable() {
        List<String> tags = new ArrayList<>(List.of("b2b"));
        Card card = Card.of("x").withTags(tags);
        tags.add("risky");
        assertEquals(List.of("b2b"), card.tags());
        assertThrows(UnsupportedOperationException.class, () -> card.tags().add("y"));
    }

    @Test
    void withersChangeOnlyTheirField() {
        Card card = Card.of("x");
        Card changed = card.withText("y").withNotes("n").withColor(CardColor.BLUE)
                .withTags(List.of("t")).withStatus(EvidenceStatus.VALIDATED);
        assertEquals(new Card(card.id(), "y", "n", CardColor.BLUE, List.of("t"), EvidenceStatus.VALIDATED), changed);
        assertEquals(new Card("other", "y", "n", CardColor.BLUE, List.of("t"), EvidenceStatus.VALIDATED),
                changed.withId("other"));
    }

    @Test
    void blockTypeIdsRoundTrip() {
        for (BlockType type : BlockType.values()) {
            assertEquals(type, BlockType.fromId(type.id()).orElseThrow());
        }
        assertTrue(BlockType.fromId("KEY_PARTNERS").isEmpty());
        assertTrue(BlockType.fromId(null).isEmpty());
    }

    @Test
    void cardColorIdsRoundTrip() {
        for (CardColor color : CardColor.values()) {
            assertEquals(color, CardColor.fromId(color.id()).orElseThrow());
        }
        assertTrue(CardColor.fromId("red").isEmpty());
    }

    @Test
    void evidenceStatusIdsRoundTrip() {
        for (EvidenceStatus status : EvidenceStatus.values()) {
            assertEquals(status, EvidenceStatus.fromId(status.id()).orElseThrow());
        }
        assertEquals(List.of("hypothesis", "validated", "invalidated"),
                List.of(EvidenceStatus.values()).stream().map(EvidenceStatus::id).toList());
        assertTrue(EvidenceStatus.fromId("Validated").isEmpty());
    }

    @Test
    void idsAreDistinctWithinAType() {
        assertEquals(BlockType.values().length, List.of(BlockType.values()).stream().map(BlockType::id).distinct().count());
        assertEquals(CardColor.values().length, List.of(CardColor.values()).stream().map(CardColor::id).distinct().count());
    }
}
