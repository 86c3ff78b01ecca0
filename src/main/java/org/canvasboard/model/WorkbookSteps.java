package org.canvasboard.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The eight steps of the segmentation assignment (DOMAIN.md), each judged from the project's
 * real content: complete, or what is still missing (a kind, the counts and names it is about),
 * and the completion level they add up to. The window and the hand-in put it into words.
 */
public final class WorkbookSteps {
    public static final int MIN_DIMENSIONS = 2;
    public static final int MIN_GAINS = 3;
    public static final int MIN_PAINS = 3;
    public static final int MIN_STORY_WORDS = 25;
    public static final int MIN_PEOPLE = 3;
    public static final int MAX_PEOPLE = 5;
    public static final int MIN_QUESTIONS = 3;
    /**
     * The reflection questions of the last step, by id, in the order of the workbook's answers:
     * which segments the customer list suggests, which dimensions were used, how one grouped
     * customers before.
     */
    public static final List<String> REFLECTION_QUESTIONS = List.of("segmentsSuggested", "dimensionsUsed", "groupedBefore");

    /** Where a step is done in the app; one place per step, in the steps' order. */
    public enum Place {
        SEGMENT("segment"),
        PROFILE_GAINS("profileGains"),
        PROFILE_PAINS("profilePains"),
        PERSONA("persona"),
        PEOPLE("people"),
        QUESTIONS("questions"),
        CONVERSATIONS("conversations"),
        REFLECTION("reflection");

        private final String id;

        Place(String id) {
            this.id = id;
        }

        /** Names the step in files of words. */
        public String id() {
            return id;
        }
    }

    /** What keeps a step from being complete; {@link #id()} names it in files of words. */
    public enum Gap {
        NO_SEGMENT("noSegment"),
        UNNAMED_SEGMENT("unnamedSegment"),
        NO_CHARACTERISTICS("noCharacteristics"),
        ONE_DIMENSION("oneDimension"),
        SEGMENT_FIRST("segmentFirst"),
        FEW_GAINS("fewGains"),
        FEW_PAINS("fewPains"),
        NO_GAIN_OUTSIDE_OFFERING("noGainOutsideOffering"),
        NO_PAIN_OUTSIDE_OFFERING("noPainOutsideOffering"),
        NO_PERSONA("noPersona"),
        SHORT_STORY("shortStory"),
        PERSONA_FIRST("personaFirst"),
        FEW_PEOPLE("fewPeople"),
        FEW_QUESTIONS("fewQuestions"),
        NO_CONVERSATION("noConversation"),
        NO_EVIDENCE("noEvidence"),
        OPEN_REFLECTIONS("openReflections");

        private final String id;

