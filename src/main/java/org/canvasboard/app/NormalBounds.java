package org.canvasboard.app;

import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.util.List;

/**
 * A window's normal place and size: where it is while neither maximized, full screen nor
 * minimized. It is what the settings remember for a window closed maximized, and what the window
 * goes back to when un-maximized: under some window managers (seen with openbox) JavaFX leaves an
 * un-maximized window at the maximized size, so the normal bounds are put back once the window
 * manager has settled.
 */
final class NormalBounds {
    /** How long after un-maximizing the window manager's own resizes are waited for. */
    private static final Duration SETTLE = Duration.millis(250);

    private final Stage stage;
    private Rectangle2D bounds;
    private Rectangle2D beforeMaximize;
    private boolean settling;

    /** Starts following {@code stage}; {@code initial} is its remembered normal bounds, or null. */
    NormalBounds(Stage stage, Rectangle2D initial) {
        this.stage = stage;
        this.bounds = initial;
        this.beforeMaximize = initial;
        for (Observable bound : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(),
                stage.heightProperty(), stage.showingProperty())) {
            bound.addListener(o -> follow());
        }
        stage.maximizedProperty().addListener((o, was, now) -> {
            if (now) {
                beforeMaximize = bounds;
            } else {
                restoreAfterSettling();
            }
        });
    }

    /** The normal bounds last seen (or remembered), or null if there are none yet. */
    Rectangle2D get() {
        return bounds;
    }

    private void follow() {
        if (!settling && stage.isShowing() && !stage.isMaximized() && !stage.isFullScreen() && !stage.isIconified()) {
            bounds = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
    }

    private void restoreAfterSettling() {
        Rectangle2D target = beforeMaximize;
        if (target == null) {
            return;
        }
        settling = true;
        PauseTransition settle = new PauseTransition(SETTLE);
        settle.setOnFinished(e -> {
            settling = false;
            if (stage.isShowing() && !stage.isMaximized() && !stage.isFullScreen() && !near(target)) {
                stage.setX(target.getMinX());
                stage.setY(target.getMinY());
                stage.setWidth(target.getWidth());
                stage.setHeight(target.getHeight());
            }
            bounds = target;
        });
        settle.play();
    }

    private boolean near(Rectangle2D target) {
        return Math.abs(stage.getWidth() - target.getWidth()) < 3 && Math.abs(stage.getHeight() - target.getHeight()) < 3
                && Math.abs(stage.getX() - target.getMinX()) < 3 && Math.abs(stage.getY() - target.getMinY()) < 3;
    }
}
