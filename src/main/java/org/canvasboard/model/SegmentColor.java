package org.canvasboard.model;

import java.util.Collection;
import java.util.Optional;

/**
 * The marks that tell segments apart on the canvas: strong hues that stay distinct from the card
 * colours and from one another, also for the common forms of colour blindness (ordered so the
 * first few differ most).
 */
public enum SegmentColor implements Coded {
    BLUE("blue", "Blue", "#1f6feb"),
    ORANGE("orange", "Orange", "#e36209"),
    TEAL("teal", "Teal", "#0e8a7e"),
    MAGENTA("magenta", "Magenta", "#c2185b"),
    OLIVE("olive", "Olive", "#7a7a00"),
    VIOLET("violet", "Violet", "#6f42c1"),
    BROWN("brown", "Brown", "#8b5a2b"),
    SLATE("slate", "Slate", "#4b5563");

    private final String id;
    private final String label;
    private final String hex;

    SegmentColor(String id, String label, String hex) {
        this.id = id;
        this.label = label;
        this.hex = hex;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    /** The colour as CSS hex, e.g. {@code #1f6feb}. */
    public String hex() {
        return hex;
    }

    public static Optional<SegmentColor> fromId(String id) {
        return Coded.fromId(SegmentColor.class, id);
    }

    /** The first colour no segment uses yet, or the least used one once all are taken. */
    public static SegmentColor nextFree(Collection<SegmentColor> used) {
        SegmentColor best = BLUE;
        long bestCount = Long.MAX_VALUE;
        for (SegmentColor c : values()) {
            long count = used.stream().filter(u -> u == c).count();
            if (count < bestCount) {
                best = c;
                bestCount = count;
            }
        }
        return best;
    }
}
