package org.canvasboard.app;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.canvasboard.model.CanvasKind;
import org.canvasboard.viewmodel.CanvasViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.canvasboard.app.RunningEditor.chord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A project with more canvases than the tab row can show (a workshop's day of them): the tabs
 * keep their names, the row scrolls to the canvas shown, and a menu lists every canvas.
 */
class CanvasTabsFlowTest extends ExampleEditorFlow {
    @Override
    void opened(Stage stage) {
        // the window size this test expects, whatever an earlier test left the shared stage at
        RunningEditor.size(stage, 1440, 900);
    }

    @Test
    void manyCanvasesKeepTheirNamesAndTheShownOneIsAlwaysInSight(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 3; i <= 12; i++) {
                editor.project().addCanvas("Workshop group " + i, CanvasKind.BUSINESS_MODEL);
            }
            editor.project().showCanvas(editor.project().canvases().get(0));
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<CanvasViewModel> canvases = editor.project().canvases();
        assertEquals(12, canvases.size());

        List<ToggleButton> tabs = robot.lookup(".canvas-tab").queryAllAs(ToggleButton.class).stream().toList();
        assertEquals(12, tabs.size());
        for (ToggleButton tab : tabs) {
            assertTrue(tab.getWidth() >= tab.prefWidth(-1) - 0.5, "the tab keeps its full name: " + tab.getText());
        }
        assertTrue(robot.lookup("#all-canvases").query().isVisible(), "some tabs are out of sight, so the menu shows");
        assertFalse(inSight(robot, tabs.get(11)), "the last tab is beyond the row's end: " + where(robot, tabs.get(11)));

        // the menu lists every canvas and goes to the one chosen
        robot.clickOn("#all-canvases");
        robot.clickOn("Workshop group 12");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Workshop group 12", editor.project().getCurrentCanvas().getName());
        assertTrue(editor.stage.getScene().getFocusOwner() instanceof org.canvasboard.ui.canvas.CanvasView,
                "a canvas opened for the first time takes the keyboard: " + editor.stage.getScene().getFocusOwner());
        assertTrue(inSight(robot, tabs.get(11)), "the row scrolled to the tab of the canvas shown: " + where(robot, tabs.get(11)));
        assertTrue(tabs.get(11).isSelected());

        // going back with the keyboard brings the first tab back into sight
        robot.clickOn("#zoom-pane");
        for (int i = 0; i < 11; i++) {
            chord(robot, KeyCode.CONTROL, KeyCode.PAGE_UP);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(canvases.get(0), editor.project().getCurrentCanvas());
        assertTrue(inSight(robot, tabs.get(0)), where(robot, tabs.get(0)));
        assertFalse(inSight(robot, tabs.get(11)), where(robot, tabs.get(11)));
    }

    private static String where(FxRobot robot, Node tab) {
        Node strip = robot.lookup(".canvas-tab-scroll").query();
        return "tab " + tab.localToScreen(tab.getLayoutBounds()) + " in row " + strip.localToScreen(strip.getLayoutBounds());
    }

    /** Whether a tab is wholly within the visible part of the tab row. */
    private static boolean inSight(FxRobot robot, Node tab) {
        WaitForAsyncUtils.waitForFxEvents();
        Node strip = robot.lookup(".canvas-tab-scroll").query();
        Bounds row = strip.localToScreen(strip.getLayoutBounds());
        Bounds bounds = tab.localToScreen(tab.getLayoutBounds());
        return bounds.getMinX() >= row.getMinX() - 0.5 && bounds.getMaxX() <= row.getMaxX() + 0.5;
    }
}
