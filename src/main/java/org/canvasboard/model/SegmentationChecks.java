package org.canvasboard.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The sensible-segmentation checks of DOMAIN.md, run over a project. Each returns hints in the
 * order of the canvases and their segments; an empty list means nothing to point out. A hint
 * says what was found and names whom it is about; the window words it.
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
            if (s.excluded()) {
                continue;
            }
            if (s.personaIds().isEmpty()) {
                hints.add(about(SegmentationHint.Kind.NO_PERSONA, canvas, card));
            }
            if (s.profile().isEmpty()) {
                boolean demographicOnly = !s.characteristics().isEmpty()
                        && s.characteristics().stream().allMatch(c -> c.dimension() == Dimension.DEMOGRAPHIC);
                hints.add(about(demographicOnly ? SegmentationHint.Kind.DEMOGRAPHICS_ONLY
                        : SegmentationHint.Kind.NO_NEEDS, canvas, card));
            }
            boolean served = canvas.kind().has(BlockType.VALUE_PROPOSITIONS) && canvas.cards(BlockType.VALUE_PROPOSITIONS)
                    .stream().anyMatch(vp -> vp.segmentLinks().contains(card.id()));
            if (!served) {
                hints.add(about(SegmentationHint.Kind.NOT_SERVED, canvas, card));
            }
            List<PurchaseRole> missing = KEY_ROLES.stream().filter(r -> !s.hasRole(r)).toList();
            if (!missing.isEmpty()) {
                hints.add(new SegmentationHint(SegmentationHint.Kind.MISSING_ROLES, canvas.id(), card.id(), null,
                        List.of(name(card)), missing));
            }
            if (s.marketType() == MarketType.MULTI_SIDED && !linkedToAnotherSegment(card, segments)) {
                hints.add(about(SegmentationHint.Kind.MULTI_SIDED_ALONE, canvas, card));
            }
        }
        if (segments.stream().noneMatch(c -> c.segment().excluded())) {
            hints.add(new SegmentationHint(SegmentationHint.Kind.NO_EXCLUDED_GROUP, canvas.id(), null, null,
                    List.of(canvas.name()), List.of()));
        }
        // each segment's fingerprint once, not once per pair (it was most of a check's time)
        List<Set<String>> prints = segments.stream().map(c -> fingerprint(c.segment())).toList();
        for (int i = 0; i < segments.size(); i++) {
            for (int j = i + 1; j < segments.size(); j++) {
                Card a = segments.get(i);
                Card b = segments.get(j);
                Set<String> fa = prints.get(i);
                if (!fa.isEmpty() && fa.equals(prints.get(j))) {
                    hints.add(new SegmentationHint(SegmentationHint.Kind.SAME_AS_ANOTHER, canvas.id(), b.id(), a.id(),
                            List.of(name(a), name(b)), List.of()));
                }
            }
        }
        hints.sort(Comparator.comparingInt(SegmentationHint::rule));
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

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static String norm(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** A segment's name as written (blank when it has none; the words say "unnamed"). */
    private static String name(Card card) {
        return card.text().strip();
    }

    private static SegmentationHint about(SegmentationHint.Kind kind, Canvas canvas, Card card) {
        return new SegmentationHint(kind, canvas.id(), card.id(), null, List.of(name(card)), List.of());
    }
}
