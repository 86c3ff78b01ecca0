package org.canvasboard.app;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.canvasboard.persistence.AppSettings;
import org.canvasboard.persistence.SettingsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A maximized window remembers, and goes back to, the size it had before it was maximized. */
@ExtendWith(ApplicationExtension.class)
class WindowPlacementTest {
    @TempDir
    Path tmp;

    @AfterEach
    void closeAllWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    private Stage normalWindow(FxRobot robot, SettingsKeeper settings) {
        Stage[] made = new Stage[1];
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new Pane()));
            stage.setX(100);
            stage.setY(80);
            stage.setWidth(700);
            stage.setHeight(500);
            settings.restoreWindow(stage); // nothing saved yet: it only starts following the window
            stage.show();
            made[0] = stage;
        });
        return made[0];
    }

    @Test
    void aWindowClosedMaximizedRemembersItsNormalSizeAndOpensMaximized(FxRobot robot) {
        SettingsKeeper settings = new SettingsKeeper(tmp);
        Stage stage = normalWindow(robot, settings);
        robot.interact(() -> stage.setMaximized(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> settings.rememberWindow(stage));

        AppSettings saved = new SettingsStore(tmp).load();
        assertTrue(saved.maximized());
        assertEquals(700, saved.windowWidth(), 1, "the normal width, not the maximized one");
        assertEquals(500, saved.windowHeight(), 1);
        assertEquals(100, saved.windowX(), 1);

        Stage[] again = new Stage[1];
        robot.interact(() -> {
            again[0] = new Stage();
            new SettingsKeeper(tmp).restoreWindow(again[0]);
        });
        assertTrue(again[0].isMaximized(), "opens maximized");
        assertEquals(700, again[0].getWidth(), 1, "with its normal size behind it");
    }

    @Test
    void unMaximizedTheWindowGoesBackToItsSizeEvenIfTheWindowManagerLeftItLarge(FxRobot robot) throws Exception {
        SettingsKeeper settings = new SettingsKeeper(tmp);
        Stage stage = normalWindow(robot, settings);
        robot.interact(() -> stage.setMaximized(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            stage.setMaximized(false);
            // what some window managers do right after un-maximizing
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(990);
            stage.setHeight(990);
        });
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> Math.abs(stage.getWidth() - 700) < 1);
        assertEquals(500, stage.getHeight(), 1);
        assertEquals(100, stage.getX(), 1);
        assertEquals(80, stage.getY(), 1);
    }
}