        Gap(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /**
     * What is missing from a step.
     *
     * @param gap       what kind of thing is missing
     * @param segment   the assignment's segment name as written (blank: unnamed), or null without one
     * @param persona   the persona's display name, or null when it does not matter
     * @param dimension the one dimension used so far ({@link Gap#ONE_DIMENSION}), else null
     * @param count     how many there are now (gains, words, people, questions, open reflections)
     * @param required  how many are needed (for open reflections: how many questions there are)
     * @param limit     the most that are asked for (real people), else the same as required
     */
    public record Missing(Gap gap, String segment, String persona, Dimension dimension, int count, int required,
                          int limit) {
        static Missing of(Gap gap) {
            return new Missing(gap, null, null, null, 0, 0, 0);
        }

        static Missing of(Gap gap, String segment) {
            return new Missing(gap, segment, null, null, 0, 0, 0);
        }

        static Missing counted(Gap gap, String segment, String persona, int count, int required, int limit) {
            return new Missing(gap, segment, persona, null, count, required, limit);
        }
    }

    /** One step as it stands: complete when nothing is missing. */
    public record Step(int number, Place place, Missing missing) {
        public boolean complete() {
            return missing == null;
        }
    }

    private WorkbookSteps() {
    }

    /** The segment the assignment is about: the chosen one, else the first that is not excluded. */
    public static Optional<Card> segment(Project project) {
        List<Card> segments = project.canvases().stream()
                .flatMap(c -> c.kind().blocks().stream().flatMap(b -> c.cards(b).stream()))
                .filter(Card::isSegment).toList();
        String chosen = project.workbook() == null ? null : project.workbook().segmentCardId();
        return segments.stream().filter(c -> c.id().equals(chosen)).findFirst()
                .or(() -> segments.stream().filter(c -> !c.segment().excluded()).findFirst());
    }

    /** The persona of the assignment: the first persona linked to its segment. */
    public static Optional<Persona> persona(Project project) {
        return segment(project).flatMap(s -> s.segment().personaIds().stream().findFirst()).flatMap(project::persona);
    }

    public static List<Step> evaluate(Project project) {
        Optional<Card> segment = segment(project);
        Optional<Persona> persona = persona(project);
        String name = segment.map(Card::text).orElse(null);
        List<Step> steps = new ArrayList<>();
        steps.add(step(Place.SEGMENT, group(segment)));
        steps.add(step(Place.PROFILE_GAINS, needs(segment, ProfileArea.GAINS, MIN_GAINS)));
        steps.add(step(Place.PROFILE_PAINS, needs(segment, ProfileArea.PAINS, MIN_PAINS)));
        steps.add(step(Place.PERSONA, story(segment, persona)));
        steps.add(step(Place.PEOPLE, about(persona, p -> p.people().size() >= MIN_PEOPLE ? null
                : Missing.counted(Gap.FEW_PEOPLE, name, p.displayName(), p.people().size(), MIN_PEOPLE, MAX_PEOPLE))));
        steps.add(step(Place.QUESTIONS, about(persona, p -> {
            int n = (int) p.questions().stream().filter(q -> !q.isBlank()).count();
            return n >= MIN_QUESTIONS ? null : Missing.counted(Gap.FEW_QUESTIONS, name, p.displayName(), n,
                    MIN_QUESTIONS, MIN_QUESTIONS);
        })));
        steps.add(step(Place.CONVERSATIONS, about(persona, p -> conversations(segment, p, name))));
        List<String> answers = project.workbook() == null ? List.of() : project.workbook().reflections();
        int total = REFLECTION_QUESTIONS.size();
        int open = total - (int) answers.stream().filter(a -> !a.isBlank()).count();
        steps.add(step(Place.REFLECTION, open == 0 ? null
                : Missing.counted(Gap.OPEN_REFLECTIONS, name, null, open, total, total)));
        return steps;
    }

    /** The completion level in percent: each complete step counts the same. */
    public static int completion(List<Step> steps) {
        long done = steps.stream().filter(Step::complete).count();
        return (int) Math.round(100.0 * done / steps.size());
    }

    private static Step step(Place place, Missing missing) {
        return new Step(place.ordinal() + 1, place, missing);
    }

    /** Step 1: a customer group in your own terms, described in at least two dimensions. */
    private static Missing group(Optional<Card> segment) {
        if (segment.isEmpty()) {
            return Missing.of(Gap.NO_SEGMENT);
        }
        String name = segment.get().text();
        if (name.isBlank()) {
            return Missing.of(Gap.UNNAMED_SEGMENT, name);
        }
        Set<Dimension> used = segment.get().segment().characteristics().stream().map(Characteristic::dimension)
                .collect(Collectors.toSet());
        if (used.size() >= MIN_DIMENSIONS) {
            return null;
        }
        return used.isEmpty()
                ? new Missing(Gap.NO_CHARACTERISTICS, name, null, null, 0, MIN_DIMENSIONS, MIN_DIMENSIONS)
                : new Missing(Gap.ONE_DIMENSION, name, null, used.iterator().next(), 1, MIN_DIMENSIONS, MIN_DIMENSIONS);
    }

    /** Steps 2 and 3: gains or pains, then those our offering does not cover. */
    private static Missing needs(Optional<Card> segment, ProfileArea area, int min) {
        if (segment.isEmpty()) {
            return Missing.of(Gap.SEGMENT_FIRST);
        }
        String name = segment.get().text();
        boolean gains = area == ProfileArea.GAINS;
        List<ProfileItem> items = segment.get().segment().profile().items(area);
        int listed = (int) items.stream().filter(i -> !i.text().isBlank()).count();
        if (listed < min) {
            return Missing.counted(gains ? Gap.FEW_GAINS : Gap.FEW_PAINS, name, null, listed, min, min);
        }
        if (items.stream().noneMatch(ProfileItem::outsideOffering)) {
            return Missing.of(gains ? Gap.NO_GAIN_OUTSIDE_OFFERING : Gap.NO_PAIN_OUTSIDE_OFFERING, name);
        }
        return null;
    }

    /** Step 4: the persona, with a story of some length. */
    private static Missing story(Optional<Card> segment, Optional<Persona> persona) {
        if (segment.isEmpty()) {
            return Missing.of(Gap.SEGMENT_FIRST);
        }
        String name = segment.get().text();
        if (persona.isEmpty()) {
            return Missing.of(Gap.NO_PERSONA, name);
        }
        int words = words(persona.get().story());
        return words >= MIN_STORY_WORDS ? null : Missing.counted(Gap.SHORT_STORY, name, persona.get().displayName(),
                words, MIN_STORY_WORDS, MIN_STORY_WORDS);
    }

    /** Step 7: a conversation, and what was heard linked to the segment's pains and gains. */
    private static Missing conversations(Optional<Card> segment, Persona p, String name) {
        if (p.conversations().isEmpty()) {
            return Missing.of(Gap.NO_CONVERSATION, name);
        }
        Set<String> items = segment.map(s -> {
            CustomerProfile profile = s.segment().profile();
            return Stream.concat(profile.pains().stream(), profile.gains().stream())
                    .map(ProfileItem::id).collect(Collectors.toSet());
        }).orElse(Set.of());
        boolean linked = p.conversations().stream().flatMap(c -> c.evidence().stream())
                .anyMatch(e -> items.contains(e.itemId()));
        return linked ? null : Missing.of(Gap.NO_EVIDENCE, name);
    }

    /** What is missing about the persona (null: nothing), or that the persona itself is missing. */
    private static Missing about(Optional<Persona> persona, Function<Persona, Missing> missing) {
        // not Optional.map: a null answer ("nothing missing") would read as "no persona"
        return persona.isEmpty() ? Missing.of(Gap.PERSONA_FIRST) : missing.apply(persona.get());
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
