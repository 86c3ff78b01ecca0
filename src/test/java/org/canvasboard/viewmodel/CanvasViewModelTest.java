package org.canvasboard.viewmodel;

import org.canvasboard.model.BlockType;
import org.canvasboard.model.Canvas;
import org.canvasboard.model.CanvasKind;
import org.canvasboard.model.Card;
import org.canvasboard.model.CardColor;
import org.canvasboard.model.EvidenceStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.canvasboard.model.BlockType.*;
import static org.canvasboard.viewmodel.Fixtures.find;
import static org.canvasboard.viewmodel.Fixtures.texts;
import static org.junit.jupiter.api.Assertions.*;

class CanvasViewModelTest {
    private EditHistory history;
    private CanvasViewModel canvas;
    private Canvas start;

    @BeforeEach
    void setUp() {
        history = new EditHistory();
        start = Fixtures.sampleCanvas("today", "Today");
        canvas = new CanvasViewModel(start, history);
    }

    private CardViewModel card(String id) {
        return find(canvas, id);
    }

    private List<CardViewModel> cards(String... ids) {
        return java.util.Arrays.stream(ids).map(this::card).toList();
    }

    @Test
    void mirrorsTheModelCanvas() {
        assertEquals(start, canvas.toModel());
    }

    @Test
    void blocksFollowTheReadingOrderOfTheKind() {
        assertEquals(CanvasKind.BUSINESS_MODEL.blocks(), canvas.blocks().stream().map(BlockViewModel::type).toList());
    }

