package org.canvasboard.ui.canvas;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

import org.canvasboard.ui.common.Later;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;

/**
 * The cards of a block in rows of equal columns, left to right and top to bottom.
 *
 * <p>Only the cards in and near the visible part of the block are in the scene: a block of a
 * large canvas may hold a hundred cards of which six can be seen, and every node in the scene
 * costs on every frame (styling, layout, the bounds pass) and, the first time, while the canvas
 * opens. A card's height is known once it has been shown; until then the flow assumes the
 * average of the heights it knows, and corrects the rows below as cards come into view. Cards in
 * the visible part join the scene at once; those near it, kept ready for scrolling, join at the
 * pace of the canvas view's {@link CardReadying}, a few per frame.
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
    private final CardReadying readying;
    private int columns = 1;
    private double cardWidth = 140;
    private List<Region> cards = List.of();
    /** Heights measured while in the scene, for the cards out of it. */
    private final CardHeights known = new CardHeights();
    /** Top of each row, and after the last row the bottom of the content; null when stale. */
    private double[] rowTops;
    /** The visible part, and the card at its top that stays put when the rows change. */
    private final FlowViewport viewport = new FlowViewport();
    private boolean arranging;
    private double laidOutHeight = -1;

    /** A flow with this gap between cards, whose cards near the visible part join at this pace. */
    CardFlow(double gap, CardReadying readying) {
        this.gap = gap;
        this.readying = readying;
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

    /**
     * Where the visible part of the flow is, in its own coordinates, and how to scroll it (told
     * by the enclosing scroll pane).
     */
    void setViewport(DoubleSupplier top, DoubleSupplier height, DoubleConsumer scrollTo) {
        viewport.set(top, height, scrollTo);
    }

    /** The visible part moved: other cards may need to be in the scene; the rows stay as they are. */
    void viewportMoved() {
        if (!arranging) {
            super.requestLayout();
        }
    }

    /** The cards in order, shown or not. */
    void setCards(List<? extends Region> views) {
        if (views.equals(cards)) {
            return;
        }
        cards = List.copyOf(views);
        known.keepOnly(cards);
        for (Region card : cards) {
            if (card instanceof CardView view) {
                // a card out of the scene that changes (an undo, the details panel) has no parent
                // to tell: it tells the flow instead, which forgets its height
                view.setDetachedChange(() -> {
                    known.forget(view);
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

    /** Where a card is (or would be, once shown) in the flow, or null if it is not one of its cards. */
    Bounds boxOf(Region card) {
        int i = cards.indexOf(card);
        if (i < 0) {
            return null;
        }
        return new BoundingBox(columnLeft(i), rows()[i / columns], cardWidth, height(card, guess()));
    }

    /** The left edge of the column of the card at this index. */
    private double columnLeft(int index) {
        return snapPositionX(getInsets().getLeft() + (index % columns) * (cardWidth + gap));
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

    /**
     * A card's height: measured if it is in the scene, else remembered at this width, else its
     * height at the nearest width it was shown at, else the guess.
     */
    private double height(Region card, double guess) {
        if (card.getParent() == this) {
            double h = snapSizeY(card.prefHeight(cardWidth));
            known.remember(card, cardWidth, h);
            return h;
        }
        return known.nearest(card, cardWidth, guess);
    }

    /** For cards never shown: the average of the latest heights known. */
    private double guess() {
        return known.isEmpty() ? FIRST_GUESS : snapSizeY(known.average());
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
        // a scroll alone keeps the rows and moves the anchor; anything else keeps the anchor
        boolean keep = viewport.hasAnchor() && (rowTops == null || getHeight() != laidOutHeight);
        // showing new cards measures them, which can move the rows below: settle in a few rounds
        for (int round = 0; round < 4; round++) {
            double[] tops = rows();
            if (keep) {
                keepAnchor(tops);
            } else {
                viewport.takeAnchor(tops, cards, columns);
                keep = true;
            }
            List<Region> shown = viewport.cardsNear(tops, cards, columns, MARGIN);
            attach(shown, viewport.cardsNear(tops, cards, columns, 0));
            boolean moved = false;
            for (Region card : shown) {
                if (card.getParent() != this) {
                    continue; // not joined yet
                }
                double before = known.at(card, cardWidth);
                moved |= before != height(card);
            }
            if (!moved) {
                break;
            }
            rowTops = null;
        }
        double[] tops = rows();
        keepAnchor(tops);
        if (tops[tops.length - 1] + getInsets().getBottom() != getHeight()) {
            // measuring changed the height; the parents are in this layout pass and would not
            // hear of it now, so they are told right after it
            tellParents.request();
        }
        for (Node node : getChildren()) {
            Region card = (Region) node;
            int i = cards.indexOf(card);
            if (i < 0 || !card.isVisible()) {
                continue;
            }
            card.resizeRelocate(columnLeft(i), tops[i / columns], cardWidth, height(card));
        }
        viewport.takeAnchor(tops, cards, columns);
        laidOutHeight = getHeight();
    }

    /** Scrolls so that the anchor card's row is where it was in the visible part. */
    private void keepAnchor(double[] tops) {
        arranging = true;
        try {
            viewport.keepAnchor(tops, cards, columns);
        } finally {
            arranging = false;
        }
    }

    /**
     * Puts these cards in the scene (the visible ones at once, the others as the frame's share
     * allows) and hides the others, which leave the scene a moment later.
     * A layout can run in the middle of the styling pass, which walks this pane's children by
     * index: taking a child out then would break that walk, so here cards only join (at the end,
     * their order on screen comes from their position) and leaving waits until the pass is over.
     */
    private void attach(List<Region> shown, List<Region> visible) {
        shownNow = Collections.newSetFromMap(new IdentityHashMap<>());
        shownNow.addAll(shown);
        Set<Region> needed = Collections.newSetFromMap(new IdentityHashMap<>());
        needed.addAll(visible);
        arranging = true;
        try {
            for (Node child : getChildren()) {
                child.setVisible(shownNow.contains(child));
            }
            for (Region card : shown) {
                if (card.getParent() != this) {
                    if (!needed.contains(card) && !readying.take(this)) {
                        continue; // joins in a later frame
                    }
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
        // a card kept for a later frame is in shown but not a child: count the children to drop
        for (Node child : getChildren()) {
            if (!shownNow.contains(child)) {
                leaveScene.request();
                break;
            }
        }
    }

    private Set<Node> shownNow = Set.of();
    private final Later leaveScene = new Later(this::prune);
    private final Later tellParents = new Later(this::requestLayout);

    /**
     * Takes the hidden cards out of the scene (outside any pass), except a card being pressed:
     * a dragged card scrolled far out of view still gets the drag's mouse events only while it
     * is in the scene.
     */
    private void prune() {
        arranging = true;
        try {
            getChildren().removeIf(node -> !shownNow.contains(node) && !node.isPressed());
        } finally {
            arranging = false;
        }
    }

    /** Whether a card is in the scene and showing (near the visible part of the block). */
    boolean isShown(Node card) {
        return card.getParent() == this && card.isVisible();
    }
}
