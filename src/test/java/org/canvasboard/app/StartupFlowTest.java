package org.canvasboard.app;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.canvasboard.app.RunningEditor.clickCard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window's first frame shows the canvas; the side panel (card details, checks, workbook) is
 * built right after it, and then works as if it had been there from the start.
 */
class StartupFlowTest extends ExampleEditorFlow {
    private boolean completeWhenShown;
    private Object cardTabContentWhenShown;

    @Override
    void opened(Stage stage) {
        // still inside the call that showed the window: no frame has been drawn yet
        completeWhenShown = editor.app.complete().getAsBoolean();
        cardTabContentWhenShown = sideTab(stage, "tab-card").getContent();
    }

    @Test
    void theSidePanelFollowsTheFirstFrameAndThenShowsTheSelection(FxRobot robot) throws Exception {
        assertFalse(completeWhenShown, "the side panel waits for the first frame");
        assertNull(cardTabContentWhenShown);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> editor.app.complete().getAsBoolean());
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(sideTab(editor.stage, "tab-card").getContent(), "after the first frame the card tab is built");
        assertEquals("Checks (3)", sideTab(editor.stage, "tab-checks").getText(), "the checks ran for the example");

        clickCard(robot, "card-ex001", false);
        TextInputControl text = robot.lookup("#details-text").queryAs(TextInputControl.class);
        assertEquals(editor.card("card-ex001").text(), text.getText(), "the details show the card picked on the canvas");
        assertTrue(robot.lookup("#card-details").query().isVisible());
    }

    private static Tab sideTab(Stage stage, String id) {
        TabPane tabs = (TabPane) stage.getScene().lookup("#side-tabs");
        return tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
    }
}
