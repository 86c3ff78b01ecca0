package org.canvasboard.viewmodel;

import org.canvasboard.model.BlockType;
import org.canvasboard.model.Canvas;
import org.canvasboard.model.CanvasKind;
import org.canvasboard.model.Card;
import org.canvasboard.model.CardColor;
import org.canvasboard.model.EvidenceStatus;
import org.canvasboard.model.ProfileArea;
import org.canvasboard.model.Project;
import org.canvasboard.model.Segment;
import org.canvasboard.model.SegmentColor;
import org.canvasboard.model.SegmentationHint.Kind;
import org.canvasboard.model.WorkbookSteps.Gap;
import org.canvasboard.model.WorkbookSteps.Place;
import org.canvasboard.model.WorkbookStepsTestAccess;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.canvasboard.viewmodel.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbook panel's viewmodel: its answers, its eight stable step rows, the level, the segment choice, where steps lead. */
class WorkbookViewModelTest {
    private static ProjectViewModel assignment(int upTo) {
        return new ProjectViewModel(WorkbookStepsTestAccess.upTo(upTo));
    }

    private static ProjectViewModel blank() {
        return new ProjectViewModel(new Project("p", List.of(new Canvas("c", "Assignment", CanvasKind.BUSINESS_MODEL,
                Map.of()))));
    }

    @Test
    void beforeItIsStartedThereIsNoLevelAndStartingIsOneUndoStep() {
        ProjectViewModel project = blank();
        WorkbookViewModel workbook = new WorkbookViewModel(project);
        assertFalse(workbook.isStarted());
        assertEquals(-1, workbook.getLevel());
        workbook.changeStudent("Lena");
        assertEquals(0, project.history().undoCount(), "no answers before the start");
        workbook.start();
        assertTrue(workbook.isStarted(), "started at once");
        assertTrue(workbook.isStale());
        workbook.refresh();
        assertEquals(0, workbook.getLevel());
        assertEquals(Gap.NO_SEGMENT, workbook.step(Place.SEGMENT).getMissing().gap());
        project.undo();
        assertFalse(workbook.isStarted());
        assertEquals(-1, workbook.getLevel());
    }

    @Test
    void theAnswersFollowAtOnceAndTypingMergesPerField() {
        ProjectViewModel project = assignment(7);
        WorkbookViewModel workbook = new WorkbookViewModel(project);
        workbook.changeStudent("Lena P");
        workbook.changeStudent("Lena Park");
        workbook.changeReflection(1, "By age");
        assertEquals("Lena Park", workbook.studentProperty().get());
        assertEquals("By age", workbook.reflectionProperty(1).get());
        assertEquals("Marketing 101", workbook.courseProperty().get());
        assertEquals(2, project.history().undoCount(), "one step per field typed in");
        project.undo();
        assertEquals("", workbook.reflectionProperty(1).get());
        project.undo();
        assertEquals("Lena", workbook.studentProperty().get());
    }

    @Test
    void theEightRowsStayTheSameObjectsWhileTheirValuesFollowTheProject() {
        ProjectViewModel project = assignment(4);
        WorkbookViewModel workbook = new WorkbookViewModel(project);
        List<WorkbookStepRow> rows = List.copyOf(workbook.steps());
        assertEquals(List.of(Place.values()), rows.stream().map(WorkbookStepRow::place).toList());
        assertEquals(50, workbook.getLevel());
        WorkbookStepRow people = workbook.step(Place.PEOPLE);
        assertEquals(0, people.getMissing().count());
        PersonaViewModel sam = project.persona("persona-sam").orElseThrow();
        sam.addPerson("Ana");
        workbook.refresh();
        assertEquals(rows, workbook.steps());
        for (int i = 0; i < rows.size(); i++) {
            assertSame(rows.get(i), workbook.steps().get(i));
        }
        assertEquals(1, people.getMissing().count());
        sam.addPerson("Ben");
        sam.addPerson("Cleo");
        workbook.refresh();
        assertTrue(people.isComplete());
        assertNull(people.getMissing());
        assertEquals(63, workbook.getLevel());
        project.undo();
        workbook.refresh();
        assertFalse(people.isComplete(), "undo opens the step again, in the same row");
        assertSame(people, workbook.step(Place.PEOPLE));
    }

