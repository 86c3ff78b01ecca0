package org.canvasboard.ui.common;

import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs an action a moment after the last request: a re-check of a large project costs a few
 * milliseconds, which typing must not pay on every key.
 */
public final class Debounce {
    private final PauseTransition pause;
    private final Runnable action;

    public Debounce(Duration quiet, Runnable action) {
        this.action = action;
        this.pause = new PauseTransition(quiet);
        pause.setOnFinished(e -> action.run());
    }

    /** Asks for the action; it runs once the requests have been quiet for the given time. */
    public void request() {
        pause.playFromStart();
    }

    /** True while a request waits. */
    public boolean pending() {
        return pause.getStatus() == Animation.Status.RUNNING;
    }

    /** Runs a waiting action now (before the result is read); does nothing if none waits. */
    public void flush() {
        if (pending()) {
            pause.stop();
            action.run();
        }
    }
}
