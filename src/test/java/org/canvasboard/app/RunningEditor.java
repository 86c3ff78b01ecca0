package org.canvasboard.app;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.canvasboard.model.BlockType;
import org.canvasboard.model.Card;
import org.canvasboard.model.Project;
import org.canvasboard.viewmodel.ProjectViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The real editor opened on a copy of the bundled example project, with the few look-ups the UI
 * flow tests share: the model read back from the window, card nodes, and keyboard chords.
 */
final class RunningEditor {
    final Stage stage;
    final Path file;
    final CanvasboardApp.MainWindowHandle app;

    private RunningEditor(Stage stage, Path file, CanvasboardApp.MainWindowHandle app) {
        this.stage = stage;
        this.file = file;
        this.app = app;
    }

    /** Copies the example project into {@code folder} and opens it in {@code stage}. */
    static RunningEditor open(Stage stage, Path folder) throws IOException {
        Path file = folder.resolve("example.canvasboard");
        try (InputStream in = RunningEditor.class.getResourceAsStream("/org/canvasboard/app/example.canvasboard")) {
            Files.copy(in, file);
        }
        CanvasboardApp.MainWindowHandle app = CanvasboardApp.open(stage, List.of(file.toString()),
                new SettingsKeeper(folder.resolve("settings")), Runnable::run);
        // the editor's own first size on a 1920 x 1080 screen, whatever the test platform's screen
        size(stage, 1440, 900);
        // TestFX sends keys to the window it last aimed at, which may be a closed one of an earlier test
        new FxRobot().targetWindow(stage);
        return new RunningEditor(stage, file, app);
    }

    /**
     * Quits the editor as a user would (its settings are written) and starts it again in a new
     * window on the same file and settings folder.
     */
    RunningEditor restart(FxRobot robot) {
        robot.interact(() -> app.documents().quit());
        WaitForAsyncUtils.waitForFxEvents();
        RunningEditor[] again = new RunningEditor[1];
        robot.interact(() -> {
            Stage next = new Stage();
            CanvasboardApp.MainWindowHandle handle = CanvasboardApp.open(next, List.of(file.toString()),
                    new SettingsKeeper(file.getParent().resolve("settings")), Runnable::run);
            again[0] = new RunningEditor(next, file, handle);
        });
        robot.targetWindow(again[0].stage);
        return again[0];
    }

    /**
     * Gives the window the size a test wants, at the screen's top-left corner. JavaFX's headless
     * platform draws every window into one 1000 x 1000 frame buffer with no clipping: a wider
     * window only overlaps itself there (no test reads that buffer; snapshots are taken of
     * nodes), but one that reaches below its last row fails to draw, so the height stays within
     * the screen.
     */
    static void size(Stage stage, double width, double height) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
        stage.setMaximized(false);
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(width);
        stage.setHeight(Math.min(height, screen.getHeight() - 1));
    }

    ProjectViewModel project() {
        return app.workspace().getProject();
    }

    Project model() {
        return project().toModel();
    }

    /** Cards of a block on the canvas currently shown. */
    List<Card> cards(BlockType block) {
        return project().getCurrentCanvas().toModel().cards(block);
    }

    List<String> ids(BlockType block) {
        return cards(block).stream().map(Card::id).toList();
    }

    Card card(String id) {
        return project().getCurrentCanvas().findCard(id).orElseThrow().toModel();
    }

    static Node cardNode(FxRobot robot, String id) {
        return robot.lookup("#" + id).query();
    }

    static boolean has(Node node, String pseudoClass) {
        return node.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    /** Presses a chord such as Ctrl+Z (Ctrl is the shortcut key on the test platform). */
    static void chord(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        KeyCode[] reversed = new KeyCode[keys.length];
        for (int i = 0; i < keys.length; i++) {
            reversed[i] = keys[keys.length - 1 - i];
        }
        robot.release(reversed);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void ctrl(FxRobot robot, KeyCode key) {
        chord(robot, KeyCode.CONTROL, key);
    }

    static void key(FxRobot robot, KeyCode key) {
        robot.type(key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks a card; with {@code addToSelection} the click is a Ctrl+click. */
    static void clickCard(FxRobot robot, String id, boolean addToSelection) {
        if (addToSelection) {
            HeldKeys.ctrlClick(robot, robot.lookup("#" + id).query());
        } else {
            robot.clickOn("#" + id);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
