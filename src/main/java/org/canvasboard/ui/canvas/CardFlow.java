package org.canvasboard.ui.canvas;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

import org.canvasboard.ui.common.Later;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
 * the visible part join the scene at once; those near it, kept ready for scrolling, join a few
 * per frame (a zoom step or the first frame of a canvas would otherwise build and style them all
 * in one frame).
 *
 * <p>It knows its column count and card width (the block decides them from its width), measures
 * each card once, keeps the row positions until a card changes, and never stretches a card: a
 * card that moves only moves, it is not laid out again.
 */
final class CardFlow extends Pane {
    /** Cards this far beyond the visible part (in viewport heights) are kept in the scene too. */
    private static final double MARGIN = 1.0;
    private static final double FIRST_GUESS = 60;
    /** Cards near the visible part, of all blocks together, that may join the scene per frame. */
    static final int READY_PER_FRAME = 8;
    private static int readyLeft = READY_PER_FRAME;
    /** While a zoom gesture runs, the canvas is drawn from a picture: no cards are got ready. */
    private static boolean held;
    private static final java.util.Set<CardFlow> WAITING = new java.util.LinkedHashSet<>();
    private static final Later NEXT_FRAME = new Later(CardFlow::nextFrame);

    private final double gap;
    private int columns = 1;
    private double cardWidth = 140;
    private List<Region> cards = List.of();
    /**
     * Heights measured while in the scene, at the last few card widths (pairs of width and
     * height, the latest first): zooming out and back, or a block a pixel narrower for a moment,
     * needs no new guesses.
     */
    private final Map<Region, double[]> known = new IdentityHashMap<>();
    private static final int WIDTHS_KEPT = 3;
    /** Top of each row, and after the last row the bottom of the content; null when stale. */
    private double[] rowTops;
    private DoubleSupplier viewportTop = () -> 0;
    private DoubleSupplier viewportHeight = () -> Double.POSITIVE_INFINITY;
    private DoubleConsumer scrollTo = top -> { };
    private boolean arranging;
    /**
     * The card at the top of the visible part and how far below the top its row starts. When
     * the rows change (a card measured, added, removed or rewrapped), the flow scrolls so this
     * card stays where it was: what the user is looking at does not jump.
     */
    private Region anchor;
    private double anchorOffset;
    private double laidOutHeight = -1;

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

