package org.canvasboard.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Work that must wait until the JavaFX thread is out of the present pass: a change made inside a
 * layout or styling pass that the parents would not hear of, or a look at sizes that are only
 * final once the pass is over.
 */
public final class Later {
    private final Runnable action;
    private boolean queued;

    /** An action to run after the present pass, once however often it is asked for before then. */
    public Later(Runnable action) {
        this.action = action;
    }

    /** Asks for the action; asking again before it has run changes nothing. */
    public void request() {
        if (!queued) {
            queued = true;
            Platform.runLater(() -> {
                queued = false;
                action.run();
            });
        }
    }

    /**
     * Runs an action once the scene's next layout pass is over (asking for that pass), while the
     * render thread draws its frame.
     */
    public static void afterNextLayout(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
