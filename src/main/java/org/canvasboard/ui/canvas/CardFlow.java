package org.canvasboard.ui.canvas;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * The cards of a block in rows of equal columns, left to right and top to bottom.
 *
 * <p>Only the cards in and near the visible part of the block are in the scene: a block of a
 * large canvas may hold a hundred cards of which six can be seen, and every node in the scene
 * costs on every frame (styling, layout, the bounds pass) and, the first time, while the canvas
 * opens. A card's height is known once it has been shown; until then the flow assumes the
 * average of the heights it knows, and corrects the rows below as cards come into view.
 *
 * <p>It knows its column count and card width (the block decides them from its width), measures
 * each card once, keeps the row positions until a card changes, and never stretches a card: a
 * card that moves only moves, it is not laid out again.
 */
final class CardFlow extends Pane {
    /** Cards this far beyond the visible part (in viewport heights) are kept in the scene too. */
    private static final double MARGIN = 1.0;
    private static final double FIRST_GUESS = 60;

    private final double gap;
    private int columns = 1;
    private double cardWidth = 140;
    private List<Region> cards = List.of();
    /** Heights measured while in the scene, and the card width they were measured at. */
    private final Map<Region, double[]> known = new IdentityHashMap<>();
    /** Top of each row, and after the last row the bottom of the content; null when stale. */
    private double[] rowTops;
    private DoubleSupplier viewportTop = () -> 0;
    private DoubleSupplier viewportHeight = () -> Double.POSITIVE_INFINITY;
    private boolean arranging;

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

    /** Where the visible part of the flow is, in its own coordinates (told by the enclosing scroll pane). */
    void setViewport(DoubleSupplier top, DoubleSupplier height) {
        this.viewportTop = top;
        this.viewportHeight = height;
    }

    /** The visible part moved: other cards may need to be in the scene; the rows stay as they are. */
    void viewportMoved() {
        super.requestLayout();
    }

    /** The cards in order, shown or not. */
    void setCards(List<? extends Region> views) {
        if (views.equals(cards)) {
            return;
        }
        cards = List.copyOf(views);
        known.keySet().retainAll(java.util.Set.copyOf(cards));
        for (Region card : cards) {
            if (card instanceof CardView view) {
                // a card out of the scene that changes (an undo, the details panel) has no parent
                // to tell: it tells the flow instead, which forgets its height
                view.setDetachedChange(() -> {
                    known.remove(view);
                    requestLayout();
                });
            }
        }
        requestLayout();
    }

    List<Region> cards() {
        return cards;
    }

    int columns() {
        return columns;
    }

    double cardWidth() {
        return cardWidth;
    }

    /** Where a card is (or would be, once shown) in the flow: its top and height. */
    double[] boxOf(Region card) {
        int i = cards.indexOf(card);
        if (i < 0) {
            return null;
        }
        double[] tops = rows();
        return new double[] {tops[i / columns], height(card, guess())};
    }

    @Override
    public void requestLayout() {
        if (!arranging) {
            rowTops = null;
        }
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

    private double height(Region card) {
        return height(card, FIRST_GUESS);
    }

    /** A card's height: measured if it is in the scene, remembered if it was, else the guess. */
    private double height(Region card, double guess) {
        if (card.getParent() == this) {
            double h = snapSizeY(card.prefHeight(cardWidth));
            known.put(card, new double[] {cardWidth, h});
            return h;
        }
        double[] k = known.get(card);
        if (k != null && k[0] == cardWidth) {
            return k[1];
        }
        return guess;
    }

    private double guess() {
        double sum = 0;
        int count = 0;
        for (double[] k : known.values()) {
            if (k[0] == cardWidth) {
                sum += k[1];
                count++;
            }
        }
        return count == 0 ? FIRST_GUESS : snapSizeY(sum / count);
    }

    private double[] rows() {
        if (rowTops == null) {
            int rowCount = (cards.size() + columns - 1) / columns;
            double[] tops = new double[rowCount + 1];
            double guess = guess();
            double y = getInsets().getTop();
            for (int row = 0; row < rowCount; row++) {
                tops[row] = y;
                double height = 0;
                for (int i = row * columns; i < Math.min(cards.size(), (row + 1) * columns); i++) {
                    height = Math.max(height, height(cards.get(i), guess));
                }
                y += height + (row < rowCount - 1 ? gap : 0);
            }
            tops[rowCount] = y;
            rowTops = tops;
        }
        return rowTops;
    }

    @Override
    protected void layoutChildren() {
        // showing new cards measures them, which can move the rows below: settle in a few rounds
        for (int round = 0; round < 4; round++) {
            double[] tops = rows();
            List<Region> shown = shownCards(tops);
            attach(shown);
            boolean moved = false;
            for (Region card : shown) {
                double[] before = known.get(card);
                double measured = height(card);
                moved |= before == null || before[0] != cardWidth || before[1] != measured;
            }
            if (!moved) {
                break;
            }
            rowTops = null;
        }
        double[] tops = rows();
        double left = getInsets().getLeft();
        for (Node node : getChildren()) {
            Region card = (Region) node;
            int i = cards.indexOf(card);
            if (i < 0 || !card.isVisible()) {
                continue;
            }
            card.resizeRelocate(snapPositionX(left + (i % columns) * (cardWidth + gap)), tops[i / columns],
                    cardWidth, height(card));
        }
    }

    /** The cards whose rows are in or near the visible part. */
    private List<Region> shownCards(double[] tops) {
        double height = viewportHeight.getAsDouble();
        if (!(height > 0) || Double.isInfinite(height)) {
            height = Double.isInfinite(height) ? Double.MAX_VALUE / 4 : 800;
        }
        double from = viewportTop.getAsDouble() - MARGIN * height;
        double to = viewportTop.getAsDouble() + height + MARGIN * height;
        List<Region> shown = new ArrayList<>();
        int rowCount = tops.length - 1;
        for (int row = 0; row < rowCount; row++) {
            if (tops[row + 1] >= from && tops[row] <= to) {
                for (int i = row * columns; i < Math.min(cards.size(), (row + 1) * columns); i++) {
                    shown.add(cards.get(i));
                }
            }
        }
        return shown;
    }

    /**
     * Puts these cards in the scene and hides the others, which leave the scene a moment later.
     * A layout can run in the middle of the styling pass, which walks this pane's children by
     * index: taking a child out then would break that walk, so here cards only join (at the end,
     * their order on screen comes from their position) and leaving waits until the pass is over.
     */
    private void attach(List<Region> shown) {
        shownNow = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        shownNow.addAll(shown);
        arranging = true;
        try {
            for (Node child : getChildren()) {
                child.setVisible(shownNow.contains(child));
            }
            for (Region card : shown) {
                if (card.getParent() != this) {
                    if (card instanceof CardView view) {
                        view.build();
                    }
                    getChildren().add(card);
                    card.setVisible(true);
                    card.applyCss();
                }
            }
        } finally {
            arranging = false;
        }
        if (getChildren().size() > shown.size() && !pruneQueued) {
            pruneQueued = true;
            javafx.application.Platform.runLater(this::prune);
        }
    }

    private java.util.Set<Node> shownNow = java.util.Set.of();
    private boolean pruneQueued;

    /** Takes the hidden cards out of the scene (outside any pass). */
    private void prune() {
        pruneQueued = false;
        arranging = true;
        try {
            getChildren().removeIf(node -> !shownNow.contains(node));
        } finally {
            arranging = false;
        }
    }

    /** Whether a card is in the scene and showing (near the visible part of the block). */
    boolean isShown(Node card) {
        return card.getParent() == this && card.isVisible();
    }
}
