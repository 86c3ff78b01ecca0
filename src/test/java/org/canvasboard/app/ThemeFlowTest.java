package org.canvasboard.app;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Themes are chosen in the View menu, apply at once and are remembered for the next start. */
@ExtendWith(ApplicationExtension.class)
class ThemeFlowTest {
    @TempDir
    Path tmp;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        CanvasboardApp.open(stage, List.of(), new SettingsKeeper(tmp.resolve("settings")), Runnable::run);
    }

    @AfterEach
    void closeAllWindows() throws Exception {
        FxToolkit.cleanupStages();
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
    }

    @Test
    void aChosenThemeAppliesAndIsRememberedAcrossRestarts(FxRobot robot) {
        robot.clickOn("View");
        robot.clickOn("#theme-contrast");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getScene().getRoot().getStyleClass().contains("theme-contrast"));
        assertEquals(Theme.CONTRAST, new SettingsKeeper(tmp.resolve("settings")).theme(), "remembered");

        robot.clickOn("View");
        robot.clickOn("#theme-light");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.getScene().getRoot().getStyleClass().contains("theme-contrast"));
        assertEquals(Theme.LIGHT, new SettingsKeeper(tmp.resolve("settings")).theme());
    }
}
