package org.canvasboard.app;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.canvasboard.model.BlockType;
import org.canvasboard.model.Project;
import org.canvasboard.persistence.ProjectReader;
import org.canvasboard.persistence.ProjectWriter;
import org.canvasboard.persistence.RecoveryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Unsaved work is snapshotted shortly after a change and offered again after a crash. */
@ExtendWith(ApplicationExtension.class)
class RecoveryFlowTest {
    @TempDir
    Path tmp;

    @AfterEach
    void closeAllWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    private Path settings() {
        return tmp.resolve("settings");
    }

    private Path recovery() {
        return settings().resolve("recovery");
    }

    private CanvasboardApp.MainWindowHandle start(FxRobot robot) {
        AtomicReference<CanvasboardApp.MainWindowHandle> app = new AtomicReference<>();
        robot.interact(() -> app.set(CanvasboardApp.open(new Stage(), List.of(), new SettingsKeeper(settings()),
                Runnable::run)));
        WaitForAsyncUtils.waitForFxEvents();
        return app.get();
    }

    private static DialogPane dialog(FxRobot robot) {
        return robot.listWindows().stream().map(Window::getScene)
                .filter(s -> s != null && s.getRoot() instanceof DialogPane)
                .map(s -> (DialogPane) s.getRoot()).findFirst()
                .orElseThrow(() -> new AssertionError("no dialog is showing"));
    }

    private static void press(FxRobot robot, DialogPane pane, javafx.scene.control.ButtonType type) {
        robot.clickOn((Button) pane.lookupButton(type));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void crashedSessionLeft(Project work) throws Exception {
        new RecoveryStore(recovery(), "crashed").snapshot(new ProjectWriter().toBytes(work, null),
                tmp.resolve("plan.canvasboard"), work.name());
    }

    @Test
    void editsAreSnapshottedAfterAPauseAndASaveRemovesTheSnapshot(FxRobot robot) throws Exception {
        CanvasboardApp.MainWindowHandle app = start(robot);
        robot.interact(() -> app.workspace().getProject().addCard(BlockType.CHANNELS));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> snapshots().size() == 1);
        Path snapshot = snapshots().get(0);
        assertEquals(app.workspace().getProject().toModel(), new ProjectReader().read(snapshot).project());

        Path file = tmp.resolve("saved.canvasboard");
        robot.interact(() -> {
            try {
                new ProjectIO().write(app.workspace().getProject().toModel(), null, file);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            app.workspace().saved(file, app.workspace().getProject().history().saveToken());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(snapshots().isEmpty(), "a clean save removes the snapshot");
    }

    @Test
    void workLeftByACrashIsOfferedAndOpensAsAnUnsavedCopy(FxRobot robot) throws Exception {
        Project work = new Project("Plan B", Project.blank().canvases());
        crashedSessionLeft(work);
        CanvasboardApp.MainWindowHandle app = start(robot);

        DialogPane pane = dialog(robot);
        assertTrue(pane.getHeaderText().contains("\"Plan B\""), pane.getHeaderText());
        assertTrue(pane.getContentText().contains("plan.canvasboard is left as it was"), pane.getContentText());
        press(robot, pane, RecoveryOffer.OPEN);

        assertEquals("Plan B (recovered)", app.workspace().getProject().getName());
        assertEquals(work.canvases(), app.workspace().getProject().toModel().canvases());
        assertTrue(app.workspace().isDirty(), "the recovered copy still needs saving");
        assertTrue(Files.exists(recovery().resolve("declined").resolve("crashed.canvasboard")), "kept aside");
        assertFalse(Files.exists(recovery().resolve("crashed.canvasboard")));
    }

    @Test
    void settingRecoveredWorkAsideKeepsItAndOpensTheUsualProject(FxRobot robot) throws Exception {
        crashedSessionLeft(new Project("Plan C", Project.blank().canvases()));
        CanvasboardApp.MainWindowHandle app = start(robot);
        press(robot, dialog(robot), RecoveryOffer.SET_ASIDE);

        assertEquals("Loop Bikes", app.workspace().getProject().getName());
        assertFalse(app.workspace().isDirty());
        assertTrue(Files.exists(recovery().resolve("declined").resolve("crashed.canvasboard")));
        assertTrue(new RecoveryStore(recovery(), "later").pending().isEmpty(), "not offered again");
    }

    private List<Path> snapshots() throws Exception {
        if (!Files.isDirectory(recovery())) {
            return List.of();
        }
        try (var files = Files.list(recovery())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".canvasboard")).toList();
        }
    }
}
