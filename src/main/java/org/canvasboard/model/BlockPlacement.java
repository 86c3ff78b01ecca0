package org.canvasboard.model;

/** Where a block sits in a canvas layout grid (columns and rows of equal unit size). */
public record BlockPlacement(BlockType block, int column, int row, int columnSpan, int rowSpan) {
    public BlockPlacement {
        if (block == null || column < 0 || row < 0 || columnSpan < 1 || rowSpan < 1) {
            throw new IllegalArgumentException("invalid placement for " + block);
        }
    }
}
