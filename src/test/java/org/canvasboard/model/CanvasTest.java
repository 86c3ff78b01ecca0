package org.canvasboard.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class CanvasTest {

    @Test
    void rejectsABlockThatIsNotPartOfItsKind() {
        Map<BlockType, List<Card>> blocks = Map.of(BlockType.KPIS, List.of(Card.of("Churn")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Canvas("c1", "Today", CanvasKind.BUSINESS_MODEL, blocks));
        assertTrue(e.getMessage().contains("kpis"), e.getMessage());
    }

    @Test
    void acceptsProductBlocksOnAProductCanvas() {
        Canvas canvas = new Canvas("c1", "Today", CanvasKind.PRODUCT,
                Map.of(BlockType.KPIS, List.of(Card.of("Churn"))));
        assertEquals("Churn", canvas.cards(BlockType.KPIS).get(0).text());
    }

    @Test
    void fillsMissingBlocksWithEmptyLists() {
        Canvas canvas = new Canvas("c1", "Today", CanvasKind.PRODUCT,
                Map.of(BlockType.CHANNELS, List.of(Card.of("Web shop"))));
        assertEquals(CanvasKind.PRODUCT.blocks().size(), canvas.blocks().size());
        for (BlockType block : CanvasKind.PRODUCT.blocks()) {
            assertNotNull(canvas.blocks().get(block), block.id());
        }
        assertEquals(List.of(), canvas.cards(BlockType.KEY_PARTNERS));
        assertEquals(1, canvas.cardCount());
    }

    @Test
    void nullBlocksMakeAnEmptyCanvasAndNullNameBecomesEmpty() {
        Canvas canvas = new Canvas("c1", null, CanvasKind.BUSINESS_MODEL, null);
        assertEquals("", canvas.name());
        assertEquals(9, canvas.blocks().size());
        assertEquals(0, canvas.cardCount());
    }

    @Test
    void keepsItsOwnCopyOfTheCardLists() {
        List<Card> cards = new ArrayList<>(List.of(Card.of("A")));
        Canvas canvas = new Canvas("c1", "Today", CanvasKind.BUSINESS_MODEL, Map.of(BlockType.CHANNELS, cards));
        cards.add(Card.of("B"));
        assertEquals(1, canvas.cards(BlockType.CHANNELS).size());
        assertThrows(UnsupportedOperationException.class, () -> canvas.cards(BlockType.CHANNELS).add(Card.of("C")));
    }

    @Test
    void canvasesWithTheSameContentAreEqual() {
        Card card = Card.of("Ads");
        Canvas a = new Canvas("c1", "Today", CanvasKind.BUSINESS_MODEL, Map.of(BlockType.CHANNELS, List.of(card)));
        Canvas b = new Canvas("c1", "Today", CanvasKind.BUSINESS_MODEL,
                Map.of(BlockType.CHANNELS, List.of(card), BlockType.KEY_PARTNERS, List.of()));
        assertEquals(a, b);
    }

    @Test
    void emptyCanvasGetsAFreshId() {
        Canvas a = Canvas.empty("A", CanvasKind.BUSINESS_MODEL);
        Canvas b = Canvas.empty("A", CanvasKind.BUSINESS_MODEL);
        assertNotEquals(a.id(), b.id());
        assertTrue(a.id().startsWith("canvas-"), a.id());
    }

    @Test
    void blankProjectHasOneEmptyBusinessModelCanvas() {
        Project project = Project.blank();
        assertEquals(1, project.canvases().size());
        assertEquals(CanvasKind.BUSINESS_MODEL, project.canvases().get(0).kind());
        assertEquals(0, project.cardCount());
    }
}
