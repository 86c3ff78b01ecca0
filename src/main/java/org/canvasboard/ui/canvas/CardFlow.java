package org.canvasboard.ui.canvas;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

import java.util.List;

/**
 * The cards of a block in rows of equal columns, left to right and top to bottom. Unlike a
 * general flow layout it knows its column count and card width (the block decides them from its
 * width), so it measures each card once per layout pass, keeps the row positions until a card
 * changes, and never stretches a card: a card that moves only moves, it is not laid out again.
 * On a crowded canvas this is what keeps typing and dragging within a frame.
 */
final class CardFlow extends Pane {
    private final double gap;
    private int columns = 1;
    private double cardWidth = 140;
    /** Top of each row, and after the last row the bottom of the content; null when stale. */
    private double[] rowTops;

    CardFlow(double gap) {
        this.gap = gap;
        setMinWidth(0);
    }

    /** Sets how many cards share a row and how wide each is. */
    void setColumns(int columns, double cardWidth) {
        if (columns != this.columns || cardWidth != this.cardWidth) {
            this.columns = Math.max(1, columns);
            this.cardWidth = cardWidth;
            requestLayout();
        }
    }

    int columns() {
        return columns;
    }

    double cardWidth() {
        return cardWidth;
    }

    @Override
    public void requestLayout() {
        rowTops = null;
        super.requestLayout();
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight() + columns * cardWidth + (columns - 1) * gap;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double[] tops = rows();
        return tops[tops.length - 1] + getInsets().getBottom();
    }

    private double[] rows() {
        if (rowTops == null) {
            List<Node> cards = getManagedChildren();
            int rowCount = (cards.size() + columns - 1) / columns;
            double[] tops = new double[rowCount + 1];
            double y = getInsets().getTop();
            for (int row = 0; row < rowCount; row++) {
                tops[row] = y;
                double height = 0;
                for (int i = row * columns; i < Math.min(cards.size(), (row + 1) * columns); i++) {
                    height = Math.max(height, cards.get(i).prefHeight(cardWidth));
                }
                y += snapSizeY(height) + (row < rowCount - 1 ? gap : 0);
            }
            tops[rowCount] = y;
            rowTops = tops;
        }
        return rowTops;
    }

    @Override
    protected void layoutChildren() {
        double[] tops = rows();
        List<Node> cards = getManagedChildren();
        double left = getInsets().getLeft();
        for (int i = 0; i < cards.size(); i++) {
            Node card = cards.get(i);
            int row = i / columns;
            int column = i % columns;
            card.resizeRelocate(snapPositionX(left + column * (cardWidth + gap)), tops[row],
                    cardWidth, snapSizeY(card.prefHeight(cardWidth)));
        }
    }
}