    @Test
    void choosingTheSegmentIsOneEditAndChoosingThePresentOneIsNone() {
        Project base = WorkbookStepsTestAccess.upTo(8);
        Canvas canvas = base.canvases().get(0);
        Card done = canvas.cards(BlockType.CUSTOMER_SEGMENTS).get(0);
        Card fresh = new Card("seg2", "Office workers", "", CardColor.YELLOW, List.of(), EvidenceStatus.HYPOTHESIS,
                List.of(), Segment.of(SegmentColor.ORANGE));
        ProjectViewModel project = new ProjectViewModel(new Project("p", List.of(new Canvas("c", "A",
                CanvasKind.BUSINESS_MODEL, Map.of(BlockType.CUSTOMER_SEGMENTS, List.of(done, fresh)))),
                base.personas(), base.workbook()));
        WorkbookViewModel workbook = new WorkbookViewModel(project);
        CardViewModel first = find(project.getCurrentCanvas(), "seg");
        CardViewModel second = find(project.getCurrentCanvas(), "seg2");
        assertEquals(List.of(first, second), workbook.segments());
        assertSame(first, workbook.getSegment(), "without a choice: the first segment");
        workbook.chooseSegment(first);
        workbook.chooseSegment(null);
        assertEquals(0, project.history().undoCount(), "showing the present choice is no edit");
        workbook.chooseSegment(second);
        assertEquals(1, project.history().undoCount());
        assertSame(second, workbook.getSegment());
        assertEquals("seg2", project.getWorkbook().segmentCardId());
        assertEquals(13, workbook.getLevel());
        project.undo();
        workbook.refresh();
        assertSame(first, workbook.getSegment());
        assertEquals(100, workbook.getLevel());
    }

    @Test
    void eachStepLeadsToWhereItIsDoneOrToWhatComesFirst() {
        ProjectViewModel empty = blank();
        WorkbookViewModel none = new WorkbookViewModel(empty);
        empty.startWorkbook();
        for (Place place : List.of(Place.SEGMENT, Place.PROFILE_GAINS, Place.PERSONA, Place.CONVERSATIONS)) {
            assertEquals(Optional.of(new Destination.SegmentsBlock()), none.destinationOf(place), place.name());
        }

        ProjectViewModel noPersona = assignment(3);
        CardViewModel segment = find(noPersona.getCurrentCanvas(), "seg");
        WorkbookViewModel three = new WorkbookViewModel(noPersona);
        assertEquals(Optional.of(new Destination.SegmentPart(segment, SegmentSection.CHARACTERISTICS)),
                three.destinationOf(Place.SEGMENT));
        assertEquals(Optional.of(new Destination.Profile(segment, ProfileArea.GAINS)), three.destinationOf(Place.PROFILE_GAINS));
        assertEquals(Optional.of(new Destination.Profile(segment, ProfileArea.PAINS)), three.destinationOf(Place.PROFILE_PAINS));
        assertEquals(Optional.of(new Destination.SegmentPart(segment, SegmentSection.PERSONAS)),
                three.destinationOf(Place.PEOPLE), "without a persona: the segment's personas");

        ProjectViewModel withPersona = assignment(4);
        WorkbookViewModel four = new WorkbookViewModel(withPersona);
        PersonaViewModel sam = withPersona.persona("persona-sam").orElseThrow();
        assertEquals(Optional.of(new Destination.PersonaPage(sam, PersonaSection.PERSONA)), four.destinationOf(Place.PERSONA));
        assertEquals(Optional.of(new Destination.PersonaPage(sam, PersonaSection.PEOPLE)), four.destinationOf(Place.PEOPLE));
        assertEquals(Optional.of(new Destination.PersonaPage(sam, PersonaSection.QUESTIONS)),
                four.destinationOf(Place.QUESTIONS));
        assertEquals(Optional.of(new Destination.PersonaPage(sam, PersonaSection.CONVERSATIONS)),
                four.destinationOf(Place.CONVERSATIONS));
        assertEquals(Optional.empty(), four.destinationOf(Place.REFLECTION));
        assertFalse(four.step(Place.REFLECTION).leadsElsewhere());
    }

    @Test
    void theHintsAboutTheAssignmentsSegmentOrItsCanvasBearOnTheirSteps() {
        ProjectViewModel project = assignment(8);
        WorkbookViewModel workbook = new WorkbookViewModel(project);
        assertEquals(List.of(Kind.NOT_SERVED), kinds(workbook, Place.PROFILE_GAINS));
        assertEquals(List.of(Kind.MISSING_ROLES), kinds(workbook, Place.CONVERSATIONS));
        assertEquals(List.of(Kind.NO_EXCLUDED_GROUP), kinds(workbook, Place.REFLECTION));
        assertEquals(List.of(), kinds(workbook, Place.SEGMENT));
        // another segment without a persona: its hint is not the assignment's business
        CardViewModel other = project.getCurrentCanvas().addCard(BlockType.CUSTOMER_SEGMENTS, 1, "Office workers");
        project.getCurrentCanvas().makeSegment(other);
        workbook.refresh();
        assertEquals(List.of(), kinds(workbook, Place.PERSONA));
        assertEquals(List.of(Kind.NOT_SERVED), kinds(workbook, Place.PROFILE_GAINS));
    }

    @Test
    void everyHintKindBearsOnAStep() {
        List<Place> places = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            places.add(WorkbookViewModel.stepOf(kind));
        }
        assertEquals(List.of(Place.PERSONA, Place.SEGMENT, Place.SEGMENT, Place.PROFILE_GAINS, Place.REFLECTION,
                Place.CONVERSATIONS, Place.SEGMENT, Place.SEGMENT), places);
    }

    private static List<Kind> kinds(WorkbookViewModel workbook, Place place) {
        return workbook.step(place).advice().stream().map(h -> h.kind()).toList();
    }
}
