package org.canvasboard.viewmodel;

import java.util.List;

/** Stepping through the cards that match the search, in canvas order, going round at the end. */
final class CardSearch {
    private CardSearch() {
    }

    /**
     * The next card after {@code from} (or the previous one before it) that matches the query,
     * or null when none does; {@code from} null starts at the beginning (or the end).
     */
    static CardViewModel step(List<CardViewModel> all, CardViewModel from, String query, boolean forward) {
        int at = from == null ? -1 : all.indexOf(from);
        int n = all.size();
        for (int step = 1; step <= n; step++) {
            int i = forward ? Math.floorMod(at + step, n) : Math.floorMod((at < 0 ? n : at) - step, n);
            CardViewModel card = all.get(i);
            if (card.matches(query)) {
                return card;
            }
        }
        return null;
    }
}
