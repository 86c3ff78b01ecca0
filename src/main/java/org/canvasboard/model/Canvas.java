package org.canvasboard.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One canvas of a project (e.g. "Today" or "Next year"): a name, a kind, and the ordered cards
 * of each of the kind's blocks. Every block of the kind is present, possibly empty.
 */
public record Canvas(String id, String name, CanvasKind kind, Map<BlockType, List<Card>> blocks) {

    public Canvas {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name;
        EnumMap<BlockType, List<Card>> copy = new EnumMap<>(BlockType.class);
        for (BlockType block : kind.blocks()) {
            List<Card> cards = blocks == null ? null : blocks.get(block);
            copy.put(block, cards == null ? List.of() : List.copyOf(cards));
        }
        if (blocks != null) {
            for (BlockType block : blocks.keySet()) {
                if (!kind.has(block)) {
                    throw new IllegalArgumentException(block.id() + " is not a block of " + kind.displayName());
                }
            }
        }
        blocks = Collections.unmodifiableMap(copy);
    }

    /** An empty canvas of the given kind with a fresh id. */
    public static Canvas empty(String name, CanvasKind kind) {
        return new Canvas(Ids.newId("canvas"), name, kind, Map.of());
    }

    public List<Card> cards(BlockType block) {
        return blocks.getOrDefault(block, List.of());
    }

    public int cardCount() {
        return blocks.values().stream().mapToInt(List::size).sum();
    }
}
