package org.canvasboard.ui.canvas;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * Heights remembered for the last few widths measured (a zoom step and back needs no new
 * measure), until forgotten. A block's flow asks every card for its height at the block's card
 * width on every pass, and measuring wrapped text is the costliest part of a frame on a crowded
 * canvas; the answer only changes when the card itself changes, which forgets it.
 */
final class HeightForWidth {
    private static final int KEPT = 3;
    private final double[] widths = new double[KEPT];
    private final double[] heights = new double[KEPT];
    private int next;

    HeightForWidth() {
        forget();
    }

    /** The height remembered for this width, else measured now (and remembered). */
    double get(double forWidth, DoubleUnaryOperator measure) {
        for (int i = 0; i < KEPT; i++) {
            if (widths[i] == forWidth) {
                return heights[i];
            }
        }
        double height = measure.applyAsDouble(forWidth);
        widths[next] = forWidth;
        heights[next] = height;
        next = (next + 1) % KEPT;
        return height;
    }

    void forget() {
        Arrays.fill(widths, Double.NaN);
    }
}
