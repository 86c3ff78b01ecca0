package org.canvasboard.ui.workbook;

import org.canvasboard.model.Dimension;
import org.canvasboard.model.WorkbookSteps;
import org.canvasboard.ui.common.Messages;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbook panel words every step and every gap from the bundle. */
class StepWordsTest {
    @Test
    void titlesAreNumbered() {
        assertEquals("1. Define one customer group", StepWords.title(WorkbookSteps.Place.SEGMENT));
        assertEquals("5. Find 3 to 5 real people", StepWords.title(WorkbookSteps.Place.PEOPLE));
        assertEquals("8. Reflect", StepWords.title(WorkbookSteps.Place.REFLECTION));
    }

    @Test
    void everyStepHasGuidanceAndEveryGapASentence() {
        for (WorkbookSteps.Place place : WorkbookSteps.Place.values()) {
            for (String part : new String[] {"title", "guide", "example"}) {
                assertTrue(Messages.has("workbook.step." + place.id() + "." + part), place.id() + "." + part);
            }
        }
        assertEquals("", StepWords.example(WorkbookSteps.Place.REFLECTION), "the reflection has no example");
        assertEquals("e.g. a neighbour, a colleague, someone from a parents' group", StepWords.example(WorkbookSteps.Place.PEOPLE));
        for (WorkbookSteps.Gap gap : WorkbookSteps.Gap.values()) {
            assertTrue(Messages.has("workbook.missing." + gap.id()), gap.id());
        }
        for (Dimension d : Dimension.values()) {
            assertTrue(Messages.has("workbook.dimension." + d.id()), d.id());
        }
        for (int i = 0; i < WorkbookSteps.REFLECTION_QUESTIONS.size(); i++) {
            assertTrue(StepWords.question(i).endsWith("?"), StepWords.question(i));
        }
    }

    @Test
    void aGapNamesItsSegmentAndCounts() {
        assertEquals("Describe \u201cBusy parents\u201d in at least two dimensions (demographic, geographic, psychographic, "
                + "behavioural); so far only behavioural.", StepWords.missing(new WorkbookSteps.Missing(
                WorkbookSteps.Gap.ONE_DIMENSION, "Busy parents", null, Dimension.BEHAVIORAL, 1, 2, 2)));
        assertEquals("Write a persona for your segment: add one in the persona gallery and link it to the segment.",
                StepWords.missing(new WorkbookSteps.Missing(WorkbookSteps.Gap.NO_PERSONA, "", null, null, 0, 0, 0)));
    }
}
