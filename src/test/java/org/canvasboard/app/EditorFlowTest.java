package org.canvasboard.app;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.canvasboard.model.BlockType;
import org.canvasboard.model.Card;
import org.canvasboard.model.Project;
import org.canvasboard.viewmodel.ProjectViewModel;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A user adds a card by keyboard, edits it, drags it to another block, undoes, saves and reopens. */
@ExtendWith(ApplicationExtension.class)
class EditorFlowTest {
    @TempDir
    Path tmp;
    private Path file;
    private CanvasboardApp.MainWindowHandle app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        file = tmp.resolve("loop.canvasboard");
        try (var in = getClass().getResourceAsStream("/org/canvasboard/app/example.canvasboard")) {
            Files.copy(in, file);
        }
        app = CanvasboardApp.open(stage, List.of(file.toString()), new SettingsKeeper(tmp.resolve("settings")),
                Runnable::run);
    }

    private ProjectViewModel project() {
        return app.workspace().getProject();
    }

    private List<Card> cards(BlockType block) {
        return project().toModel().canvases().get(0).cards(block);
    }

    @Test
    void addEditDragUndoSaveAndReopen(FxRobot robot) throws Exception {
        int partnersBefore = cards(BlockType.KEY_PARTNERS).size();
        int channelsBefore = cards(BlockType.CHANNELS).size();
        assertFalse(stage.getTitle().startsWith("*"), stage.getTitle());

        robot.clickOn("#block-keyPartners .block-title");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        robot.write("Bike couriers").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        List<Card> partners = cards(BlockType.KEY_PARTNERS);
        assertEquals(partnersBefore + 1, partners.size());
        Card added = partners.get(partners.size() - 1);
        assertEquals("Bike couriers", added.text());
        assertTrue(stage.getTitle().startsWith("*"), "title marks unsaved changes: " + stage.getTitle());

        Node cardNode = robot.lookup("#" + added.id()).query();
        robot.drag(cardNode).dropTo("#block-channels .block-title");

        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(partnersBefore, cards(BlockType.KEY_PARTNERS).size());
        List<Card> channels = cards(BlockType.CHANNELS);
        assertEquals(channelsBefore + 1, channels.size());
        assertTrue(channels.stream().anyMatch(c -> c.id().equals(added.id())), "card moved to channels");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(channelsBefore, cards(BlockType.CHANNELS).size());
        assertEquals(added.id(), cards(BlockType.KEY_PARTNERS).get(partnersBefore).id());

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(app.workspace().isDirty());
        assertFalse(stage.getTitle().startsWith("*"), stage.getTitle());
        assertTrue(Files.readString(file).contains("Bike couriers"));

        Project saved = project().toModel();
        robot.interact(() -> app.documents().load(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(saved, project().toModel());
    }
}
