package org.canvasboard.viewmodel;

import org.canvasboard.model.BlockType;
import org.canvasboard.model.Card;
import org.canvasboard.model.Project;
import org.canvasboard.model.SegmentColor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.canvasboard.viewmodel.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Links between cards and segments, segments and segments, and personas and segments: made and
 * removed in every direction as one undo step each, cleaned up when a segment goes away, and
 * carried over to the right copies by paste and by duplicating a canvas.
 */
class SegmentLinksTest {
    private final ProjectViewModel project = Fixtures.segmentProject();
    private final EditHistory history = project.history();
    private final CanvasViewModel today = project.canvases().get(0);
    private final CanvasViewModel next = project.canvases().get(1);

    private CardViewModel card(String id) {
        return find(today, id);
    }

    /** Runs an action that must be exactly one undo step, and checks undo and redo replay it. */
    private Project oneStep(Runnable action) {
        Project before = project.toModel();
        int steps = history.undoCount();
        action.run();
        Project after = project.toModel();
        assertNotEquals(before, after, "the action changed nothing");
        assertEquals(steps + 1, history.undoCount(), "one undo step");
        history.undo();
        assertEquals(before, project.toModel(), "undo restores everything");
        history.redo();
        assertEquals(after, project.toModel(), "redo brings the change back");
        return after;
    }

    private void noChange(Runnable action) {
        Project before = project.toModel();
        int steps = history.undoCount();
        action.run();
        assertEquals(before, project.toModel());
        assertEquals(steps, history.undoCount(), "no undo step for nothing");
    }

    // --- card -> segment ---

    @Test
    void aCardLinksToASegmentAndUnlinks() {
        oneStep(() -> card("v2").linkSegment(card("s2")));
        assertEquals(List.of("s2"), card("v2").getSegmentLinks());
        assertTrue(card("v2").isLinkedTo(card("s2")));
        assertEquals(List.of(card("v2")), today.linkedTo(card("s2")));
        assertEquals(List.of(card("s2")), today.segmentsOf(card("v2")));

        oneStep(() -> card("v2").linkSegment(card("s1")));
        assertEquals(List.of("s2", "s1"), card("v2").getSegmentLinks());
        assertEquals(List.of(card("s1"), card("s2")), today.segmentsOf(card("v2")), "in canvas order");
        assertEquals(List.of(card("v1"), card("v2"), card("c1"), card("s2")), today.linkedTo(card("s1")));

        oneStep(() -> card("v2").unlinkSegment("s2"));
        assertEquals(List.of("s1"), card("v2").getSegmentLinks());
        assertEquals(List.of(), today.linkedTo(card("s2")));
    }

    @Test
    void linkingToAPlainCardToItselfOrTwiceAndUnlinkingWhatIsNotLinkedDoNothing() {
        noChange(() -> card("v2").linkSegment(card("v3")));
        noChange(() -> card("s1").linkSegment(card("s1")));
        noChange(() -> card("v1").linkSegment(card("s1")));
        noChange(() -> card("v2").unlinkSegment("s1"));
        noChange(() -> card("v2").unlinkSegment("no-such-card"));
    }

    // --- segment -> segment ---

    @Test
    void segmentsLinkToEachOtherInBothDirections() {
        assertEquals(List.of("s1"), card("s2").getSegmentLinks());
        oneStep(() -> card("s1").linkSegment(card("s2")));
        assertEquals(List.of(card("s1")), today.linkedTo(card("s2")));
        assertEquals(List.of(card("s2")), today.segmentsOf(card("s1")));
        assertEquals(List.of(card("s1")), today.segmentsOf(card("s2")));
        oneStep(() -> card("s2").unlinkSegment("s1"));
        assertEquals(List.of(card("v1"), card("c1")), today.linkedTo(card("s1")));
        assertEquals(List.of("s2"), card("s1").getSegmentLinks());
    }

    // --- persona <-> segment ---

    @Test
    void personasLinkToSegmentsFromTheSegmentSideAndTheProjectSeesIt() {
        PersonaViewModel maya = project.persona("maya").orElseThrow();
        PersonaViewModel tom = project.persona("tom").orElseThrow();
        assertEquals(List.of(card("s1"), card("s2"), find(next, "n-seg")), project.segmentsOf(maya));
        assertEquals(List.of(card("s2")), project.segmentsOf(tom));

        SegmentViewModel s1 = new SegmentViewModel(card("s1"));
        oneStep(() -> s1.linkPersona(tom));
        assertTrue(s1.hasPersona(tom));
        assertEquals(List.of("maya", "tom"), s1.get().personaIds());
        assertEquals(List.of(card("s1"), card("s2")), project.segmentsOf(tom));
        noChange(() -> s1.linkPersona(tom));

        oneStep(() -> new SegmentViewModel(find(next, "n-seg")).unlinkPersona(maya));
        assertEquals(List.of(card("s1"), card("s2")), project.segmentsOf(maya));
        noChange(() -> new SegmentViewModel(find(next, "n-seg")).unlinkPersona(maya));
    }

