package org.canvasboard.viewmodel;

import org.canvasboard.model.BlockType;
import org.canvasboard.model.Project;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.canvasboard.viewmodel.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rule the canvas keeps itself, whichever view asks: only a plain card in the Customer
 * Segments block may become a segment; anything else is refused and nothing is edited.
 */
class SegmentRuleTest {
    private final ProjectViewModel project = Fixtures.segmentProject();
    private final EditHistory history = project.history();
    private final CanvasViewModel today = project.canvases().get(0);

    private CardViewModel card(String id) {
        return find(today, id);
    }

    /** Runs a refused request and checks that it edited nothing and left nothing to undo. */
    private void refused(CardViewModel card) {
        Project before = project.toModel();
        int steps = history.undoCount();
        assertFalse(today.canMakeSegment(card), "may not become a segment");
        assertFalse(today.makeSegment(card), "refused");
        assertEquals(before, project.toModel(), "nothing changed");
        assertEquals(steps, history.undoCount(), "no undo step");
    }

    @Test
    void aPlainCardInCustomerSegmentsBecomesASegmentInOneUndoStep() {
        CardViewModel card = today.addCard(BlockType.CUSTOMER_SEGMENTS, 0, "Night-shift nurses");
        int steps = history.undoCount();
        assertTrue(today.canMakeSegment(card));

        assertTrue(today.makeSegment(card));
        assertTrue(card.isSegment());
        assertEquals(steps + 1, history.undoCount());
        assertFalse(today.canMakeSegment(card), "a segment already");

        history.undo();
        assertFalse(card.isSegment());
        assertTrue(today.canMakeSegment(card), "plain again after undo");
    }

    @Test
    void aCardInAnotherBlockIsRefused() {
        refused(card("v3"));
        refused(card("c1"));
        refused(card("p1"));
    }

    @Test
    void aSegmentIsRefused() {
        refused(card("s1"));
        refused(card("s2"));
    }

    @Test
    void aCardNotOnTheCanvasOrNoCardIsRefused() {
        refused(find(project.canvases().get(1), "n-vp"));
        refused(null);
    }

    @Test
    void theRuleFollowsTheCardWhereverItIsMoved() {
        CardViewModel card = card("v3");
        today.moveCards(List.of(card), BlockType.CUSTOMER_SEGMENTS, 0);
        assertTrue(today.canMakeSegment(card), "moved into Customer Segments");
        today.moveCards(List.of(card), BlockType.CHANNELS, 0);
        refused(card);
    }

    @Test
    void aSegmentWhoseDetailsWereRemovedMayBecomeOneAgain() {
        today.removeSegmentDetails(card("s2"));
        assertTrue(today.canMakeSegment(card("s2")));
        assertTrue(today.makeSegment(card("s2")));
        assertTrue(card("s2").isSegment());
    }
}
