package org.canvasboard.app;

import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.scene.Parent;

import java.util.Arrays;

/**
 * The app's colour themes: the system's (the default: light or dark as the desktop is set),
 * light, dark, and high contrast for projectors and low vision. Each is an AtlantaFX base plus a
 * style class on the window's root that swaps Canvasboard's own colour variables.
 */
enum Theme {
    SYSTEM("system", "System theme (light or dark as the desktop)", null),
    LIGHT("light", "Light theme", null),
    DARK("dark", "Dark theme", "theme-dark"),
    CONTRAST("contrast", "High-contrast theme", "theme-contrast");

    private final String id;
    private final String label;
    private final String styleClass;

    Theme(String id, String label, String styleClass) {
        this.id = id;
        this.label = label;
        this.styleClass = styleClass;
    }

    String id() {
        return id;
    }

    String label() {
        return label;
    }

    static Theme fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst().orElse(SYSTEM);
    }

    /** What is drawn for this choice while the desktop's colour scheme is {@code scheme}. */
    Theme shownFor(ColorScheme scheme) {
        return this != SYSTEM ? this : scheme == ColorScheme.DARK ? DARK : LIGHT;
    }

    /**
     * Makes the theme's base the app's stylesheet for every control. Called before the first
     * control is made, it also spares JavaFX loading its own default theme (30 ms at start-up),
     * which the first control otherwise does when no base has been set.
     */
    void useAsBase() {
        if (this == SYSTEM) {
            shownFor(Platform.getPreferences().getColorScheme()).useAsBase();
            return;
        }
        String base = BinaryStylesheets.theme(this == LIGHT);
        if (!base.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(base);
        }
    }

    /**
     * Applies the theme to the whole app (the base) and to a window's root (our colours); the
     * system theme applies light or dark after {@code scheme}.
     */
    void apply(Parent root, ColorScheme scheme) {
        if (this == SYSTEM) {
            shownFor(scheme).apply(root, scheme);
            return;
        }
        useAsBase();
        for (Theme t : values()) {
            if (t.styleClass != null) {
                root.getStyleClass().remove(t.styleClass);
            }
        }
        if (styleClass != null) {
            root.getStyleClass().add(styleClass);
        }
    }
}
