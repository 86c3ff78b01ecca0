package org.canvasboard.ui.canvas;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.Bounds;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Zoom and pan around a canvas. Zooming scales the type (so text stays sharp) and, above 100 %,
 * makes the canvas larger than the window so it scrolls; below 100 % more cards fit in each
 * block. Ctrl+wheel zooms, the middle button or Space+drag pans.
 */
public final class ZoomPane extends ScrollPane {
    public static final double MIN = 0.5;
    public static final double MAX = 3.0;
    private static final double STEP = 1.15;

    private final CanvasView canvas;
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private boolean spaceDown;
    private double panX;
    private double panY;
    private boolean panning;

    public ZoomPane(CanvasView canvas) {
        super(canvas);
        this.canvas = canvas;
        getStyleClass().add("zoom-pane");
        setId("zoom-pane");
        setFitToWidth(true);
        setFitToHeight(true);
        setFocusTraversable(false);
        viewportBoundsProperty().addListener((obs, old, now) -> resize());
        zoom.addListener((obs, old, now) -> {
            canvas.setStyle(now.doubleValue() == 1 ? "" : String.format(java.util.Locale.ROOT, "-fx-font-size: %.3fem;",
                    now.doubleValue()));
            resize();
        });
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
        Bounds content = canvas.getLayoutBounds();
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

    private void resize() {
        double z = zoom.get();
        Bounds viewport = getViewportBounds();
        boolean fit = z <= 1;
        setFitToWidth(fit);
        setFitToHeight(fit);
        if (fit) {
            canvas.setMinSize(0, 0);
            canvas.setPrefSize(javafx.scene.layout.Region.USE_COMPUTED_SIZE, javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        } else {
            canvas.setMinSize(viewport.getWidth() * z, viewport.getHeight() * z);
            canvas.setPrefSize(viewport.getWidth() * z, viewport.getHeight() * z);
        }
    }
}
