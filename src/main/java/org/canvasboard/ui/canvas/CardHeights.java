package org.canvasboard.ui.canvas;

import javafx.scene.layout.Region;

import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The heights a block's flow measured its cards at while they were in the scene, at the last few
 * card widths (the latest first): zooming out and back, or a block a pixel narrower for a
 * moment, needs no new guesses for cards out of the scene.
 */
final class CardHeights {
    private static final int WIDTHS_KEPT = 3;
    /** Per card, pairs of width and height, the latest first. */
    private final Map<Region, double[]> known = new IdentityHashMap<>();

    /** Forgets the cards that are no longer in the flow. */
    void keepOnly(Collection<? extends Region> cards) {
        Set<Region> kept = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        kept.addAll(cards);
        known.keySet().retainAll(kept);
    }

    /** Forgets what a card measured (it changed). */
    void forget(Region card) {
        known.remove(card);
    }

    boolean isEmpty() {
        return known.isEmpty();
    }

    /** The height at the width nearest to this one that the card was measured at, or the fallback. */
    double nearest(Region card, double width, double fallback) {
        double[] k = known.get(card);
        if (k == null) {
            return fallback;
        }
        int nearest = 0;
        for (int i = 2; i < k.length; i += 2) {
            if (Math.abs(k[i] - width) < Math.abs(k[nearest] - width)) {
                nearest = i;
            }
        }
        return k[nearest + 1];
    }

    /** The height measured at exactly this width, or NaN if there is none. */
    double at(Region card, double width) {
        double[] k = known.get(card);
        if (k != null) {
            for (int i = 0; i < k.length; i += 2) {
                if (k[i] == width) {
                    return k[i + 1];
                }
            }
        }
        return Double.NaN;
    }

    /** Notes a card's height at a width, as the latest one. */
    void remember(Region card, double width, double height) {
        double[] k = known.get(card);
        if (k != null && k[0] == width) {
            k[1] = height;
            return;
        }
        double[] now = new double[Math.min(2 * WIDTHS_KEPT, (k == null ? 0 : k.length) + 2)];
        now[0] = width;
        now[1] = height;
        int at = 2;
        for (int i = 0; k != null && i < k.length && at < now.length; i += 2) {
            if (k[i] != width) {
                now[at++] = k[i];
                now[at++] = k[i + 1];
            }
        }
        known.put(card, at == now.length ? now : Arrays.copyOf(now, at));
    }

    /** The average of the latest heights known (0 when none is). */
    double average() {
        double sum = 0;
        for (double[] k : known.values()) {
            sum += k[1];
        }
        return known.isEmpty() ? 0 : sum / known.size();
    }
}
