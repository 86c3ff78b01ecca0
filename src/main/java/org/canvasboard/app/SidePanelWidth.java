package org.canvasboard.app;

import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Cursor;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import org.canvasboard.ui.common.Messages;

import java.util.function.DoubleConsumer;

/**
 * The side panel's width: what the user chose by dragging the handle on its left edge, kept in
 * pixels whatever happens to the window (resized, maximized, restored) and remembered across
 * restarts. A window too narrow for it narrows the panel for as long as it lasts, down to
 * {@link #MIN}; the chosen width comes back when the window grows again.
 */
final class SidePanelWidth {
    /** The width a first start gives the panel (and a double-click on the handle). */
    static final double DEFAULT = 400;
    /** The narrowest panel: the card form still fits, the tabs show as icons. */
    static final double MIN = 280;
    /** What the canvas keeps however wide the panel is dragged. */
    static final double CANVAS_MIN = 360;

    private final DoubleProperty chosen = new SimpleDoubleProperty(this, "chosen");
    private final Region handle = new Region();
    private double dragStartX;
    private double dragStartWidth;

    /**
     * Sizes {@code panel} inside {@code window} (the region whose width the panel shares with the
     * canvas); {@code remember} is told each width the user leaves it at.
     */
    SidePanelWidth(Region panel, Region window, double initial, DoubleConsumer remember) {
        chosen.set(Math.max(MIN, initial));
        panel.setMinWidth(MIN);
        panel.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> fitted(window.getWidth()),
                chosen, window.widthProperty()));
        handle.getStyleClass().add("side-panel-handle");
        handle.setId("side-panel-handle");
        handle.setCursor(Cursor.H_RESIZE);
        handle.setMinWidth(Region.USE_PREF_SIZE);
        handle.setMaxHeight(Double.MAX_VALUE);
        Tooltip.install(handle, new Tooltip(Messages.get("window.side.resize")));
        handle.setOnMousePressed(e -> {
            dragStartX = e.getScreenX();
            dragStartWidth = panel.getWidth();
            e.consume();
        });
        handle.setOnMouseDragged(e -> {
            double widest = Math.max(MIN, window.getWidth() - CANVAS_MIN);
            chosen.set(Math.max(MIN, Math.min(widest, dragStartWidth - (e.getScreenX() - dragStartX))));
            e.consume();
        });
        handle.setOnMouseReleased(e -> {
            remember.accept(chosen.get());
            e.consume();
        });
        handle.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                chosen.set(DEFAULT);
                remember.accept(DEFAULT);
            }
        });
    }

    /** The chosen width within what the window leaves beside the canvas (before the first layout: as chosen). */
    private double fitted(double windowWidth) {
        double wanted = chosen.get();
        return windowWidth <= 0 ? wanted : Math.max(MIN, Math.min(wanted, windowWidth - CANVAS_MIN));
    }

    /** The drag handle, to be put on the panel's left edge. */
    Region handle() {
        return handle;
    }

    /** The width the user chose (the panel shows less only while the window is too narrow). */
    DoubleProperty chosenProperty() {
        return chosen;
    }
}
