package org.canvasboard.app;

import javafx.application.ColorScheme;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.layout.BorderPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The system theme follows the desktop's light or dark mode live; a chosen theme stays put. */
@ExtendWith(ApplicationExtension.class)
class ThemeFollowerTest {
    private final SimpleObjectProperty<ColorScheme> desktop = new SimpleObjectProperty<>(ColorScheme.LIGHT);
    private final BorderPane root = new BorderPane();

    @AfterEach
    void backToLight() {
        Theme.LIGHT.useAsBase();
    }

    private boolean dark() {
        return root.getStyleClass().contains("theme-dark");
    }

    @Test
    void theSystemThemeSwitchesWhenTheDesktopDoes() {
        ThemeFollower follower = new ThemeFollower(root, desktop, Theme.SYSTEM);
        assertFalse(dark());
        assertEquals(Theme.LIGHT, follower.shown());

        desktop.set(ColorScheme.DARK);
        assertTrue(dark(), "dark as soon as the desktop is");
        assertEquals(Theme.DARK, follower.shown());
        assertEquals(BinaryStylesheets.theme(false), javafx.application.Application.getUserAgentStylesheet());

        desktop.set(ColorScheme.LIGHT);
        assertFalse(dark());
        assertEquals(BinaryStylesheets.theme(true), javafx.application.Application.getUserAgentStylesheet());
    }

    @Test
    void aThemeChosenByHandIgnoresTheDesktop() {
        ThemeFollower follower = new ThemeFollower(root, desktop, Theme.SYSTEM);
        follower.choose(Theme.CONTRAST);
        desktop.set(ColorScheme.DARK);
        assertFalse(dark());
        assertTrue(root.getStyleClass().contains("theme-contrast"));
        assertEquals(Theme.CONTRAST, follower.shown());

        follower.choose(Theme.SYSTEM);
        assertTrue(dark(), "back to following: the desktop is dark now");
        assertFalse(root.getStyleClass().contains("theme-contrast"));
    }

    @Test
    void aClosedWindowStopsFollowing() {
        ThemeFollower follower = new ThemeFollower(root, desktop, Theme.SYSTEM);
        follower.stop();
        desktop.set(ColorScheme.DARK);
        assertFalse(dark());
    }

    @Test
    void settingsWithoutAThemeFollowTheSystem() {
        assertEquals(Theme.SYSTEM, Theme.fromId(null));
        assertEquals(Theme.LIGHT, Theme.fromId("light"), "an earlier choice of light stays light");
    }
}
