package org.canvasboard.app;

import javafx.application.ColorScheme;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.util.Subscription;

/**
 * Keeps a window in the chosen theme, and, while the choice is the system theme, switches it
 * between light and dark the moment the desktop does (the platform's colour scheme preference).
 */
final class ThemeFollower {
    private final Parent root;
    private final ObservableValue<ColorScheme> systemScheme;
    private final Subscription following;
    private Theme chosen;

    ThemeFollower(Parent root, ObservableValue<ColorScheme> systemScheme, Theme chosen) {
        this.root = root;
        this.systemScheme = systemScheme;
        this.chosen = chosen;
        chosen.apply(root, systemScheme.getValue());
        following = systemScheme.subscribe(scheme -> {
            if (this.chosen == Theme.SYSTEM) {
                Theme.SYSTEM.apply(root, scheme);
            }
        });
    }

    /** What is drawn now: light or dark for the system theme, the choice itself otherwise. */
    Theme shown() {
        return chosen.shownFor(systemScheme.getValue());
    }

    void choose(Theme theme) {
        chosen = theme;
        theme.apply(root, systemScheme.getValue());
    }

    /** Stops following the desktop (the window is closed). */
    void stop() {
        following.unsubscribe();
    }
}
