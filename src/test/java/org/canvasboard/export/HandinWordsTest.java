package org.canvasboard.export;

import org.canvasboard.model.BlockType;
import org.canvasboard.model.Canvas;
import org.canvasboard.model.CanvasKind;
import org.canvasboard.model.Card;
import org.canvasboard.model.Project;
import org.canvasboard.model.Workbook;
import org.canvasboard.model.WorkbookSteps;
import org.canvasboard.model.WorkbookStepsTestAccess;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hand-in words each step's title, what it misses and the reflection questions as the workbook always has. */
class HandinWordsTest {
    private static String missing(int upTo, int step) {
        return HandinWords.missing(WorkbookSteps.evaluate(WorkbookStepsTestAccess.upTo(upTo)).get(step - 1).missing());
    }

    @Test
    void whatEachStepMissesReadsAsBefore() {
        assertEquals("Describe \u201cBusy parents\u201d in at least two dimensions (demographic, geographic, psychographic, "
                + "behavioural); so far only demographic.", missing(0, 1));
        assertEquals("List at least 3 gains of \u201cBusy parents\u201d (now 0).", missing(1, 2));
        assertEquals("List at least 3 pains of \u201cBusy parents\u201d (now 0).", missing(2, 3));
        assertEquals("Write a persona for \u201cBusy parents\u201d: add one in the persona gallery and link it to the segment.",
                missing(3, 4));
        assertEquals("Name 3 to 5 real people who fit Sam (now 0).", missing(4, 5));
        assertEquals("Prepare at least 3 questions for your conversations (now 0).", missing(5, 6));
        assertEquals("Record a conversation with one of the people you found.", missing(6, 7));
        assertEquals("Answer the reflection questions (3 of 3 still open).", missing(7, 8));
    }

    @Test
    void oneOpenQuestionIsSingularAndAnUnnamedSegmentIsYourSegment() {
        assertEquals("Answer the reflection question (1 of 3 still open).", HandinWords.missing(new WorkbookSteps.Missing(
                WorkbookSteps.Gap.OPEN_REFLECTIONS, "x", null, null, 1, 3, 3)));
        assertEquals("List at least 3 pains of your segment (now 1).", HandinWords.missing(new WorkbookSteps.Missing(
                WorkbookSteps.Gap.FEW_PAINS, " ", null, null, 1, 3, 3)));
        assertEquals("Tell Sam's story in at least 25 words (now 5).", HandinWords.missing(new WorkbookSteps.Missing(
                WorkbookSteps.Gap.SHORT_STORY, "Busy parents", "Sam", null, 5, 25, 25)));
        assertEquals("Flag the pains your offering does not address yet (\u201coutside our offering\u201d).",
                HandinWords.missing(new WorkbookSteps.Missing(WorkbookSteps.Gap.NO_PAIN_OUTSIDE_OFFERING, "x", null, null,
                        0, 0, 0)));
    }

    @Test
    void titlesAndQuestionsReadAsBefore() {
        assertEquals(List.of("Define one customer group", "Gains they seek, and those we do not deliver",
                "Pains they avoid, and those we do not address", "Write the persona", "Find 3 to 5 real people",
                "Prepare your questions", "Record your conversations", "Reflect"),
                java.util.Arrays.stream(WorkbookSteps.Place.values()).map(HandinWords::title).toList());
        assertEquals("Looking at your list of customers, which segments does it suggest?", HandinWords.question(0));
        assertEquals("How have you grouped customers before, and what would you do differently now?", HandinWords.question(2));
    }

    @Test
    void anUnfinishedHandInSaysWhatIsStillMissing() {
        Project empty = new Project("Course work", List.of(new Canvas("c", "Assignment", CanvasKind.BUSINESS_MODEL,
                Map.<BlockType, List<Card>>of())), List.of(), Workbook.started());
        List<String> lines = HandinExport.lines(empty, LocalDate.of(2026, 1, 5));
        assertTrue(lines.contains("## 1. Define one customer group (not complete)"), lines.toString());
        assertTrue(lines.contains("Still missing: Create your customer group: add a card in Customer Segments and open "
                + "it as a segment."), lines.toString());
        assertTrue(lines.contains("## 5. Find 3 to 5 real people (not complete)"), lines.toString());
        assertTrue(lines.contains("Still missing: First write the persona (step 4)."), lines.toString());
        assertTrue(lines.contains("**Which dimensions did you use to describe your group (demographic, geographic, "
                + "psychographic, behavioural), and why those?**"), lines.toString());
    }
}