    /**
     * Where the visible part of the flow is, in its own coordinates, and how to scroll it (told
     * by the enclosing scroll pane).
     */
    void setViewport(DoubleSupplier top, DoubleSupplier height, DoubleConsumer scrollTo) {
        this.viewportTop = top;
        this.viewportHeight = height;
        this.scrollTo = scrollTo;
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
            remember(card, h);
            return h;
        }
        double[] k = known.get(card);
        if (k == null) {
            return guess;
        }
        int nearest = 0;
        for (int i = 2; i < k.length; i += 2) {
            if (Math.abs(k[i] - cardWidth) < Math.abs(k[nearest] - cardWidth)) {
                nearest = i;
            }
        }
        return k[nearest + 1];
    }

    /** The height measured at the current width, or NaN if there is none. */
    private double measured(Region card) {
        double[] k = known.get(card);
        if (k != null) {
            for (int i = 0; i < k.length; i += 2) {
                if (k[i] == cardWidth) {
                    return k[i + 1];
                }
            }
        }
        return Double.NaN;
    }

    private void remember(Region card, double h) {
        double[] k = known.get(card);
        if (k != null && k[0] == cardWidth) {
            k[1] = h;
            return;
        }
        double[] now = new double[Math.min(2 * WIDTHS_KEPT, (k == null ? 0 : k.length) + 2)];
        now[0] = cardWidth;
        now[1] = h;
        int at = 2;
        for (int i = 0; k != null && i < k.length && at < now.length; i += 2) {
            if (k[i] != cardWidth) {
                now[at++] = k[i];
                now[at++] = k[i + 1];
            }
        }
        known.put(card, at == now.length ? now : java.util.Arrays.copyOf(now, at));
    }

    /** For cards never shown: the average of the latest heights known. */
    private double guess() {
        double sum = 0;
        for (double[] k : known.values()) {
            sum += k[1];
        }
        return known.isEmpty() ? FIRST_GUESS : snapSizeY(sum / known.size());
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
        boolean keep = anchor != null && (rowTops == null || getHeight() != laidOutHeight);
        // showing new cards measures them, which can move the rows below: settle in a few rounds
        for (int round = 0; round < 4; round++) {
            double[] tops = rows();
            if (keep) {
                keepAnchor(tops);
            } else {
                takeAnchor(tops);
                keep = true;
            }
            List<Region> shown = shownCards(tops, MARGIN);
            attach(shown, shownCards(tops, 0));
            boolean moved = false;
            for (Region card : shown) {
                if (card.getParent() != this) {
                    continue; // not joined yet
                }
                double before = measured(card);
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
        takeAnchor(tops);
        laidOutHeight = getHeight();
    }

    /** Notes which card is at the top of the visible part now. */
    private void takeAnchor(double[] tops) {
        anchor = null;
        double top = viewportTop.getAsDouble();
        for (int row = 0; row < tops.length - 1; row++) {
            if (tops[row + 1] > top) {
                anchor = cards.get(row * columns);
                anchorOffset = tops[row] - top;
                return;
            }
        }
    }

    /** Scrolls so that the anchor card's row is where it was in the visible part. */
    private void keepAnchor(double[] tops) {
        int i = anchor == null ? -1 : cards.indexOf(anchor);
        if (i < 0) {
            return;
        }
        double wanted = tops[i / columns] - anchorOffset;
        if (Math.abs(wanted - viewportTop.getAsDouble()) >= 0.5) {
            arranging = true;
            try {
                scrollTo.accept(wanted);
            } finally {
                arranging = false;
            }
        }
    }

    /** The cards whose rows are in the visible part or within a margin of it (in viewport heights). */
    private List<Region> shownCards(double[] tops, double margin) {
        double height = viewportHeight.getAsDouble();
        if (!(height > 0) || Double.isInfinite(height)) {
            height = Double.isInfinite(height) ? Double.MAX_VALUE / 4 : 800;
        }
        double from = viewportTop.getAsDouble() - margin * height;
        double to = viewportTop.getAsDouble() + height + margin * height;
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
     * Puts these cards in the scene (the visible ones at once, the others as the frame's share
     * allows) and hides the others, which leave the scene a moment later.
     * A layout can run in the middle of the styling pass, which walks this pane's children by
     * index: taking a child out then would break that walk, so here cards only join (at the end,
     * their order on screen comes from their position) and leaving waits until the pass is over.
     */
    private void attach(List<Region> shown, List<Region> visible) {
        shownNow = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        shownNow.addAll(shown);
        java.util.Set<Region> needed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        needed.addAll(visible);
        arranging = true;
        try {
            for (Node child : getChildren()) {
                child.setVisible(shownNow.contains(child));
            }
            for (Region card : shown) {
                if (card.getParent() != this) {
                    if (!needed.contains(card)) {
                        if (readyLeft <= 0 || held) {
                            WAITING.add(this);
                            NEXT_FRAME.request();
                            continue;
                        }
                        readyLeft--;
                        NEXT_FRAME.request();
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

    private java.util.Set<Node> shownNow = java.util.Set.of();
    private final Later leaveScene = new Later(this::prune);
    private final Later tellParents = new Later(this::requestLayout);

    /**
     * Holds back or lets go the cards near the visible parts (a zoom gesture holds them: each
     * card joining would make the canvas's picture be drawn again).
     */
    static void holdReadying(boolean hold) {
        if (held != hold) {
            held = hold;
            if (!hold) {
                NEXT_FRAME.request();
            }
        }
    }

    /** A new frame's share of cards to get ready; the blocks still waiting lay out again. */
    static void nextFrame() {
        readyLeft = READY_PER_FRAME;
        List<CardFlow> flows = List.copyOf(WAITING);
        WAITING.clear();
        flows.forEach(CardFlow::viewportMoved);
    }

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
