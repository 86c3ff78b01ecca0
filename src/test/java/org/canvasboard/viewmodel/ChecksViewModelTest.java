package org.canvasboard.viewmodel;

import org.canvasboard.model.PurchaseRole;
import org.canvasboard.model.SegmentationHint.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.canvasboard.viewmodel.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checks panel's viewmodel: hints as rows keyed by kind and subject, their count, and where each leads. */
class ChecksViewModelTest {
    private final ProjectViewModel project = Fixtures.segmentProject();
    private final CanvasViewModel today = project.canvases().get(0);
    private final CanvasViewModel next = project.canvases().get(1);
    private final ChecksViewModel checks = new ChecksViewModel(project);

    private HintRow row(Kind kind, String canvasId, String cardId) {
        return checks.hints().stream().filter(r -> r.key().equals(new HintRow.Key(kind, canvasId, cardId, null)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " hint about " + cardId + ": " + checks.hints()));
    }

    private List<Kind> kinds() {
        return checks.hints().stream().map(r -> r.getHint().kind()).toList();
    }

    @Test
    void theHintsOfTheProjectAreRowsInTheOrderOfTheirRules() {
        assertEquals(List.of(Kind.NO_NEEDS, Kind.NOT_SERVED, Kind.NO_EXCLUDED_GROUP, Kind.MISSING_ROLES,
                Kind.NO_NEEDS, Kind.NO_EXCLUDED_GROUP, Kind.MISSING_ROLES), kinds());
        assertEquals(7, checks.getCount());
        assertEquals(ChecksViewModel.State.HINTS, checks.getState());
        assertEquals(List.of(PurchaseRole.BUYER, PurchaseRole.USER), row(Kind.MISSING_ROLES, "next", "n-seg").getHint().roles());
    }

    @Test
    void anEditMakesTheHintsStaleUntilTheyAreRecheckedAndRowsThatStillApplyStay() {
        List<HintRow> before = List.copyOf(checks.hints());
        HintRow roles = row(Kind.MISSING_ROLES, "today", "s2");
        find(today, "s2").changeText("Students");
        assertTrue(checks.isStale());
        assertEquals("s2", roles.getHint().name(), "nothing changes before the re-check");
        checks.refresh();
        assertFalse(checks.isStale());
        assertEquals(before, checks.hints(), "a rename keeps every row");
        assertSame(roles, row(Kind.MISSING_ROLES, "today", "s2"));
        assertEquals("Students", roles.getHint().name(), "the row shows the new name");
    }

    @Test
    void fixingAHintTakesOnlyItsRowAwayAndUndoBringsItBack() {
        HintRow notServed = row(Kind.NOT_SERVED, "today", "s2");
        HintRow roles = row(Kind.MISSING_ROLES, "today", "s2");
        find(today, "v2").linkSegment(find(today, "s2"));
        checks.refresh();
        assertFalse(checks.hints().contains(notServed));
        assertEquals(6, checks.getCount());
        assertSame(roles, row(Kind.MISSING_ROLES, "today", "s2"), "the other rows stay");
        project.undo();
        checks.refresh();
        assertEquals(7, checks.getCount());
        assertSame(roles, row(Kind.MISSING_ROLES, "today", "s2"));
        assertEquals(Kind.NOT_SERVED, row(Kind.NOT_SERVED, "today", "s2").getHint().kind());
    }

    @Test
    void withoutSegmentsThePanelSaysSoAndWithQuietChecksItSaysThat() {
        ProjectViewModel plain = Fixtures.sampleProject();
        ChecksViewModel none = new ChecksViewModel(plain);
        assertEquals(ChecksViewModel.State.NO_SEGMENTS, none.getState());
        assertEquals(0, none.getCount());
        assertTrue(none.hints().isEmpty());
        plain.getCurrentCanvas().makeSegment(find(plain.getCurrentCanvas(), "s1"));
        none.refresh();
        assertEquals(ChecksViewModel.State.HINTS, none.getState());
        plain.getCurrentCanvas().removeSegmentDetails(find(plain.getCurrentCanvas(), "s1"));
        none.refresh();
        assertEquals(ChecksViewModel.State.NO_SEGMENTS, none.getState());
    }

    @Test
    void aHintAboutASegmentLeadsToThePartThatNeedsWork() {
        CardViewModel s2 = find(today, "s2");
        assertEquals(Optional.of(new Destination.SegmentPart(s2, SegmentSection.ROLES)),
                checks.open(row(Kind.MISSING_ROLES, "today", "s2")));
        assertEquals(Optional.of(new Destination.SegmentPart(s2, SegmentSection.LINKS)),
                checks.open(row(Kind.NOT_SERVED, "today", "s2")));
        assertEquals(Optional.of(new Destination.Profile(s2, null)), checks.open(row(Kind.NO_NEEDS, "today", "s2")));
    }

    @Test
    void aHintAboutAWholeCanvasShowsThatCanvasWithNothingSelected() {
        project.selection().select(find(today, "s1"));
        assertEquals(Optional.of(new Destination.SegmentsBlock()), checks.open(row(Kind.NO_EXCLUDED_GROUP, "next", null)));
        assertSame(next, project.getCurrentCanvas());
        assertNull(project.selection().getLead());
    }

    @Test
    void aHintWhoseSegmentHasGoneLeadsToItsCanvas() {
        HintRow stale = row(Kind.MISSING_ROLES, "next", "n-seg");
        next.deleteCards(List.of(find(next, "n-seg")));
        assertEquals(Optional.of(new Destination.SegmentsBlock()), checks.open(stale));
        assertSame(next, project.getCurrentCanvas());
        assertNull(project.selection().getLead());
    }
}
