package org.canvasboard.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each assignment step is judged from the project's content and says precisely what is missing. */
class WorkbookStepsTest {
    private static final String STORY = "Sam gets home at seven after a long commute and wants a healthy dinner on the "
            + "table by half past, without standing in a shop or at the stove after a day of meetings and calls.";

    /** A project built up to (and including) the given step. */
    static Project upTo(int step) {
        List<Characteristic> characteristics = new ArrayList<>(List.of(
                new Characteristic(Dimension.DEMOGRAPHIC, "Parents of children under 6")));
        if (step >= 1) {
            characteristics.add(new Characteristic(Dimension.BEHAVIORAL, "Order groceries online at night"));
        }
        List<ProfileItem> gains = new ArrayList<>();
        List<ProfileItem> pains = new ArrayList<>();
        if (step >= 2) {
            gains.add(new ProfileItem("g1", "Children eat vegetables", JobKind.FUNCTIONAL, Level.HIGH, true));
            gains.add(new ProfileItem("g2", "An evening with time to play", JobKind.FUNCTIONAL, Level.MEDIUM, false));
            gains.add(new ProfileItem("g3", "Less food thrown away", JobKind.FUNCTIONAL, Level.LOW, false));
        }
        if (step >= 3) {
            pains.add(new ProfileItem("p1", "No time to cook", JobKind.FUNCTIONAL, Level.HIGH, false));
            pains.add(new ProfileItem("p2", "Hidden delivery fees", JobKind.FUNCTIONAL, Level.MEDIUM, true));
            pains.add(new ProfileItem("p3", "Children refuse new food", JobKind.FUNCTIONAL, Level.MEDIUM, false));
        }
        List<Persona> personas = new ArrayList<>();
        List<String> personaIds = new ArrayList<>();
        if (step >= 4) {
            List<RealPerson> people = step >= 5 ? List.of(new RealPerson("r1", "Ana", "ana@example.org", ContactStatus.INTERVIEWED),
                    new RealPerson("r2", "Ben", "", ContactStatus.CONTACTED), new RealPerson("r3", "Cleo", "", ContactStatus.TO_CONTACT))
                    : List.of();
            List<String> questions = step >= 6 ? List.of("When did you last cook on a weekday?", "What did you eat instead?",
                    "What would make weekday dinners easier?") : List.of();
            List<Conversation> talks = step >= 7 ? List.of(new Conversation("c1", "r1", "2026-11-20", "Cooks twice a week",
                    List.of(new Evidence("p1", true), new Evidence("g3", false)))) : List.of();
            personas.add(new Persona("persona-sam", "Sam", "Sam, the parent on the late train", "person", "", STORY,
                    List.of(), "", people, questions, talks));
            personaIds.add("persona-sam");
        }
        Segment segment = Segment.of(SegmentColor.BLUE).withCharacteristics(characteristics).withPersonaIds(personaIds)
                .withProfile(new CustomerProfile(List.of(), pains, gains));
        Card card = new Card("seg", "Busy parents", "", CardColor.YELLOW, List.of(), EvidenceStatus.HYPOTHESIS, List.of(), segment);
        Canvas canvas = new Canvas("c", "Assignment", CanvasKind.BUSINESS_MODEL, Map.of(BlockType.CUSTOMER_SEGMENTS, List.of(card)));
        Workbook workbook = new Workbook("Lena", "Marketing 101", null,
                step >= 8 ? List.of("Parents and office workers", "Demographic and behavioural", "By age only") : List.of());
        return new Project("Assignment", List.of(canvas), personas, workbook);
    }

    private static WorkbookSteps.Step step(Project project, int number) {
        return WorkbookSteps.evaluate(project).get(number - 1);
    }

    @Test
    void eachStepIsIncompleteWithItsMessageUntilItsContentIsThere() {
        assertEquals("Describe \u201cBusy parents\u201d in at least two dimensions (demographic, geographic, psychographic, "
                + "behavioural); so far only demographic.", step(upTo(0), 1).missing());
        assertEquals("List at least 3 gains of \u201cBusy parents\u201d (now 0).", step(upTo(1), 2).missing());
        assertEquals("List at least 3 pains of \u201cBusy parents\u201d (now 0).", step(upTo(2), 3).missing());
        assertEquals("Write a persona for \u201cBusy parents\u201d: add one in the persona gallery and link it to the segment.",
                step(upTo(3), 4).missing());
        assertEquals("Name 3 to 5 real people who fit Sam (now 0).", step(upTo(4), 5).missing());
        assertEquals("Prepare at least 3 questions for your conversations (now 0).", step(upTo(5), 6).missing());
        assertEquals("Record a conversation with one of the people you found.", step(upTo(6), 7).missing());
        assertEquals("Answer the reflection questions (3 of 3 still open).", step(upTo(7), 8).missing());
        for (int n = 1; n <= 8; n++) {
            assertFalse(step(upTo(n - 1), n).complete(), "step " + n + " before its content");
            assertTrue(step(upTo(n), n).complete(), "step " + n + " with its content: " + step(upTo(n), n).missing());
        }
    }

