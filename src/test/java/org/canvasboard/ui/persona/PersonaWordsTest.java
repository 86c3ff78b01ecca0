package org.canvasboard.ui.persona;

import org.canvasboard.model.ContactStatus;
import org.canvasboard.model.EvidenceStatus;
import org.canvasboard.model.PersonaIcons;
import org.canvasboard.ui.common.Messages;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The persona screens' words whose keys are made from codes are all in the bundle. */
class PersonaWordsTest {
    @Test
    void everyCodedChoiceHasItsWords() {
        List<String> keys = new ArrayList<>();
        PersonaIcons.ALL.forEach(icon -> keys.add("persona.icon." + icon));
        for (ContactStatus s : ContactStatus.values()) {
            keys.add("persona.status." + s.id());
        }
        for (EvidenceStatus s : EvidenceStatus.values()) {
            keys.add("persona.evidence." + s.id());
        }
        List<String> missing = keys.stream().filter(k -> !Messages.has(k)).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void fiveSuggestedQuestionsAndPluralCounts() {
        List<String> questions = InterviewsSection.suggestedQuestions();
        assertEquals(5, questions.size());
        assertTrue(questions.stream().allMatch(q -> q.endsWith("?")), questions.toString());
        assertEquals("Nobody named yet; the assignment asks for 3 to 5.", Messages.get("persona.people.count", 0, 3, 5));
        assertEquals("One person named; the assignment asks for 3 to 5.", Messages.get("persona.people.count", 1, 3, 5));
        assertEquals("4 people named; the assignment asks for 3 to 5.", Messages.get("persona.people.count", 4, 3, 5));
    }
}
