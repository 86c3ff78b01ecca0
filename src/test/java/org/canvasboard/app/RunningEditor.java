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
        // TestFX sends keys to the window it last aimed at, which may be a closed one of an earlier test
        new FxRobot().targetWindow(stage);
        return new RunningEditor(stage, file, app);
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
            robot.press(KeyCode.CONTROL);
        }
        robot.clickOn("#" + id);
        if (addToSelection) {
            robot.release(KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
