package org.canvasboard.viewmodel;

import org.canvasboard.model.ProfileArea;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.canvasboard.viewmodel.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The comparison's screen viewmodel: a column per segment keyed by id, a row per aspect, read on request. */
class SegmentComparisonViewModelTest {
    private final ProjectViewModel project = Fixtures.segmentProject();
    private final CanvasViewModel today = project.canvases().get(0);
    private final SegmentComparisonViewModel comparison = new SegmentComparisonViewModel(project);

    private ComparisonRowViewModel row(String label) {
        return comparison.rows().stream().filter(r -> r.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label));
    }

    @Test
    void aColumnPerSegmentAndACellPerColumnInEveryRow() {
        assertEquals(List.of("s1", "s2"), comparison.columns().stream().map(SegmentLabelViewModel::id).toList());
        assertEquals(List.of(List.of("Maya"), List.of("Maya", "Tom")), row("Personas").getCells());
        assertEquals(List.of(List.of("j1 (Functional)", "j2 (Functional)"), List.of()), row("Top jobs").getCells());
        assertTrue(comparison.rows().stream().allMatch(r -> r.getCells().size() == 2));
        assertFalse(comparison.isEmpty());
    }

    @Test
    void columnsAndRowsStayTheSameObjectsAndFollowEditsOnlyWhenRefreshed() {
        SegmentLabelViewModel first = comparison.columns().get(0);
        ComparisonRowViewModel jobs = row("Top jobs");
        find(today, "s1").changeText("Night nurses");
        new SegmentViewModel(find(today, "s2")).addProfileItem(ProfileArea.JOBS, "Sleep");
        assertEquals("s1", first.getName(), "read again only on request");
        comparison.refresh();
        assertSame(first, comparison.columns().get(0));
        assertEquals("Night nurses", first.getName());
        assertSame(jobs, row("Top jobs"));
        assertEquals(List.of("Sleep (Functional)"), jobs.getCells().get(1));
        project.history().undo();
        comparison.refresh();
        assertEquals(List.of(), jobs.getCells().get(1));
    }

    @Test
    void aSegmentThatGoesTakesItsColumnAndUndoBringsANewOne() {
        SegmentLabelViewModel second = comparison.columns().get(1);
        today.removeSegmentDetails(find(today, "s2"));
        comparison.refresh();
        assertEquals(List.of("s1"), comparison.columns().stream().map(SegmentLabelViewModel::id).toList());
        assertEquals(1, row("Personas").getCells().size());
        project.history().undo();
        comparison.refresh();
        assertEquals(2, comparison.columns().size());
        assertNotSame(second, comparison.columns().get(1));
    }

    @Test
    void anotherCanvasBringsItsOwnColumnsAndACanvasWithoutSegmentsIsEmpty() {
        project.showCanvas(project.canvases().get(1));
        comparison.refresh();
        assertEquals(List.of("n-seg"), comparison.columns().stream().map(SegmentLabelViewModel::id).toList());
        SegmentComparisonViewModel none = new SegmentComparisonViewModel(Fixtures.sampleProject());
        assertTrue(none.isEmpty());
        assertEquals(List.of(), none.columns());
        assertEquals(List.of(), none.rows());
    }
}
