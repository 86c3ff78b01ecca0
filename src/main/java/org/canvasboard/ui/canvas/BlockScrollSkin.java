package org.canvasboard.ui.canvas;

import javafx.beans.InvalidationListener;
import javafx.collections.ObservableList;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SkinBase;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * A block's scroll pane, drawn without the standard skin's machinery: the content as wide as
 * the block, clipped to it, and a vertical scroll bar that is only made once the cards overflow.
 * The standard skin builds two scroll bars of eight styled nodes each for every block, though
 * most blocks never scroll and none scrolls sideways: 144 nodes for the nine blocks of a Business
 * Model Canvas, each styled and laid out at start-up and at every zoom step.
 *
 * <p>It keeps the scroll pane's own API: {@code vvalue} from 0 (top) to 1 (bottom) and the
 * viewport bounds. It assumes what blocks use: content fitted to the width, no horizontal
 * scrolling.
 */
final class BlockScrollSkin extends SkinBase<ScrollPane> {
    /** The theme's scroll bar width, counted in the preferred width as the standard skin does. */
    private static final double BAR_WIDTH = 8;
    private static final double MIN_SIZE = 36;
    /** Pixels scrolled by a click on the bar's arrows. */
    private static final double UNIT = 24;

    private final Viewport viewport = new Viewport();
    private final Rectangle clip = new Rectangle();
    private ScrollBar bar;
    private double contentHeight;
    private double viewportHeight;
    private final InvalidationListener vvalueChanged = o -> placeContent();
    private final javafx.event.EventHandler<ScrollEvent> wheel = this::scrolled;

    /** A scroll pane drawn with this skin. */
    static ScrollPane scrollPane(Node content) {
        return new ScrollPane(content) {
            @Override
            protected javafx.scene.control.Skin<?> createDefaultSkin() {
                return new BlockScrollSkin(this);
            }
        };
    }

    BlockScrollSkin(ScrollPane pane) {
        super(pane);
        consumeMouseEvents(false); // clicks, double-clicks and drops are the block's to handle
        viewport.getStyleClass().add("viewport");
        viewport.setClip(clip);
        viewport.setCache(true);
        getChildren().add(viewport);
        showContent(pane.getContent());
        registerChangeListener(pane.contentProperty(), o -> showContent(pane.getContent()));
        pane.vvalueProperty().addListener(vvalueChanged);
        pane.addEventHandler(ScrollEvent.SCROLL, wheel);
    }

    private void showContent(Node content) {
        if (content == null) {
            viewport.getChildren().clear();
        } else {
            viewport.getChildren().setAll(content);
        }
        getSkinnable().requestLayout();
    }

    @Override
    public void dispose() {
        getSkinnable().vvalueProperty().removeListener(vvalueChanged);
        getSkinnable().removeEventHandler(ScrollEvent.SCROLL, wheel);
        if (bar != null) {
            bar.valueProperty().unbindBidirectional(getSkinnable().vvalueProperty());
        }
        super.dispose();
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return left + right + MIN_SIZE;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return top + bottom + MIN_SIZE;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + right + getSkinnable().getPrefViewportWidth() + BAR_WIDTH;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + bottom + getSkinnable().getPrefViewportHeight();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        Node content = getSkinnable().getContent();
        double barWidth = 0;
        double height = content == null ? 0 : snapSizeY(content.prefHeight(w));
        if (height > h) {
            // the cards overflow: the bar takes its width from them, which may rewrap them
            barWidth = snapSizeX(bar().prefWidth(-1));
            height = snapSizeY(content.prefHeight(w - barWidth));
        }
        double width = w - barWidth;
        contentHeight = height;
        viewportHeight = h;
        viewport.resizeRelocate(x, y, width, h);
        clip.setWidth(width);
        clip.setHeight(h);
        if (content != null) {
            content.resize(width, height);
        }
        if (bar != null) {
            bar.setVisible(barWidth > 0);
            if (barWidth > 0) {
                bar.resizeRelocate(x + width, y, barWidth, h);
            }
        }
        Bounds now = getSkinnable().getViewportBounds();
        if (now == null || now.getWidth() != width || now.getHeight() != h) {
            getSkinnable().setViewportBounds(new BoundingBox(0, 0, width, h));
        }
        placeContent();
    }

    private ScrollBar bar() {
        if (bar == null) {
            bar = new ScrollBar();
            bar.setOrientation(Orientation.VERTICAL);
            bar.setMin(0);
            bar.setMax(1);
            bar.valueProperty().bindBidirectional(getSkinnable().vvalueProperty());
            followOnlyItsOwnDrags(bar);
            getChildren().add(bar);
            bar.applyCss();
        }
        return bar;
    }

    /**
     * The bar follows a drag only when the button went down on the bar. A card dragged across
     * it must not move it: a platform that hands the drag's moves to whatever is under the
     * pointer (JavaFX's headless platform does) would otherwise scroll the block.
     */
    private static void followOnlyItsOwnDrags(ScrollBar bar) {
        boolean[] pressedHere = {false};
        bar.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> pressedHere[0] = true);
        bar.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> pressedHere[0] = false);
        bar.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, e -> {
            if (!pressedHere[0]) {
                e.consume();
            }
        });
    }

    /** Moves the content to the scroll position (no layout: only its place changes). */
    private void placeContent() {
        Node content = getSkinnable().getContent();
        double range = Math.max(0, contentHeight - viewportHeight);
        if (content != null) {
            content.relocate(0, 0 - snapPositionY(range * clamp(getSkinnable().getVvalue()))); // never -0
        }
        if (bar != null && range > 0) {
            bar.setVisibleAmount(viewportHeight / contentHeight);
            bar.setUnitIncrement(UNIT / range);
            bar.setBlockIncrement(viewportHeight / range);
        }
    }

    /**
     * The wheel over a block that scrolls is the block's, even at its ends: running on into the
     * zoomed canvas would move another block under the pointer. Over a block whose cards fit,
     * it is left to the canvas.
     */
    private void scrolled(ScrollEvent e) {
        double range = contentHeight - viewportHeight;
        if (range <= 0 || e.getDeltaY() == 0) {
            return;
        }
        getSkinnable().setVvalue(clamp(getSkinnable().getVvalue() - e.getDeltaY() / range));
        e.consume();
    }

    /** Holds the content where the skin puts it, at the size the skin gives it. */
    private static final class Viewport extends Region {
        @Override
        public ObservableList<Node> getChildren() {
            return super.getChildren();
        }

        @Override
        protected void layoutChildren() {
            // the skin sizes and places the content
        }
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
