package org.canvasboard.viewmodel;

import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.canvasboard.viewmodel.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The card links' screen viewmodel: linked segments keyed by id, what can still be linked, link and unlink, the segment rule. */
class CardLinksViewModelTest {
    private final ProjectViewModel project = Fixtures.segmentProject();
    private final EditHistory history = project.history();
    private final CanvasViewModel today = project.canvases().get(0);
    private final CardLinksViewModel links = new CardLinksViewModel(project);
    private final CardViewModel v1 = find(today, "v1");
    private final CardViewModel s1 = find(today, "s1");
    private final CardViewModel s2 = find(today, "s2");

    private static List<String> ids(List<SegmentLabelViewModel> rows) {
        return rows.stream().map(SegmentLabelViewModel::id).toList();
    }

    @Test
    void followsTheLeadCardAndKeepsTheLastWhenNothingIsSelected() {
        project.selection().select(v1);
        assertSame(v1, links.getCard());
        assertEquals(List.of("s1"), ids(links.linked()));
        project.selection().clear();
        assertSame(v1, links.getCard());
    }

    @Test
    void linkAndUnlinkAreOneStepEachAndRowsStayTheSameObjects() {
        project.selection().select(v1);
        SegmentLabelViewModel first = links.linked().get(0);
        assertEquals(List.of(s2), links.linkable());
        links.link(s2);
        assertEquals(List.of("s1", "s2"), ids(links.linked()));
        assertSame(first, links.linked().get(0), "the chip already there is kept");
        assertEquals(List.of(), links.linkable());
        links.unlink("s1");
        assertEquals(List.of("s2"), ids(links.linked()));
        assertEquals(2, history.undoCount());
        history.undo();
        history.undo();
        assertEquals(List.of("s1"), ids(links.linked()));
        assertEquals(List.of("s1"), v1.getSegmentLinks());
    }

    @Test
    void aRenamedSegmentUpdatesItsRowWithoutChangingTheList() {
        project.selection().select(v1);
        SegmentLabelViewModel row = links.linked().get(0);
        AtomicInteger changes = new AtomicInteger();
        links.linked().addListener((ListChangeListener<SegmentLabelViewModel>) c -> changes.incrementAndGet());
        s1.changeText("Night nurses");
        find(today, "p2").changeText("Mill");
        assertEquals("Night nurses", row.getName());
        assertEquals(0, changes.get());
    }

    @Test
    void aCardIsNeverLinkedToItselfNorTwice() {
        project.selection().select(s1);
        assertEquals(List.of(s2), links.linkable(), "not itself");
        links.link(s1);
        project.selection().select(v1);
        links.link(s1);
        assertEquals(0, history.undoCount());
        links.link(find(today, "v2"));
        assertEquals(0, history.undoCount(), "a plain card is no segment to link to");
    }

    @Test
    void onlyAPlainCardInCustomerSegmentsMayBecomeASegment() {
        project.selection().select(v1);
        assertFalse(links.canOpenAsSegment());
        assertFalse(links.openAsSegment());
        assertFalse(v1.isSegment());
        project.selection().select(s1);
        assertFalse(links.canOpenAsSegment(), "already a segment");
        ProjectViewModel plain = Fixtures.sampleProject();
        CardLinksViewModel plainLinks = new CardLinksViewModel(plain);
        CardViewModel s = find(plain.getCurrentCanvas(), "s1");
        plain.selection().select(s);
        assertTrue(plainLinks.canOpenAsSegment());
        assertFalse(plainLinks.canvasHasSegments());
        assertTrue(plainLinks.openAsSegment());
        assertTrue(s.isSegment());
        assertFalse(plainLinks.canOpenAsSegment());
        assertEquals(1, plain.history().undoCount());
    }

    @Test
    void linksOfACardOnAnotherCanvasAreNotShown() {
        project.selection().select(v1);
        project.showCanvas(project.canvases().get(1));
        assertEquals(List.of(), links.linked());
    }
}