    @Test
    void completionRisesStepByStepToAHundredPercent() {
        List<Integer> levels = new ArrayList<>();
        for (int n = 0; n <= 8; n++) {
            levels.add(WorkbookSteps.completion(WorkbookSteps.evaluate(upTo(n))));
        }
        assertEquals(List.of(0, 13, 25, 38, 50, 63, 75, 88, 100), levels);
    }

    @Test
    void completionFallsBackWhenContentIsRemoved() {
        Project done = upTo(8);
        Persona sam = done.personas().get(0);
        Project lessPeople = new Project(done.name(), done.canvases(), List.of(sam.withPeople(sam.people().subList(0, 2))),
                done.workbook());
        assertEquals(88, WorkbookSteps.completion(WorkbookSteps.evaluate(lessPeople)));
        assertEquals("Name 3 to 5 real people who fit Sam (now 2).", step(lessPeople, 5).missing());
    }

    @Test
    void aGainNobodyFlaggedAsOutsideTheOfferingKeepsStepTwoOpen() {
        Project p = upTo(2);
        Card card = p.canvases().get(0).cards(BlockType.CUSTOMER_SEGMENTS).get(0);
        Segment s = card.segment();
        Segment unflagged = s.withProfile(s.profile().with(ProfileArea.GAINS, s.profile().gains().stream()
                .map(g -> g.withOutsideOffering(false)).toList()));
        Canvas canvas = new Canvas("c", "Assignment", CanvasKind.BUSINESS_MODEL,
                Map.of(BlockType.CUSTOMER_SEGMENTS, List.of(card.withSegment(unflagged))));
        Project project = new Project("p", List.of(canvas), p.personas(), p.workbook());
        assertTrue(step(project, 2).missing().startsWith("Flag the gains your current offering does not deliver"));
    }

    @Test
    void evidenceAboutSomethingElseDoesNotCompleteStepSeven() {
        Project p = upTo(7);
        Persona sam = p.personas().get(0);
        Persona unlinked = sam.withConversations(List.of(new Conversation("c1", "r1", "2026-11-20", "Chat",
                List.of(new Evidence("no-such-item", true)))));
        Project project = new Project(p.name(), p.canvases(), List.of(unlinked), p.workbook());
        assertEquals("Link what you heard to the pains and gains of \u201cBusy parents\u201d (confirmed or refuted).",
                step(project, 7).missing());
    }

    @Test
    void theChosenSegmentIsTheOneJudged() {
        Project p = upTo(8);
        Card done = p.canvases().get(0).cards(BlockType.CUSTOMER_SEGMENTS).get(0);
        Card fresh = new Card("seg2", "Office workers", "", CardColor.YELLOW, List.of(), EvidenceStatus.HYPOTHESIS,
                List.of(), Segment.of(SegmentColor.ORANGE));
        Canvas canvas = new Canvas("c", "Assignment", CanvasKind.BUSINESS_MODEL,
                Map.of(BlockType.CUSTOMER_SEGMENTS, List.of(done, fresh)));
        Workbook w = p.workbook();
        Project first = new Project("p", List.of(canvas), p.personas(), w);
        assertEquals(100, WorkbookSteps.completion(WorkbookSteps.evaluate(first)), "without a choice: the first segment");
        Project second = new Project("p", List.of(canvas), p.personas(),
                new Workbook(w.student(), w.course(), "seg2", w.reflections()));
        assertEquals("Office workers", WorkbookSteps.segment(second).orElseThrow().text());
        assertEquals("Describe \u201cOffice workers\u201d in at least two dimensions (demographic, geographic, psychographic, "
                + "behavioural); it has no characteristics yet.", step(second, 1).missing());
        assertEquals(13, WorkbookSteps.completion(WorkbookSteps.evaluate(second)), "only the reflection is done for it");
    }
}
