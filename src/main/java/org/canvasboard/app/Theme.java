package org.canvasboard.app;

import javafx.application.Application;
import javafx.scene.Parent;

import java.util.Arrays;

/**
 * The app's colour themes: light (the default), dark, and high contrast for projectors and low
 * vision. Each is an AtlantaFX base plus a style class on the window's root that swaps
 * Canvasboard's own colour variables.
 */
enum Theme {
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
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst().orElse(LIGHT);
    }

    /**
     * Makes the theme's base the app's stylesheet for every control. Called before the first
     * control is made, it also spares JavaFX loading its own default theme (30 ms at start-up),
     * which the first control otherwise does when no base has been set.
     */
    void useAsBase() {
        String base = BinaryStylesheets.theme(this == LIGHT);
        if (!base.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(base);
        }
    }

    /** Applies the theme to the whole app (the base) and to a window's root (our colours). */
    void apply(Parent root) {
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
