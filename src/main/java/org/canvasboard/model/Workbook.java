package org.canvasboard.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A segmentation assignment in progress: who hands it in, for which course, which segment it is
 * about (a segment card id; null means the first segment that is not excluded), and the answers
 * to the reflection questions, in the order of {@link WorkbookSteps#REFLECTION_QUESTIONS}.
 */
public record Workbook(String student, String course, String segmentCardId, List<String> reflections) {
    public Workbook {
        student = student == null ? "" : student;
        course = course == null ? "" : course;
        segmentCardId = segmentCardId == null || segmentCardId.isBlank() ? null : segmentCardId;
        List<String> answers = new ArrayList<>(reflections == null ? List.of() : reflections);
        answers.replaceAll(a -> a == null ? "" : a);
        while (answers.size() < WorkbookSteps.REFLECTION_QUESTIONS.size()) {
            answers.add("");
        }
        reflections = List.copyOf(answers);
    }

    public static Workbook started() {
        return new Workbook("", "", null, List.of());
    }
}
