package org.canvasboard.ui.workbook;

import org.canvasboard.model.WorkbookSteps;
import org.canvasboard.model.WorkbookSteps.Missing;
import org.canvasboard.model.WorkbookSteps.Place;
import org.canvasboard.ui.common.Messages;

/** The workbook's words: each step's title, guidance and example, what it misses, the questions. */
final class StepWords {
    private StepWords() {
    }

    /** "5. Find 3 to 5 real people". */
    static String title(Place place) {
        return Messages.get("workbook.step.numbered", place.ordinal() + 1, Messages.get(
                "workbook.step." + place.id() + ".title", WorkbookSteps.MIN_PEOPLE, WorkbookSteps.MAX_PEOPLE));
    }

    static String guide(Place place) {
        return Messages.get("workbook.step." + place.id() + ".guide");
    }

    /** An example answer, or blank for a step without one. */
    static String example(Place place) {
        return Messages.get("workbook.step." + place.id() + ".example");
    }

    static String question(int index) {
        return Messages.get("workbook.reflection." + WorkbookSteps.REFLECTION_QUESTIONS.get(index));
    }

    /** What a step misses, in words a student can act on. */
    static String missing(Missing m) {
        String segment = m.segment() == null || m.segment().isBlank() ? Messages.get("workbook.yourSegment")
                : Messages.get("workbook.named", m.segment());
        String dimension = m.dimension() == null ? "" : Messages.get("workbook.dimension." + m.dimension().id());
        return Messages.get("workbook.missing." + m.gap().id(), segment, m.persona(), m.count(), dimension,
                m.required(), m.limit());
    }
}