    @Test
    void aNewPersonaLinksToSegmentsOnEveryCanvas() {
        PersonaViewModel sam = project.addPersona("Sam");
        oneStep(() -> new SegmentViewModel(find(next, "n-seg")).linkPersona(sam));
        oneStep(() -> new SegmentViewModel(card("s2")).linkPersona(sam));
        assertEquals(List.of(card("s2"), find(next, "n-seg")), project.segmentsOf(sam));
    }

    // --- a segment going away ---

    @Test
    void deletingASegmentRemovesTheLinksToItInOneUndoStep() {
        Project after = oneStep(() -> today.deleteCards(List.of(card("s1"))));
        assertTrue(today.findCard("s1").isEmpty());
        assertEquals(List.of(), card("v1").getSegmentLinks());
        assertEquals(List.of(), card("c1").getSegmentLinks());
        assertEquals(List.of(), card("s2").getSegmentLinks());
        assertTrue(after.canvases().get(0).kind().blocks().stream().flatMap(b -> after.canvases().get(0).cards(b).stream())
                .allMatch(c -> c.segmentLinks().isEmpty()));
        assertEquals(List.of("n-seg"), find(next, "n-vp").getSegmentLinks(), "other canvases are untouched");
        history.undo();
        assertEquals(List.of("s1"), card("v1").getSegmentLinks());
        assertEquals(List.of(card("v1"), card("c1"), card("s2")), today.linkedTo(card("s1")));
    }

    @Test
    void deletingASegmentTogetherWithCardsThatLinkToItIsOneStep() {
        oneStep(() -> today.deleteCards(List.of(card("v1"), card("s1"), card("p1"))));
        assertEquals(List.of(), card("c1").getSegmentLinks());
        assertEquals(List.of(), card("s2").getSegmentLinks());
    }

    @Test
    void deletingAPlainCardKeepsTheOtherLinks() {
        oneStep(() -> today.deleteCards(List.of(card("v1"))));
        assertEquals(List.of(card("c1"), card("s2")), today.linkedTo(card("s1")));
    }

    @Test
    void deletingTheSelectionWithASegmentRemovesItsLinks() {
        project.selection().selectAll(List.of(card("s2")));
        oneStep(project::deleteSelection);
        assertEquals(List.of(card("v1"), card("c1")), today.linkedTo(card("s1")));
    }

    @Test
    void removingSegmentDetailsRemovesTheLinksToItInOneUndoStep() {
        CardViewModel s1 = card("s1");
        oneStep(() -> today.removeSegmentDetails(s1));
        assertFalse(s1.isSegment());
        assertNull(s1.getSegment());
        assertEquals(List.of(), card("v1").getSegmentLinks());
        assertEquals(List.of(), card("c1").getSegmentLinks());
        assertEquals(List.of(), card("s2").getSegmentLinks());
        assertEquals(List.of(card("s2")), today.segments());
        history.undo();
        assertTrue(s1.isSegment());
        assertEquals(List.of("maya"), s1.getSegment().personaIds());
        assertEquals(List.of(card("v1"), card("c1"), card("s2")), today.linkedTo(s1));
        noChange(() -> today.removeSegmentDetails(card("v1")));
    }

    @Test
    void aSegmentsOwnLinksStayWhenItsDetailsAreRemoved() {
        oneStep(() -> today.removeSegmentDetails(card("s2")));
        assertEquals(List.of("s1"), card("s2").getSegmentLinks(), "a plain card may link to a segment");
    }

    @Test
    void makingASegmentIsOneStepAndPicksAFreeColour() {
        // only a card in Customer Segments may become a segment: v3 goes there first, before s1
        today.moveCards(List.of(card("v3")), BlockType.CUSTOMER_SEGMENTS, 0);
        oneStep(() -> today.makeSegment(card("v3")));
        assertTrue(card("v3").isSegment());
        assertEquals(SegmentColor.TEAL, card("v3").getSegment().color(), "blue and orange are taken");
        assertEquals(List.of(card("v3"), card("s1"), card("s2")), today.segments());
        noChange(() -> today.makeSegment(card("v3")));
        oneStep(() -> card("v4").linkSegment(card("v3")));
    }

    // --- copies ---

    private static List<Card> models(CardViewModel... cards) {
        return java.util.Arrays.stream(cards).map(CardViewModel::toModel).toList();
    }

    @Test
    void aCardPastedOnItsCanvasKeepsItsLinksToSegmentsThere() {
        List<Card> clip = models(card("v1"));
        List<CardViewModel> pasted = today.pasteCards(BlockType.KEY_PARTNERS, 0, clip);
        assertEquals(List.of("s1"), pasted.get(0).getSegmentLinks());
        assertNotEquals("v1", pasted.get(0).id());
        assertEquals(4, today.linkedTo(card("s1")).size());
    }

