package org.canvasboard.ui.canvas;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.Bounds;
import javafx.scene.CacheHint;
import javafx.scene.layout.Region;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.transform.Scale;
import javafx.util.Duration;

/**
 * Zoom and pan around a canvas. Zooming scales the drawn canvas (JavaFX draws text and shapes at
 * the scaled size, so they stay sharp). Above 100 % the canvas is laid out at the window's size
 * and drawn larger, so it scrolls; below 100 % it is laid out larger than the window and drawn
 * smaller, so more cards fit in each block. Ctrl+wheel zooms, the middle button or Space+drag
 * pans.
 *
 * <p>A scale costs nothing to restyle or re-measure: zooming above 100 % lays nothing out again,
 * and below 100 % only lays out the cards at their new width. (Zooming by font size, as this
 * pane once did, restyled every node of the canvas on every step: 0.2 to 0.6 s per step with
 * 1,000 cards.)
 */
public final class ZoomPane extends ScrollPane {
    public static final double MIN = 0.5;
    public static final double MAX = 3.0;
    private static final double STEP = 1.15;

    private final CanvasView canvas;
    private final Scale scale = new Scale(1, 1, 0, 0);
    /** How long a run of zoom steps may pause before the canvas is laid out for the new zoom. */
    static final Duration GESTURE_PAUSE = Duration.millis(150);
    private final PauseTransition relayout = new PauseTransition(GESTURE_PAUSE);
    private long lastStep;
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private boolean spaceDown;
    private double panX;
    private double panY;
    private boolean panning;

    public ZoomPane(CanvasView canvas) {
        super(new ScaledHost(canvas));
        this.canvas = canvas;
        canvas.getTransforms().add(scale);
        getStyleClass().add("zoom-pane");
        setId("zoom-pane");
        setFocusTraversable(false);
        viewportBoundsProperty().addListener((obs, old, now) -> resize());
        zoom.addListener((obs, old, now) -> rescale());
        relayout.setOnFinished(e -> layOutForZoom());
        addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                zoomBy(e.getDeltaY() > 0 ? STEP : 1 / STEP);
                e.consume();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
                spaceDown = true;
            }
        });
        addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
            }
        });
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.MIDDLE || spaceDown && e.getButton() == MouseButton.PRIMARY) {
                panning = true;
                panX = e.getSceneX();
                panY = e.getSceneY();
                setCursor(javafx.scene.Cursor.CLOSED_HAND);
                e.consume();
            }
        });
        addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (panning) {
                panBy(panX - e.getSceneX(), panY - e.getSceneY());
                panX = e.getSceneX();
                panY = e.getSceneY();
                e.consume();
            }
        });
        addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (panning) {
                panning = false;
                setCursor(null);
                e.consume();
            }
        });
    }

    public CanvasView canvas() {
        return canvas;
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public double getZoom() {
        return zoom.get();
    }

    public void zoomIn() {
        zoomBy(STEP);
    }

    public void zoomOut() {
        zoomBy(1 / STEP);
    }

    public void resetZoom() {
        zoom.set(1);
    }

    public void setZoom(double value) {
        double clamped = Math.max(MIN, Math.min(MAX, value));
        // snap near 100 % so stepping in and out comes back to exactly 100 %
        zoom.set(Math.abs(clamped - 1) < 0.02 ? 1 : clamped);
    }

    private void zoomBy(double factor) {
        double h = getHvalue();
        double v = getVvalue();
        setZoom(zoom.get() * factor);
        setHvalue(h);
        setVvalue(v);
    }

    /** Moves the view by a distance in pixels (dragging the canvas). */
    public void panBy(double dx, double dy) {
        Bounds content = canvas.getBoundsInParent();
        Bounds viewport = getViewportBounds();
        double extraW = content.getWidth() - viewport.getWidth();
        double extraH = content.getHeight() - viewport.getHeight();
        if (extraW > 0) {
            setHvalue(Math.max(0, Math.min(1, getHvalue() + dx / extraW)));
        }
        if (extraH > 0) {
            setVvalue(Math.max(0, Math.min(1, getVvalue() + dy / extraH)));
        }
    }

    /**
     * Draws the canvas at the new zoom at once. Below 100 % the layout also has to change, which
     * on a crowded canvas takes longer than a frame: a single step lays out at once, but while
     * steps follow each other (a turning wheel) only the drawing follows and the canvas is laid
     * out once the steps pause.
     */
    private void rescale() {
        long now = System.nanoTime();
        boolean inGesture = now - lastStep < GESTURE_PAUSE.toMillis() * 1_000_000;
        lastStep = now;
        scale.setX(zoom.get());
        scale.setY(zoom.get());
        ((Region) getContent()).requestLayout();
        if (inGesture) {
            // while the wheel turns, the canvas is drawn once and that picture scaled
            canvas.setCache(true);
            canvas.setCacheHint(CacheHint.SCALE);
            canvas.readying().hold(true);
            relayout.playFromStart();
        } else {
            layOutForZoom();
        }
    }

    /**
     * Lays the canvas out for the zoom and, once that is done, scrolls the selected card back
     * into view.
     */
    private void layOutForZoom() {
        resize();
        javafx.scene.Scene scene = getScene();
        if (scene != null) {
            org.canvasboard.ui.common.Later.afterNextLayout(scene, canvas::revealSelection);
        }
    }

    // laid out at the window's size, or larger below 100 % so that drawn smaller it fills the
    // window; whole pixels, so the drawn canvas never overflows the window by a rounding error
    private double layoutWidth() {
        return Math.floor(getViewportBounds().getWidth() / Math.min(1, zoom.get()));
    }

    private double layoutHeight() {
        return Math.floor(getViewportBounds().getHeight() / Math.min(1, zoom.get()));
    }

    private void resize() {
        relayout.stop();
        canvas.setCache(false);
        canvas.readying().hold(false);
        double width = layoutWidth();
        double height = layoutHeight();
        canvas.setMinSize(width, height);
        canvas.setPrefSize(width, height);
        canvas.setMaxSize(width, height);
    }

    /**
     * Holds the canvas and is as large as the canvas is drawn (its laid-out size times the
     * zoom), which is what the scroll pane scrolls over. A Group would measure the same, but it
     * lays out its children whenever anything asks for its bounds, even in the middle of the
     * styling pass, where cards would be measured half-styled.
     */
    private static final class ScaledHost extends Region {
        private final CanvasView canvas;

        ScaledHost(CanvasView canvas) {
            this.canvas = canvas;
            getChildren().add(canvas);
        }

        private double zoom() {
            return canvas.getTransforms().isEmpty() ? 1 : ((Scale) canvas.getTransforms().get(0)).getX();
        }

        @Override
        protected double computePrefWidth(double height) {
            return canvas.prefWidth(-1) * zoom();
        }

        @Override
        protected double computePrefHeight(double width) {
            return canvas.prefHeight(-1) * zoom();
        }

        @Override
        protected double computeMinWidth(double height) {
            return computePrefWidth(height);
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }

        @Override
        protected void layoutChildren() {
            canvas.resizeRelocate(0, 0, canvas.prefWidth(-1), canvas.prefHeight(-1));
        }
    }
}
