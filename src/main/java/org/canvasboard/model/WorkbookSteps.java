package org.canvasboard.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The eight steps of the segmentation assignment (DOMAIN.md), each judged from the project's
 * real content, with what is still missing in words a student can act on, and the completion
 * level they add up to.
 */
public final class WorkbookSteps {
    public static final int MIN_GAINS = 3;
    public static final int MIN_PAINS = 3;
    public static final int MIN_STORY_WORDS = 25;
    public static final int MIN_PEOPLE = 3;
    public static final int MAX_PEOPLE = 5;
    public static final int MIN_QUESTIONS = 3;
    public static final List<String> REFLECTION_QUESTIONS = List.of(
            "Looking at your list of customers, which segments does it suggest?",
            "Which dimensions did you use to describe your group (demographic, geographic, psychographic, behavioural), and why those?",
            "How have you grouped customers before, and what would you do differently now?");

    /** Where a step is done in the app. */
    public enum Place { SEGMENT, PROFILE_GAINS, PROFILE_PAINS, PERSONA, PEOPLE, QUESTIONS, CONVERSATIONS, REFLECTION }

    /** One step as it stands: complete, or what is missing. */
    public record Step(int number, String title, boolean complete, String missing, Place place) {
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
        String name = segment.map(c -> "\u201c" + (c.text().isBlank() ? "your segment" : c.text()) + "\u201d").orElse("your segment");
        List<Step> steps = new ArrayList<>();

        // 1. a customer group in your own terms
        String missing1 = null;
        if (segment.isEmpty()) {
            missing1 = "Create your customer group: add a card in Customer Segments and open it as a segment.";
        } else if (segment.get().text().isBlank()) {
            missing1 = "Give your segment a name.";
        } else {
            Set<Dimension> used = segment.get().segment().characteristics().stream().map(Characteristic::dimension)
                    .collect(Collectors.toSet());
            if (used.size() < 2) {
                missing1 = "Describe " + name + " in at least two dimensions (demographic, geographic, psychographic, "
                        + "behavioural); " + (used.isEmpty() ? "it has no characteristics yet."
                        : "so far only " + used.iterator().next().label().toLowerCase(java.util.Locale.ROOT) + ".");
            }
        }
        steps.add(new Step(1, "Define one customer group", missing1 == null, missing1, Place.SEGMENT));

        // 2 and 3: gains and pains, then what our offering does not cover
        steps.add(needs(2, "Gains they seek, and those we do not deliver", segment, ProfileArea.GAINS, MIN_GAINS, name,
                Place.PROFILE_GAINS));
        steps.add(needs(3, "Pains they avoid, and those we do not address", segment, ProfileArea.PAINS, MIN_PAINS, name,
                Place.PROFILE_PAINS));

        // 4. the persona
        String missing4 = null;
        if (segment.isEmpty()) {
            missing4 = "First define your customer group (step 1).";
        } else if (persona.isEmpty()) {
            missing4 = "Write a persona for " + name + ": add one in the persona gallery and link it to the segment.";
        } else {
            int words = words(persona.get().story());
            if (words < MIN_STORY_WORDS) {
                missing4 = "Tell " + persona.get().displayName() + "'s story in at least " + MIN_STORY_WORDS
                        + " words (now " + words + ").";
            }
        }
        steps.add(new Step(4, "Write the persona", missing4 == null, missing4, Place.PERSONA));

        // 5. real people
        String missing5 = about(persona, p -> {
            int n = p.people().size();
            return n >= MIN_PEOPLE ? null : "Name " + MIN_PEOPLE + " to " + MAX_PEOPLE + " real people who fit "
                    + p.displayName() + " (now " + n + ").";
        });
        steps.add(new Step(5, "Find " + MIN_PEOPLE + " to " + MAX_PEOPLE + " real people", missing5 == null, missing5, Place.PEOPLE));

        // 6. questions
        String missing6 = about(persona, p -> {
            long n = p.questions().stream().filter(q -> !q.isBlank()).count();
            return n >= MIN_QUESTIONS ? null : "Prepare at least " + MIN_QUESTIONS + " questions for your conversations (now "
                    + n + ").";
        });
        steps.add(new Step(6, "Prepare your questions", missing6 == null, missing6, Place.QUESTIONS));

        // 7. conversations linked to pains and gains
        String missing7 = about(persona, p -> {
            Set<String> items = segment.map(s -> {
                var profile = s.segment().profile();
                return java.util.stream.Stream.concat(profile.pains().stream(), profile.gains().stream())
                        .map(ProfileItem::id).collect(Collectors.toSet());
            }).orElse(Set.of());
            if (p.conversations().isEmpty()) {
                return "Record a conversation with one of the people you found.";
            }
            boolean linked = p.conversations().stream().flatMap(c -> c.evidence().stream())
                    .anyMatch(e -> items.contains(e.itemId()));
            return linked ? null : "Link what you heard to the pains and gains of " + name + " (confirmed or refuted).";
        });
        steps.add(new Step(7, "Record your conversations", missing7 == null, missing7, Place.CONVERSATIONS));

        // 8. reflection
        List<String> answers = project.workbook() == null ? List.of() : project.workbook().reflections();
        long open = REFLECTION_QUESTIONS.size() - answers.stream().filter(a -> !a.isBlank()).count();
        String missing8 = open == 0 ? null : "Answer the reflection question" + (open == 1 ? "" : "s") + " (" + open
                + " of " + REFLECTION_QUESTIONS.size() + " still open).";
        steps.add(new Step(8, "Reflect", missing8 == null, missing8, Place.REFLECTION));
        return steps;
    }

    /** The completion level in percent: each complete step counts the same. */
    public static int completion(List<Step> steps) {
        long done = steps.stream().filter(Step::complete).count();
        return (int) Math.round(100.0 * done / steps.size());
    }

    private static Step needs(int number, String title, Optional<Card> segment, ProfileArea area, int min, String name,
                              Place place) {
        String noun = area == ProfileArea.GAINS ? "gains" : "pains";
        String missing;
        if (segment.isEmpty()) {
            missing = "First define your customer group (step 1).";
        } else {
            List<ProfileItem> items = segment.get().segment().profile().items(area);
            long listed = items.stream().filter(i -> !i.text().isBlank()).count();
            if (listed < min) {
                missing = "List at least " + min + " " + noun + " of " + name + " (now " + listed + ").";
            } else if (items.stream().noneMatch(ProfileItem::outsideOffering)) {
                missing = area == ProfileArea.GAINS
                        ? "Flag the gains your current offering does not deliver (\u201coutside our offering\u201d)."
                        : "Flag the pains your offering does not address yet (\u201coutside our offering\u201d).";
            } else {
                missing = null;
            }
        }
        return new Step(number, title, missing == null, missing, place);
    }

    /** What is missing about the persona (null: nothing), or that the persona itself is missing. */
    private static String about(Optional<Persona> persona, java.util.function.Function<Persona, String> missing) {
        // not Optional.map: a null answer ("nothing missing") would read as "no persona"
        return persona.isEmpty() ? "First write the persona (step 4)." : missing.apply(persona.get());
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