    @Test
    void aSegmentPastedWithCardsLinkedToItIsLinkedToByTheCopies() {
        List<Card> clip = models(card("v1"), card("s1"), card("s2"));
        Project before = project.toModel();
        List<CardViewModel> pasted = today.pasteCards(BlockType.CHANNELS, 99, clip);
        CardViewModel v1Copy = pasted.get(0);
        CardViewModel s1Copy = pasted.get(1);
        CardViewModel s2Copy = pasted.get(2);
        assertEquals(List.of(s1Copy.id()), v1Copy.getSegmentLinks());
        assertEquals(List.of(s1Copy.id()), s2Copy.getSegmentLinks());
        assertTrue(s1Copy.isSegment());
        assertEquals(card("s1").getSegment(), s1Copy.getSegment());
        assertEquals(List.of(card("v1"), card("c1"), card("s2")), today.linkedTo(card("s1")), "originals untouched");
        history.undo();
        assertEquals(before, project.toModel());
    }

    @Test
    void aCardPastedOnAnotherCanvasDropsLinksToSegmentsNotThere() {
        List<Card> clip = models(card("v1"), card("c1"), card("s1"));
        List<CardViewModel> alone = next.pasteCards(BlockType.KEY_PARTNERS, 0, models(card("v1")));
        assertEquals(List.of(), alone.get(0).getSegmentLinks());
        List<CardViewModel> together = next.pasteCards(BlockType.CHANNELS, 0, clip);
        String s1Copy = together.get(2).id();
        assertEquals(List.of(s1Copy), together.get(0).getSegmentLinks());
        assertEquals(List.of(s1Copy), together.get(1).getSegmentLinks());
        assertEquals(List.of(together.get(0), together.get(1)), next.linkedTo(together.get(2)));
    }

    @Test
    void aSegmentCopiedBeforeItsPersonaWasDeletedIsPastedWithoutIt() {
        List<Card> clip = models(card("s1"), card("s2"));
        project.deletePersona(project.persona("maya").orElseThrow());
        List<CardViewModel> pasted = next.pasteCards(BlockType.CUSTOMER_SEGMENTS, 0, clip);
        assertEquals(List.of(), pasted.get(0).getSegment().personaIds());
        assertEquals(List.of("tom"), pasted.get(1).getSegment().personaIds());
        var holder = pasted.get(0).getSegment().roles().get(0);
        assertNull(holder.personaId());
        assertEquals(List.of(org.canvasboard.model.PurchaseRole.USER, org.canvasboard.model.PurchaseRole.BUYER),
                holder.roles());
        assertEquals("tom", pasted.get(1).getSegment().roles().get(0).personaId());
    }

    @Test
    void cutAndPasteOfASegmentLeavesNoLinkToTheCutCard() {
        project.selection().selectAll(List.of(card("s1")));
        List<Card> clip = project.cutSelection();
        project.selection().clear();
        List<CardViewModel> pasted = project.paste(clip, BlockType.CUSTOMER_SEGMENTS);
        Set<String> ids = new java.util.HashSet<>(today.allCards().map(CardViewModel::id).toList());
        today.allCards().forEach(c -> assertTrue(ids.containsAll(c.getSegmentLinks()), c + " links to a missing card"));
        assertTrue(pasted.get(0).isSegment());
    }

    @Test
    void aDuplicatedCanvasLinksToItsOwnCopies() {
        Project before = project.toModel();
        CanvasViewModel copy = project.duplicateCanvas(today);
        assertEquals(before.canvases().get(0), today.toModel(), "the original is unchanged");
        Set<String> originalIds = Set.copyOf(today.allCards().map(CardViewModel::id).toList());
        Set<String> copyIds = Set.copyOf(copy.allCards().map(CardViewModel::id).toList());
        for (CardViewModel c : copy.allCards().toList()) {
            assertFalse(originalIds.contains(c.id()));
            assertTrue(copyIds.containsAll(c.getSegmentLinks()), c + " links outside its canvas");
        }
        // the same shape: card i of the copy links to the copies of what card i of the original links to
        List<CardViewModel> originals = today.allCards().toList();
        List<CardViewModel> copies = copy.allCards().toList();
        for (int i = 0; i < originals.size(); i++) {
            List<Integer> linkedOriginal = originals.get(i).getSegmentLinks().stream()
                    .map(id -> originals.indexOf(find(today, id))).toList();
            List<Integer> linkedCopy = copies.get(i).getSegmentLinks().stream()
                    .map(id -> copies.indexOf(find(copy, id))).toList();
            assertEquals(linkedOriginal, linkedCopy, "card " + i);
            assertEquals(originals.get(i).getSegment(), copies.get(i).getSegment(), "segment details are copied");
        }
        PersonaViewModel maya = project.persona("maya").orElseThrow();
        assertEquals(5, project.segmentsOf(maya).size(), "the copied segments keep their personas");
        history.undo();
        assertEquals(before, project.toModel());
    }
}
