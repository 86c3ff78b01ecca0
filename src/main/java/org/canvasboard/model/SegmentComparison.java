package org.canvasboard.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Segments of one canvas side by side: one column per segment, one row per aspect. Cells are
 * lines of plain text (an empty list is an empty cell).
 */
public final class SegmentComparison {
    /** How many pains and gains the "top" rows show. */
    public static final int TOP = 3;

    public record Row(String label, List<List<String>> cells) {
    }

    private SegmentComparison() {
    }

    /** The rows for the given segment cards (columns in the same order). */
    public static List<Row> rows(Canvas canvas, List<Card> segments, List<Persona> personas) {
        List<Row> rows = new ArrayList<>();
        rows.add(row("Market type", segments, s -> s.segment().marketType() == null ? List.of()
                : List.of(s.segment().marketType().label())));
        rows.add(row("Not our customer", segments, s -> s.segment().excluded() ? List.of("Not our customer") : List.of()));
        for (Dimension d : Dimension.values()) {
            rows.add(row(d.label(), segments, s -> s.segment().characteristics(d)));
        }
        rows.add(row("Objective group", segments, s -> s.segment().objectiveGroup().isBlank() ? List.of()
                : List.of(s.segment().objectiveGroup())));
        rows.add(row("Personas", segments, s -> s.segment().personaIds().stream()
                .map(id -> personas.stream().filter(p -> p.id().equals(id)).findFirst().map(Persona::displayName).orElse("?"))
                .toList()));
        rows.add(row("Top jobs", segments, s -> top(s.segment().profile().jobs(), i -> i.kind().label())));
        rows.add(row("Top pains", segments, s -> top(s.segment().profile().pains(), i -> severity(i.level()))));
        rows.add(row("Top gains", segments, s -> top(s.segment().profile().gains(), i -> importance(i.level()))));
        rows.add(row("Purchase roles", segments, s -> roles(s.segment(), personas)));
        if (canvas.kind().has(BlockType.VALUE_PROPOSITIONS)) {
            rows.add(row("Value propositions", segments, s -> linked(canvas, BlockType.VALUE_PROPOSITIONS, s)));
        }
        if (canvas.kind().has(BlockType.CHANNELS)) {
            rows.add(row("Channels", segments, s -> linked(canvas, BlockType.CHANNELS, s)));
        }
        rows.add(row("Metrics", segments, s -> s.segment().metrics().stream()
                .map(m -> m.name() + (m.value().isBlank() ? "" : ": " + m.value())).toList()));
        return rows;
    }

    public static String severity(Level level) {
        return switch (level) {
            case LOW -> "minor";
            case MEDIUM -> "moderate";
            case HIGH -> "severe";
        };
    }

    public static String importance(Level level) {
        return switch (level) {
            case LOW -> "nice to have";
            case MEDIUM -> "expected";
            case HIGH -> "essential";
        };
    }

    /** "Teen: user, buyer" lines, one per holder. */
    public static List<String> roles(Segment segment, List<Persona> personas) {
        return segment.roles().stream().filter(h -> !h.roles().isEmpty()).map(h -> holderName(h, personas) + ": "
                + h.roles().stream().map(r -> r.label().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")))
                .toList();
    }

    public static String holderName(RoleHolder holder, List<Persona> personas) {
        if (holder.personaId() != null) {
            return personas.stream().filter(p -> p.id().equals(holder.personaId())).findFirst()
                    .map(Persona::displayName).orElse("Unknown persona");
        }
        return holder.name().isBlank() ? "Unnamed stakeholder" : holder.name();
    }

    private static List<String> top(List<ProfileItem> items, java.util.function.Function<ProfileItem, String> tag) {
        return items.stream().limit(TOP).map(i -> i.text() + " (" + tag.apply(i) + ")").toList();
    }

    private static List<String> linked(Canvas canvas, BlockType block, Card segment) {
        return canvas.cards(block).stream().filter(c -> c.segmentLinks().contains(segment.id())).map(Card::text).toList();
    }

    private static Row row(String label, List<Card> segments, java.util.function.Function<Card, List<String>> cell) {
        return new Row(label, segments.stream().map(cell).toList());
    }
}
