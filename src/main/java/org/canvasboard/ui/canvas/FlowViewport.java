package org.canvasboard.ui.canvas;

import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;

/**
 * The visible part of a block's card flow, as the enclosing scroll pane tells it, and the card
 * the user is looking at. When the rows change (a card measured, added, removed or rewrapped),
 * the flow scrolls so that this card, the anchor, stays where it was: what the user is looking
 * at does not jump.
 *
 * <p>Rows are given as their tops, and after the last row the bottom of the content; cards
 * fill them {@code columns} to a row.
 */
final class FlowViewport {
    private DoubleSupplier top = () -> 0;
    private DoubleSupplier height = () -> Double.POSITIVE_INFINITY;
    private DoubleConsumer scrollTo = wanted -> { };
    /** The card at the top of the visible part and how far below the top its row starts. */
    private Region anchor;
    private double anchorOffset;

    /** Where the visible part is, in the flow's coordinates, and how to scroll it. */
    void set(DoubleSupplier top, DoubleSupplier height, DoubleConsumer scrollTo) {
        this.top = top;
        this.height = height;
        this.scrollTo = scrollTo;
    }

    boolean hasAnchor() {
        return anchor != null;
    }

    /** Notes which card is at the top of the visible part now. */
    void takeAnchor(double[] tops, List<Region> cards, int columns) {
        anchor = null;
        double now = top.getAsDouble();
        for (int row = 0; row < tops.length - 1; row++) {
            if (tops[row + 1] > now) {
                anchor = cards.get(row * columns);
                anchorOffset = tops[row] - now;
                return;
            }
        }
    }

    /**
     * Scrolls so that the anchor card's row is where it was in the visible part; false when it
     * already was (or there is no anchor), and nothing scrolled.
     */
    boolean keepAnchor(double[] tops, List<Region> cards, int columns) {
        int i = anchor == null ? -1 : cards.indexOf(anchor);
        if (i < 0) {
            return false;
        }
        double wanted = tops[i / columns] - anchorOffset;
        if (Math.abs(wanted - top.getAsDouble()) < 0.5) {
            return false;
        }
        scrollTo.accept(wanted);
        return true;
    }

    /** The cards whose rows are in the visible part or within a margin of it (in viewport heights). */
    List<Region> cardsNear(double[] tops, List<Region> cards, int columns, double margin) {
        double visible = height.getAsDouble();
        if (!(visible > 0) || Double.isInfinite(visible)) {
            visible = Double.isInfinite(visible) ? Double.MAX_VALUE / 4 : 800;
        }
        double from = top.getAsDouble() - margin * visible;
        double to = top.getAsDouble() + visible + margin * visible;
        List<Region> near = new ArrayList<>();
        int rowCount = tops.length - 1;
        for (int row = 0; row < rowCount; row++) {
            if (tops[row + 1] >= from && tops[row] <= to) {
                for (int i = row * columns; i < Math.min(cards.size(), (row + 1) * columns); i++) {
                    near.add(cards.get(i));
                }
            }
        }
        return near;
    }
}
