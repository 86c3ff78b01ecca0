package org.canvasboard.ui.canvas;

import javafx.scene.control.Label;

/**
 * A card's text: a label that remembers its height for the last widths it was measured at (a
 * wrapped label lays its text out again on every question; the card asks for its minimum and
 * its preferred height at each measure). Any change to the label requests a layout, which
 * forgets it.
 */
final class CardText extends Label {
    private final HeightForWidth measured = new HeightForWidth();

    @Override
    protected double computePrefHeight(double width) {
        return measured.get(width, super::computePrefHeight);
    }

    @Override
    public void requestLayout() {
        if (measured != null) { // null while the label is being constructed
            measured.forget();
        }
        super.requestLayout();
    }
}
