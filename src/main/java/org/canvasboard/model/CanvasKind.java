package org.canvasboard.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.canvasboard.model.BlockType.*;

/**
 * The canvas variants a project can hold. Each kind is data: its blocks in reading order and
 * their placement on a grid, so views are generated rather than hand-placed.
 */
public enum CanvasKind {
    BUSINESS_MODEL("businessModel", "Business Model Canvas", 10, new double[] {36, 36, 28}, List.of(
            new BlockPlacement(KEY_PARTNERS, 0, 0, 2, 2),
            new BlockPlacement(KEY_ACTIVITIES, 2, 0, 2, 1),
            new BlockPlacement(KEY_RESOURCES, 2, 1, 2, 1),
            new BlockPlacement(VALUE_PROPOSITIONS, 4, 0, 2, 2),
            new BlockPlacement(CUSTOMER_RELATIONSHIPS, 6, 0, 2, 1),
            new BlockPlacement(CHANNELS, 6, 1, 2, 1),
            new BlockPlacement(CUSTOMER_SEGMENTS, 8, 0, 2, 2),
            new BlockPlacement(COST_STRUCTURE, 0, 2, 5, 1),
            new BlockPlacement(REVENUE_STREAMS, 5, 2, 5, 1))),
    PRODUCT("productCanvas", "Product Canvas (13 blocks)", 12, new double[] {30, 30, 20, 20}, List.of(
            new BlockPlacement(KEY_PARTNERS, 0, 0, 2, 2),
            new BlockPlacement(KEY_ACTIVITIES, 2, 0, 2, 1),
            new BlockPlacement(KEY_RESOURCES, 2, 1, 2, 1),
            new BlockPlacement(VALUE_PROPOSITIONS, 4, 0, 2, 2),
            new BlockPlacement(CUSTOMER_RELATIONSHIPS, 6, 0, 2, 1),
            new BlockPlacement(CHANNELS, 6, 1, 2, 1),
            new BlockPlacement(CUSTOMER_PROBLEM, 8, 0, 2, 2),
            new BlockPlacement(CUSTOMER_SEGMENTS, 10, 0, 2, 2),
            new BlockPlacement(COST_STRUCTURE, 0, 2, 6, 1),
            new BlockPlacement(REVENUE_STREAMS, 6, 2, 6, 1),
            new BlockPlacement(ECO_SOCIAL_COSTS, 0, 3, 4, 1),
            new BlockPlacement(KPIS, 4, 3, 4, 1),
            new BlockPlacement(ECO_SOCIAL_BENEFITS, 8, 3, 4, 1)));

    private final String id;
    private final String displayName;
    private final int columns;
    private final double[] rowWeights;
    private final List<BlockPlacement> placements;

    CanvasKind(String id, String displayName, int columns, double[] rowWeights, List<BlockPlacement> placements) {
        this.id = id;
        this.displayName = displayName;
        this.columns = columns;
        this.rowWeights = rowWeights;
        this.placements = placements;
    }

    /** Stable identifier written in project files. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rowWeights.length;
    }

    /** Relative height of each layout row, in percent. */
    public double rowWeight(int row) {
        return rowWeights[row];
    }

    /** Blocks in reading order (left to right, top to bottom), which is also keyboard order. */
    public List<BlockPlacement> placements() {
        return placements;
    }

    public List<BlockType> blocks() {
        return placements.stream().map(BlockPlacement::block).toList();
    }

    public boolean has(BlockType block) {
        return placements.stream().anyMatch(p -> p.block() == block);
    }

    public BlockPlacement placementOf(BlockType block) {
        return placements.stream().filter(p -> p.block() == block).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(block + " is not part of " + this));
    }

    public static Optional<CanvasKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
