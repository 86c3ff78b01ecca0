package org.canvasboard.app;

import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.canvasboard.model.BlockType;
import org.canvasboard.model.CanvasKind;
import org.canvasboard.model.Card;
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

import static org.canvasboard.app.UiFlows.dialog;
import static org.canvasboard.app.UiFlows.press;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Canvases, unsaved-changes questions and the help dialogs. */
@ExtendWith(ApplicationExtension.class)
class ProjectFlowsTest {
    @TempDir
    Path tmp;
    private CanvasboardApp.MainWindowHandle app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = CanvasboardApp.open(stage, List.of(), new SettingsKeeper(tmp.resolve("settings")), Runnable::run);
        RunningEditor.size(stage, 1600, 1000);
    }

    @AfterEach
    void closeAllWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    private List<String> tabNames(FxRobot robot) {
        return robot.lookup(".canvas-tab").queryAllAs(ToggleButton.class).stream().map(ToggleButton::getText).toList();
    }

    @Test
    void newProductCanvasGetsATabAndThirteenBlocks(FxRobot robot) {
        press(robot, KeyCode.CONTROL, KeyCode.T);
        DialogPane pane = dialog(robot);
        robot.doubleClickOn("#new-canvas-name").eraseText(12).write("Product idea");
        robot.interact(() -> robot.lookup("#new-canvas-kind").queryAs(ChoiceBox.class).setValue(CanvasKind.PRODUCT));
        robot.clickOn(pane.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("Today", "Next year: offices", "Product idea"), tabNames(robot));
        assertEquals(13, robot.lookup(".block").queryAll().size());
        assertNotNull(robot.lookup("#block-customerProblem").query());
        assertEquals(CanvasKind.PRODUCT, app.workspace().getProject().getCurrentCanvas().kind());
    }

    @Test
    void renamingByDoubleClickingTheTab(FxRobot robot) {
        robot.doubleClickOn("Next year: offices");
        DialogPane pane = dialog(robot);
        robot.doubleClickOn("#name-field").eraseText(20).write("Offices 2027");
        robot.clickOn(pane.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Today", "Offices 2027"), tabNames(robot));
    }

    @Test
    void duplicatingCopiesCardsWithNewIds(FxRobot robot) {
        List<Card> original = UiFlows.cards(app, BlockType.VALUE_PROPOSITIONS);
        press(robot, KeyCode.CONTROL, KeyCode.D);
        assertEquals(List.of("Today", "Today (copy)", "Next year: offices"), tabNames(robot));
        List<Card> copy = UiFlows.cards(app, BlockType.VALUE_PROPOSITIONS);
        assertEquals(original.stream().map(Card::text).toList(), copy.stream().map(Card::text).toList());
        assertNotEquals(original.get(0).id(), copy.get(0).id());
    }

    @Test
    void deletedCanvasComesBackInPlaceWithUndo(FxRobot robot) {
        robot.clickOn("Next year: offices");
        robot.clickOn("Canvas").clickOn("Delete canvas");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Today"), tabNames(robot));
        press(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals(List.of("Today", "Next year: offices"), tabNames(robot));
        assertEquals("Next year: offices", app.workspace().getProject().getCurrentCanvas().getName(),
                "undo shows the canvas it brought back");
    }

    @Test
    void switchingTabsShowsTheOtherCanvasCards(FxRobot robot) {
        robot.clickOn("Next year: offices");
        WaitForAsyncUtils.waitForFxEvents();
        Card offices = UiFlows.cards(app, BlockType.CUSTOMER_SEGMENTS).get(0);
        assertTrue(offices.text().startsWith("Mid-size employers"), offices.text());
        assertTrue(robot.lookup("#" + offices.id()).tryQuery().isPresent());
        press(robot, KeyCode.CONTROL, KeyCode.PAGE_UP);
        assertEquals("Today", app.workspace().getProject().getCurrentCanvas().getName());
    }

    @Test
    void newProjectAsksAboutUnsavedChangesAndCancelKeepsThem(FxRobot robot) {
        robot.clickOn("#add-channels");
        robot.write("Radio").type(KeyCode.ENTER);
        assertTrue(stage.getTitle().startsWith("*"), stage.getTitle());

        press(robot, KeyCode.CONTROL, KeyCode.N);
        DialogPane question = dialog(robot);
        assertTrue(question.getHeaderText().contains("Save the changes to \"Loop Bikes\""), question.getHeaderText());
        robot.clickOn(question.lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(UiFlows.texts(app, BlockType.CHANNELS).contains("Radio"));

        press(robot, KeyCode.CONTROL, KeyCode.N);
        robot.clickOn("Don't save");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Untitled project", app.workspace().getProject().getName());
        assertFalse(stage.getTitle().startsWith("*"), stage.getTitle());
        assertEquals(0, app.workspace().getProject().getCurrentCanvas().allCards().count());
    }

    @Test
    void shortcutsAndAboutDialogsTellTheTruth(FxRobot robot) {
        press(robot, KeyCode.F1);
        String shortcuts = robot.from(dialog(robot)).lookup(".text-area").queryAs(TextArea.class).getText();
        assertTrue(shortcuts.matches("(?s).*Undo\\s+Ctrl\\+Z.*"), shortcuts);
        assertTrue(shortcuts.matches("(?s).*Redo\\s+Shift\\+Ctrl\\+Z / Ctrl\\+Y.*|(?s).*Redo\\s+Ctrl\\+Shift\\+Z / Ctrl\\+Y.*"),
                shortcuts);
        robot.clickOn(dialog(robot).lookupButton(ButtonType.OK));

        robot.clickOn("Help").clickOn("About Canvasboard");
        String about = robot.lookup("#about-text").queryAs(TextArea.class).getText();
        assertTrue(about.contains("Strategyzer AG"), about);
        assertTrue(about.contains("CC BY-SA 3.0"), about);
        robot.clickOn(dialog(robot).lookupButton(ButtonType.OK));
    }
}
