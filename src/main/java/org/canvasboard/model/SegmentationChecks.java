package org.canvasboard.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sensible-segmentation checks of DOMAIN.md, run over a project. Each returns hints in the
 * order of the canvases and their segments; an empty list means nothing to point out.
 */
public final class SegmentationChecks {
    private static final List<PurchaseRole> KEY_ROLES = List.of(PurchaseRole.BUYER, PurchaseRole.PAYER, PurchaseRole.USER);

    private SegmentationChecks() {
    }

    public static List<SegmentationHint> run(Project project) {
        List<SegmentationHint> hints = new ArrayList<>();
        for (Canvas canvas : project.canvases()) {
            hints.addAll(run(canvas));
        }
        return hints;
    }

    public static List<SegmentationHint> run(Canvas canvas) {
        List<Card> all = canvas.kind().blocks().stream().flatMap(b -> canvas.cards(b).stream()).toList();
        List<Card> segments = all.stream().filter(Card::isSegment).toList();
        List<SegmentationHint> hints = new ArrayList<>();
        if (segments.isEmpty()) {
            return hints;
        }
        for (Card card : segments) {
            Segment s = card.segment();
            String name = name(card);
            if (s.excluded()) {
                continue;
            }
            if (s.personaIds().isEmpty()) {
                hints.add(hint(1, name + " has no persona yet: tell the story of one typical member.", canvas, card,
                        SegmentationHint.Focus.PERSONAS));
            }
            if (s.profile().isEmpty()) {
                boolean demographicOnly = !s.characteristics().isEmpty()
                        && s.characteristics().stream().allMatch(c -> c.dimension() == Dimension.DEMOGRAPHIC);
                hints.add(hint(2, demographicOnly
                        ? name + " is described by demographics alone: add the jobs, pains or gains that set it apart."
                        : name + " has no jobs, pains or gains yet: what do these people need?", canvas, card,
                        SegmentationHint.Focus.PROFILE));
            }
            boolean served = canvas.kind().has(BlockType.VALUE_PROPOSITIONS) && canvas.cards(BlockType.VALUE_PROPOSITIONS)
                    .stream().anyMatch(vp -> vp.segmentLinks().contains(card.id()));
            if (!served) {
                hints.add(hint(3, "No value proposition is linked to " + name + ": what do we offer this group?",
                        canvas, card, SegmentationHint.Focus.LINKS));
            }
            List<String> missing = KEY_ROLES.stream().filter(r -> !s.hasRole(r))
                    .map(r -> r.label().toLowerCase(Locale.ROOT)).toList();
            if (!missing.isEmpty()) {
                hints.add(hint(5, name + ": nobody is named as " + String.join(", ", missing)
                        + " yet (one person may hold several roles).", canvas, card, SegmentationHint.Focus.ROLES));
            }
            if (s.marketType() == MarketType.MULTI_SIDED && !linkedToAnotherSegment(card, segments)) {
                hints.add(hint(7, name + " is multi-sided, but no other segment is linked to it: link the side "
                        + "whose presence gives it value.", canvas, card, SegmentationHint.Focus.LINKS));
            }
        }
        if (segments.stream().noneMatch(c -> c.segment().excluded())) {
            hints.add(new SegmentationHint(4, "No group on \u201c" + canvas.name() + "\u201d is named as not our "
                    + "customer: who will we deliberately not serve?", canvas.id(), null,
                    SegmentationHint.Focus.SEGMENTS_BLOCK));
        }
        // each segment's fingerprint once, not once per pair (it was most of a check's time)
        List<Set<String>> prints = segments.stream().map(c -> fingerprint(c.segment())).toList();
        for (int i = 0; i < segments.size(); i++) {
            for (int j = i + 1; j < segments.size(); j++) {
                Card a = segments.get(i);
                Card b = segments.get(j);
                Set<String> fa = prints.get(i);
                if (!fa.isEmpty() && fa.equals(prints.get(j))) {
                    hints.add(hint(6, name(a) + " and " + name(b) + " have the same characteristics and needs: what "
                            + "sets them apart, or are they one segment?", canvas, b, SegmentationHint.Focus.SEGMENT));
                }
            }
        }
        hints.sort(java.util.Comparator.comparingInt(SegmentationHint::rule));
        return hints;
    }

    private static boolean linkedToAnotherSegment(Card card, List<Card> segments) {
        return segments.stream().anyMatch(other -> other != card
                && (other.segmentLinks().contains(card.id()) || card.segmentLinks().contains(other.id())));
    }

    /** What a segment is made of, for telling two apart: characteristics and needs, case-blind. */
    private static Set<String> fingerprint(Segment s) {
        Set<String> parts = new HashSet<>();
        s.characteristics().forEach(c -> parts.add(c.dimension().id() + ":" + norm(c.text())));
        for (ProfileArea area : ProfileArea.values()) {
            parts.addAll(s.profile().items(area).stream().map(i -> area.id() + ":" + norm(i.text()))
                    .collect(Collectors.toSet()));
        }
        parts.removeIf(p -> p.endsWith(":"));
        return parts;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static String norm(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static String name(Card card) {
        return "\u201c" + (card.text().isBlank() ? "Unnamed segment" : card.text().strip()) + "\u201d";
    }

    private static SegmentationHint hint(int rule, String message, Canvas canvas, Card card, SegmentationHint.Focus focus) {
        return new SegmentationHint(rule, message, canvas.id(), card.id(), focus);
    }
}
