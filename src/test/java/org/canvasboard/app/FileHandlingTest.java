package org.canvasboard.app;

import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Menu;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.canvasboard.model.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad files get a clear message and change nothing; window and recent files survive a restart. */
@ExtendWith(ApplicationExtension.class)
class FileHandlingTest {
    @TempDir
    Path tmp;
    private Stage stage;
    private CanvasboardApp.MainWindowHandle app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = CanvasboardApp.open(stage, List.of(), new SettingsKeeper(tmp.resolve("settings")), Runnable::run);
    }

    /** Leaves no window behind to cover the next test's window. */
    @AfterEach
    void closeAllWindows() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
    }

    private static DialogPane openDialog(FxRobot robot) {
        return robot.listWindows().stream()
                .map(Window::getScene).filter(s -> s != null && s.getRoot() instanceof DialogPane)
                .map(s -> (DialogPane) s.getRoot()).findFirst()
                .orElseThrow(() -> new AssertionError("no dialog is showing"));
    }

    private static void closeDialog(FxRobot robot) {
        robot.clickOn(robot.from(openDialog(robot)).lookup(".button").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void openingABadFileShowsWhatIsWrongAndChangesNothing(FxRobot robot) throws Exception {
        Path bad = tmp.resolve("broken.canvasboard");
        Files.writeString(bad, "{\"formatVersion\": 1, \"project\": ");
        byte[] before = Files.readAllBytes(bad);
        Project shown = app.workspace().getProject().toModel();

        Platform.runLater(() -> app.documents().load(bad));
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane dialog = openDialog(robot);
        assertTrue(dialog.getHeaderText().contains("Could not open broken.canvasboard"), dialog.getHeaderText());
        assertTrue(dialog.getContentText().contains("ends too early"), dialog.getContentText());
        closeDialog(robot);
        assertEquals(shown, app.workspace().getProject().toModel(), "the open project is kept");
        assertNull(app.workspace().getFile());
        assertArrayEquals(before, Files.readAllBytes(bad), "the bad file is untouched");
    }

    @Test
    void startingWithABadFileOpensTheExampleAndSaysWhy(FxRobot robot) throws Exception {
        Path future = tmp.resolve("future.canvasboard");
        Files.writeString(future, "{\"formatVersion\": 9, \"project\": {}}");
        AtomicReference<CanvasboardApp.MainWindowHandle> second = new AtomicReference<>();
        AtomicReference<Stage> secondStage = new AtomicReference<>();
        robot.interact(() -> {
            secondStage.set(new Stage());
            second.set(CanvasboardApp.open(secondStage.get(), List.of(future.toString()),
                    new SettingsKeeper(tmp.resolve("settings2")), Runnable::run));
        });
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane dialog = openDialog(robot);
        assertTrue(dialog.getContentText().contains("newer version of Canvasboard"), dialog.getContentText());
        closeDialog(robot);
        assertEquals("Loop Bikes", second.get().workspace().getProject().getName());
        assertNull(second.get().workspace().getFile(), "the refused file is not the save target");
        robot.interact(() -> secondStage.get().close());
    }

    @Test
    void windowPlacementAndRecentFilesSurviveARestart(FxRobot robot) throws Exception {
        Path file = tmp.resolve("kept.canvasboard");
        Files.write(file, new org.canvasboard.persistence.ProjectWriter().toBytes(Project.blank(), null));
        robot.interact(() -> app.documents().load(file));
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1100);
            stage.setHeight(700);
            app.documents().quit();
        });
        WaitForAsyncUtils.waitForFxEvents();

        AtomicReference<Stage> restarted = new AtomicReference<>();
        robot.interact(() -> {
            restarted.set(new Stage());
            CanvasboardApp.open(restarted.get(), List.of(), new SettingsKeeper(tmp.resolve("settings")), Runnable::run);
        });
        Stage again = restarted.get();
        assertEquals(1100, again.getWidth(), 1);
        assertEquals(700, again.getHeight(), 1);
        assertEquals(40, again.getX(), 1);
        MenuBar bar = (MenuBar) again.getScene().lookup("#menu-bar");
        Menu recent = (Menu) bar.getMenus().get(0).getItems().stream()
                .filter(i -> "Open recent".equals(i.getText())).findFirst().orElseThrow();
        assertEquals(1, recent.getItems().size());
        assertTrue(recent.getItems().get(0).getText().startsWith("kept.canvasboard"), recent.getItems().get(0).getText());
        robot.interact(again::close);
    }
}