    @Test
    void blockOutsideTheKindIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> canvas.block(KPIS));
    }

    @Test
    void blockCardListIsReadOnly() {
        assertThrows(UnsupportedOperationException.class, () -> canvas.block(CHANNELS).cards().clear());
    }

    // --- add and paste ---

    @Test
    void addCardInsertsAtTheIndex() {
        CardViewModel added = canvas.addCard(VALUE_PROPOSITIONS, 1, "New");
        assertEquals(List.of("v1", "New", "v2", "v3", "v4"), texts(canvas, VALUE_PROPOSITIONS));
        assertEquals(1, canvas.indexOf(added));
        assertEquals(VALUE_PROPOSITIONS, canvas.blockOf(added).orElseThrow());
    }

    @Test
    void addCardClampsTheIndex() {
        canvas.addCard(CHANNELS, 99, "Last");
        canvas.addCard(CHANNELS, -5, "First");
        assertEquals(List.of("First", "c1", "Last"), texts(canvas, CHANNELS));
    }

    @Test
    void addCardUndoRemovesIt() {
        canvas.addCard(CHANNELS, 0, "Stall");
        assertEquals("Add card to Channels", history.undoDescriptionProperty().get());
        history.undo();
        assertEquals(start, canvas.toModel());
    }

    @Test
    void pasteCardsGivesFreshIdsAndKeepsContent() {
        Card original = new Card("v1", "Fresh", "notes", CardColor.PINK, List.of("t"), EvidenceStatus.VALIDATED);
        List<CardViewModel> pasted = canvas.pasteCards(CHANNELS, 1, List.of(original, original));
        assertEquals(2, pasted.size());
        Set<String> ids = new HashSet<>();
        canvas.allCards().forEach(c -> assertTrue(ids.add(c.id()), "duplicate id " + c.id()));
        for (CardViewModel c : pasted) {
            assertNotEquals("v1", c.id());
            assertEquals(original.withId(c.id()), c.toModel());
        }
        assertEquals(List.of("c1", "Fresh", "Fresh"), texts(canvas, CHANNELS));
    }

    @Test
    void pasteOfSeveralCardsIsOneUndoStep() {
        canvas.pasteCards(CHANNELS, 0, List.of(Fixtures.card("a"), Fixtures.card("b")));
        assertEquals(1, history.undoCount());
        assertEquals("Paste 2 cards", history.undoDescriptionProperty().get());
        history.undo();
        assertEquals(start, canvas.toModel());
    }

    // --- delete ---

    @Test
    void deleteCardsAcrossBlocksIsOneUndoStep() {
        canvas.deleteCards(cards("p1", "v3", "s2"));
        assertEquals(List.of("p2"), texts(canvas, KEY_PARTNERS));
        assertEquals(List.of("v1", "v2", "v4"), texts(canvas, VALUE_PROPOSITIONS));
        assertEquals(List.of("s1"), texts(canvas, CUSTOMER_SEGMENTS));
        assertEquals(1, history.undoCount());
        assertEquals("Delete 3 cards", history.undoDescriptionProperty().get());
    }

    @Test
    void undoOfDeleteRestoresExactPositions() {
        canvas.deleteCards(cards("p1", "v2", "v4", "s2"));
        history.undo();
        assertEquals(start, canvas.toModel());
    }

    @Test
    void deletingNothingRecordsNothing() {
        canvas.deleteCards(List.of());
        canvas.deleteCards(List.of(new CardViewModel(Fixtures.card("elsewhere"), history)));
        assertEquals(0, history.undoCount());
    }

    // --- move ---

    @Test
    void moveForwardWithinABlockLandsBeforeTheCardAtTheIndex() {
        canvas.moveCards(cards("v1"), VALUE_PROPOSITIONS, 3);
        assertEquals(List.of("v2", "v3", "v1", "v4"), texts(canvas, VALUE_PROPOSITIONS));
    }

    @Test
    void moveBackwardWithinABlockLandsBeforeTheCardAtTheIndex() {
        canvas.moveCards(cards("v4"), VALUE_PROPOSITIONS, 1);
        assertEquals(List.of("v1", "v4", "v2", "v3"), texts(canvas, VALUE_PROPOSITIONS));
    }

    @Test
    void moveToTheEndOfTheSameBlock() {
        canvas.moveCards(cards("v2"), VALUE_PROPOSITIONS, 4);
        assertEquals(List.of("v1", "v3", "v4", "v2"), texts(canvas, VALUE_PROPOSITIONS));
    }

    @Test
    void moveOntoItsOwnPlaceRecordsNothing() {
        canvas.moveCards(cards("v2"), VALUE_PROPOSITIONS, 1);
        canvas.moveCards(cards("v2"), VALUE_PROPOSITIONS, 2);
        assertEquals(start, canvas.toModel());
        assertEquals(0, history.undoCount());
    }

    @Test
    void moveToAnotherBlock() {
        canvas.moveCards(cards("v2"), CHANNELS, 0);
        assertEquals(List.of("v1", "v3", "v4"), texts(canvas, VALUE_PROPOSITIONS));
        assertEquals(List.of("v2", "c1"), texts(canvas, CHANNELS));
    }

    @Test
    void moveToAnEmptyBlockWithAHugeIndex() {
        canvas.moveCards(cards("c1"), REVENUE_STREAMS, Integer.MAX_VALUE);
        assertEquals(List.of("c1"), texts(canvas, REVENUE_STREAMS));
        assertEquals(List.of(), texts(canvas, CHANNELS));
    }

    @Test
    void moveOfCardsFromSeveralBlocksKeepsCanvasOrder() {
        // given in a scrambled order; they land in reading order
        canvas.moveCards(cards("s1", "v3", "p2"), CHANNELS, 1);
        assertEquals(List.of("c1", "p2", "v3", "s1"), texts(canvas, CHANNELS));
        assertEquals(List.of("p1"), texts(canvas, KEY_PARTNERS));
        assertEquals(List.of("v1", "v2", "v4"), texts(canvas, VALUE_PROPOSITIONS));
        assertEquals(List.of("s2"), texts(canvas, CUSTOMER_SEGMENTS));
    }

    @Test
    void moveOfSeveralCardsIsOneUndoStep() {
        canvas.moveCards(cards("s1", "v3", "p2"), CHANNELS, 1);
        assertEquals(1, history.undoCount());
        assertEquals("Move 3 cards", history.undoDescriptionProperty().get());
        history.undo();
        assertEquals(start, canvas.toModel());
    }

    @Test
    void moveOfSeveralCardsWithinABlockCountsTheIndexBeforeTheMove() {
        canvas.moveCards(cards("v1", "v2"), VALUE_PROPOSITIONS, 3);
        assertEquals(List.of("v3", "v1", "v2", "v4"), texts(canvas, VALUE_PROPOSITIONS));
    }

    @Test
    void moveIgnoresCardsNotOnTheCanvas() {
        CardViewModel stranger = new CardViewModel(Fixtures.card("x"), history);
        canvas.moveCards(List.of(stranger), CHANNELS, 0);
        assertEquals(0, history.undoCount());
        assertEquals(start, canvas.toModel());
    }

    // --- reorder ---

    @Test
    void reorderUpSwapsWithThePreviousCard() {
        canvas.reorderCards(cards("v3"), -1);
        assertEquals(List.of("v1", "v3", "v2", "v4"), texts(canvas, VALUE_PROPOSITIONS));
    }

    @Test
    void reorderDownSwapsWithTheNextCard() {
        canvas.reorderCards(cards("v2"), +1);
        assertEquals(List.of("v1", "v3", "v2", "v4"), texts(canvas, VALUE_PROPOSITIONS));
    }

    @Test
    void reorderUpOfTheTopCardDoesNothing() {
        canvas.reorderCards(cards("v1"), -1);
        assertEquals(start, canvas.toModel());
        assertEquals(0, history.undoCount());
    }

    @Test
    void reorderDownOfTheBottomCardDoesNothing() {
        canvas.reorderCards(cards("v4"), +1);
        assertEquals(start, canvas.toModel());
        assertEquals(0, history.undoCount());
    }

    @Test
    void reorderUpOfATopGroupKeepsTheGroupAtTheTop() {
        canvas.reorderCards(cards("v1", "v2"), -1);
        assertEquals(List.of("v1", "v2", "v3", "v4"), texts(canvas, VALUE_PROPOSITIONS));
    }

    @Test
    void reorderMovesAGroupTogether() {
        canvas.reorderCards(cards("v2", "v3"), +1);
        assertEquals(List.of("v1", "v4", "v2", "v3"), texts(canvas, VALUE_PROPOSITIONS));
    }

    @Test
    void reorderInSeveralBlocksIsOneUndoStep() {
        canvas.reorderCards(cards("p2", "v4", "s2"), -1);
        assertEquals(List.of("p2", "p1"), texts(canvas, KEY_PARTNERS));
        assertEquals(List.of("v1", "v2", "v4", "v3"), texts(canvas, VALUE_PROPOSITIONS));
        assertEquals(List.of("s2", "s1"), texts(canvas, CUSTOMER_SEGMENTS));
        assertEquals(1, history.undoCount());
        history.undo();
        assertEquals(start, canvas.toModel());
    }

    // --- neighbour block ---

    @Test
    void moveToNextBlockAppendsInTheNextBlockInReadingOrder() {
        canvas.moveCardsToNeighbourBlock(cards("c1"), +1);
        assertEquals(List.of("s1", "s2", "c1"), texts(canvas, CUSTOMER_SEGMENTS));
    }

    @Test
    void moveToPreviousBlockAppendsInThePreviousBlockInReadingOrder() {
        canvas.moveCardsToNeighbourBlock(cards("v2"), -1);
        assertEquals(List.of("v2"), texts(canvas, KEY_RESOURCES));
    }

    @Test
    void moveToPreviousBlockFromTheFirstBlockDoesNothing() {
        canvas.moveCardsToNeighbourBlock(cards("p1"), -1);
        assertEquals(start, canvas.toModel());
        assertEquals(0, history.undoCount());
    }

    @Test
    void moveToNextBlockFromTheLastBlockDoesNothing() {
        CardViewModel last = canvas.addCard(REVENUE_STREAMS, 0, "Subscriptions");
        Canvas before = canvas.toModel();
        canvas.moveCardsToNeighbourBlock(List.of(last), +1);
        assertEquals(before, canvas.toModel());
        assertEquals(1, history.undoCount());
    }

    // --- colour, mark, rename ---

    @Test
    void colouringSeveralCardsIsOneUndoStep() {
        canvas.colorCards(cards("p1", "v2", "s1"), CardColor.BLUE);
        assertEquals(List.of(CardColor.BLUE, CardColor.BLUE, CardColor.BLUE),
                cards("p1", "v2", "s1").stream().map(CardViewModel::getColor).toList());
        assertEquals(1, history.undoCount());
        assertEquals("Colour 3 cards", history.undoDescriptionProperty().get());
        history.undo();
        assertEquals(start, canvas.toModel());
    }

    @Test
    void colouringNoCardsRecordsNothing() {
        canvas.colorCards(List.of(), CardColor.BLUE);
        assertEquals(0, history.undoCount());
    }

    @Test
    void markingSeveralCardsIsOneUndoStep() {
        canvas.markCards(cards("v1", "v2"), EvidenceStatus.INVALIDATED);
        assertEquals(EvidenceStatus.INVALIDATED, card("v2").getStatus());
        assertEquals(1, history.undoCount());
        history.undo();
        assertEquals(start, canvas.toModel());
    }

    @Test
    void renameStripsAndCanBeUndone() {
        canvas.rename("  Next year ");
        assertEquals("Next year", canvas.getName());
        history.undo();
        assertEquals("Today", canvas.getName());
    }

    @Test
    void renameIgnoresBlankAndUnchangedNames() {
        canvas.rename("   ");
        canvas.rename(null);
        canvas.rename("Today");
        assertEquals("Today", canvas.getName());
        assertEquals(0, history.undoCount());
    }

    @Test
    void toModelReflectsEveryKindOfEdit() {
        canvas.rename("Plan");
        card("v1").changeText("Fresh");
        card("v1").changeNotes("daily");
        card("v1").changeTags(List.of("food"));
        card("v1").changeColor(CardColor.GREEN);
        card("v1").changeStatus(EvidenceStatus.VALIDATED);
        canvas.moveCards(cards("c1"), KEY_PARTNERS, 0);
        canvas.deleteCards(cards("s2"));
        Canvas model = canvas.toModel();
        assertEquals("Plan", model.name());
        assertEquals(new Card("v1", "Fresh", "daily", CardColor.GREEN, List.of("food"), EvidenceStatus.VALIDATED),
                model.cards(VALUE_PROPOSITIONS).get(0));
        assertEquals(List.of("c1", "p1", "p2"), model.cards(KEY_PARTNERS).stream().map(Card::id).toList());
        assertEquals(List.of(), model.cards(CHANNELS));
        assertEquals(List.of("s1"), model.cards(CUSTOMER_SEGMENTS).stream().map(Card::id).toList());
    }

    @Test
    void productCanvasHasAllThirteenBlocks() {
        CanvasViewModel product = new CanvasViewModel(
                new Canvas("p", "Product", CanvasKind.PRODUCT, Map.of(KPIS, List.of(Fixtures.card("k")))), history);
        assertEquals(13, product.blocks().size());
        assertEquals(List.of("k"), texts(product, KPIS));
        product.moveCardsToNeighbourBlock(List.of(find(product, "k")), +1);
        assertEquals(List.of("k"), texts(product, ECO_SOCIAL_BENEFITS));
    }
}
