package org.canvasboard.viewmodel;

import org.canvasboard.model.SegmentColor;

/**
 * A segment as a persona screen shows it: its card (the key, and where "go to segment" leads),
 * its name and its colour. Two values differ when the name or colour changed, so a list of them
 * changes exactly when a chip must be redrawn.
 */
public record LinkedSegment(CardViewModel card, String name, SegmentColor colour) {
    static LinkedSegment of(CardViewModel card) {
        return new LinkedSegment(card, card.getText(), card.getSegment().color());
    }
}
