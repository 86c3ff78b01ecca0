package org.canvasboard.app;

import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.event.EventHandler;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
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
    /**
     * The width a first start gives the panel (and a double-click on the handle): the tabs show
     * their names, and in the editor's first window (1440 px) the example's blocks fit.
     */
    static final double DEFAULT = 370;
    /** The narrowest panel: the card form still fits, the tabs show as icons. */
    static final double MIN = 280;
    /** What the canvas keeps however wide the panel is dragged (its row of tabs and views fits it). */
    static final double CANVAS_MIN = 480;

    private final DoubleProperty chosen = new SimpleDoubleProperty(this, "chosen");
    private final Region handle = new Region();
    private final Region window;

    /**
     * Sizes {@code panel} inside {@code window} (the region whose width the panel shares with the
     * canvas); {@code remember} is told each width the user leaves it at.
     */
    SidePanelWidth(Region panel, Region window, double initial, DoubleConsumer remember) {
        this.window = window;
        chosen.set(Math.max(MIN, initial));
        panel.setMinWidth(MIN);
        panel.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> fitted(chosen.get()),
                chosen, window.widthProperty()));
        handle.getStyleClass().add("side-panel-handle");
        handle.setId("side-panel-handle");
        handle.setCursor(Cursor.H_RESIZE);
        handle.getProperties().put(SidePanelWidth.class, this); // flow tests set widths through it
        handle.setMinWidth(Region.USE_PREF_SIZE);
        handle.setMaxHeight(Double.MAX_VALUE);
        Tooltip.install(handle, new Tooltip(Messages.get("window.side.resize")));
        handle.setOnMousePressed(e -> {
            if (e.getButton() == MouseButton.PRIMARY && handle.getScene() != null) {
                new Drag(handle.getScene(), e.getScreenX(), panel.getWidth(), remember);
                e.consume();
            }
        });
        handle.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                chosen.set(DEFAULT);
                remember.accept(DEFAULT);
            }
        });
    }

    /**
     * One drag of the handle, followed on the whole scene: the pointer soon leaves the thin
     * handle, and the canvas beside it must not take the gesture for one of its own.
     */
    private final class Drag {
        private final Scene scene;
        private final double startX;
        private final double startWidth;
        private final DoubleConsumer remember;
        private final EventHandler<MouseEvent> follow = this::follow;
        private final EventHandler<MouseEvent> end = this::end;

        Drag(Scene scene, double startX, double startWidth, DoubleConsumer remember) {
            this.scene = scene;
            this.startX = startX;
            this.startWidth = startWidth;
            this.remember = remember;
            scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, follow);
            scene.addEventFilter(MouseEvent.DRAG_DETECTED, follow);
            scene.addEventFilter(MouseEvent.MOUSE_RELEASED, end);
        }

        private void follow(MouseEvent e) {
            if (e.getEventType() == MouseEvent.MOUSE_DRAGGED) {
                chosen.set(fitted(startWidth - (e.getScreenX() - startX)));
            }
            e.consume();
        }

        private void end(MouseEvent e) {
            scene.removeEventFilter(MouseEvent.MOUSE_DRAGGED, follow);
            scene.removeEventFilter(MouseEvent.DRAG_DETECTED, follow);
            scene.removeEventFilter(MouseEvent.MOUSE_RELEASED, end);
            remember.accept(chosen.get());
            e.consume();
        }
    }

    /**
     * A width within what the window leaves beside the canvas (before the first layout: as
     * wanted), never under {@link #MIN}.
     */
    private double fitted(double wanted) {
        double windowWidth = window.getWidth();
        if (windowWidth <= 0) {
            return Math.max(MIN, wanted);
        }
        return Math.max(MIN, Math.min(wanted, windowWidth - CANVAS_MIN));
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
