package org.canvasboard.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each assignment step is judged from the project's content and says precisely what is missing (kind, counts, names). */
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

    private static final String PARENTS = "Busy parents";

    private static WorkbookSteps.Missing missing(WorkbookSteps.Gap gap, String segment, String persona, int count,
                                                 int required, int limit) {
        return new WorkbookSteps.Missing(gap, segment, persona, null, count, required, limit);
    }

    @Test
    void eachStepIsIncompleteWithWhatItMissesUntilItsContentIsThere() {
        assertEquals(new WorkbookSteps.Missing(WorkbookSteps.Gap.ONE_DIMENSION, PARENTS, null, Dimension.DEMOGRAPHIC, 1, 2, 2),
                step(upTo(0), 1).missing());
        assertEquals(missing(WorkbookSteps.Gap.FEW_GAINS, PARENTS, null, 0, 3, 3), step(upTo(1), 2).missing());
        assertEquals(missing(WorkbookSteps.Gap.FEW_PAINS, PARENTS, null, 0, 3, 3), step(upTo(2), 3).missing());
        assertEquals(missing(WorkbookSteps.Gap.NO_PERSONA, PARENTS, null, 0, 0, 0), step(upTo(3), 4).missing());
        assertEquals(missing(WorkbookSteps.Gap.FEW_PEOPLE, PARENTS, "Sam", 0, 3, 5), step(upTo(4), 5).missing());
        assertEquals(missing(WorkbookSteps.Gap.FEW_QUESTIONS, PARENTS, "Sam", 0, 3, 3), step(upTo(5), 6).missing());
        assertEquals(missing(WorkbookSteps.Gap.NO_CONVERSATION, PARENTS, null, 0, 0, 0), step(upTo(6), 7).missing());
        assertEquals(missing(WorkbookSteps.Gap.OPEN_REFLECTIONS, PARENTS, null, 3, 3, 3), step(upTo(7), 8).missing());
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
        assertEquals(missing(WorkbookSteps.Gap.FEW_PEOPLE, PARENTS, "Sam", 2, 3, 5), step(lessPeople, 5).missing());
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
        assertEquals(WorkbookSteps.Gap.NO_GAIN_OUTSIDE_OFFERING, step(project, 2).missing().gap());
    }

    @Test
    void evidenceAboutSomethingElseDoesNotCompleteStepSeven() {
        Project p = upTo(7);
        Persona sam = p.personas().get(0);
        Persona unlinked = sam.withConversations(List.of(new Conversation("c1", "r1", "2026-11-20", "Chat",
                List.of(new Evidence("no-such-item", true)))));
        Project project = new Project(p.name(), p.canvases(), List.of(unlinked), p.workbook());
        assertEquals(missing(WorkbookSteps.Gap.NO_EVIDENCE, PARENTS, null, 0, 0, 0), step(project, 7).missing());
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
        assertEquals(missing(WorkbookSteps.Gap.NO_CHARACTERISTICS, "Office workers", null, 0, 2, 2), step(second, 1).missing());
        assertEquals(13, WorkbookSteps.completion(WorkbookSteps.evaluate(second)), "only the reflection is done for it");
    }

    @Test
    void withoutASegmentOrPersonaTheLaterStepsPointBackToTheFirst() {
        Project empty = new Project("p", List.of(new Canvas("c", "Assignment", CanvasKind.BUSINESS_MODEL, Map.of())),
                List.of(), Workbook.started());
        List<WorkbookSteps.Step> steps = WorkbookSteps.evaluate(empty);
        assertEquals(List.of(WorkbookSteps.Gap.NO_SEGMENT, WorkbookSteps.Gap.SEGMENT_FIRST, WorkbookSteps.Gap.SEGMENT_FIRST,
                WorkbookSteps.Gap.SEGMENT_FIRST, WorkbookSteps.Gap.PERSONA_FIRST, WorkbookSteps.Gap.PERSONA_FIRST,
                WorkbookSteps.Gap.PERSONA_FIRST, WorkbookSteps.Gap.OPEN_REFLECTIONS),
                steps.stream().map(st -> st.missing().gap()).toList());
        assertEquals(List.of(WorkbookSteps.Place.values()), steps.stream().map(WorkbookSteps.Step::place).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), steps.stream().map(WorkbookSteps.Step::number).toList());
    }

    @Test
    void anUnnamedSegmentIsAskedForItsNameAndAShortStoryIsCounted() {
        Project p = upTo(8);
        Card card = p.canvases().get(0).cards(BlockType.CUSTOMER_SEGMENTS).get(0);
        Canvas canvas = new Canvas("c", "Assignment", CanvasKind.BUSINESS_MODEL,
                Map.of(BlockType.CUSTOMER_SEGMENTS, List.of(card.withText("  "))));
        Persona sam = p.personas().get(0).withStory("Sam is busy every evening.");
        Project project = new Project("p", List.of(canvas), List.of(sam), p.workbook());
        assertEquals(WorkbookSteps.Gap.UNNAMED_SEGMENT, step(project, 1).missing().gap());
        assertEquals(missing(WorkbookSteps.Gap.SHORT_STORY, "  ", "Sam", 5, 25, 25), step(project, 4).missing());
    }
}
