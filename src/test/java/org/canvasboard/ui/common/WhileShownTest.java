package org.canvasboard.ui.common;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A panel refreshes only while it, all its parents and its window are showing; a hidden request waits. */
@ExtendWith(ApplicationExtension.class)
class WhileShownTest {
    @AfterEach
    void closeAllWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aPanelInATabThatIsNotChosenRefreshesWhenItsTabIs() {
        WaitForAsyncUtils.waitForAsyncFx(20_000, () -> {
            int[] runs = new int[1];
            VBox panel = new VBox(new Label("hints"));
            WhileShown shown = new WhileShown(panel, () -> runs[0]++);
            Tab first = new Tab("Card", new Label("card"));
            Tab second = new Tab("Checks", new StackPane(panel));
            TabPane tabs = new TabPane(first, second);
            Stage stage = new Stage();
            stage.setScene(new Scene(tabs, 300, 200));
            shown.request();
            assertEquals(0, runs[0], "not in a showing window yet");
            stage.show();
            tabs.applyCss();
            tabs.layout();
            assertFalse(shown.shown(), "the panel's tab is not chosen");
            assertEquals(0, runs[0]);
            assertTrue(shown.stale());
            tabs.getSelectionModel().select(second);
            tabs.applyCss();
            tabs.layout();
            assertTrue(shown.shown());
            assertEquals(1, runs[0], "shown: the waiting refresh runs once");
            shown.request();
            assertEquals(2, runs[0], "while shown a request runs at once");

            // a hidden parent hides the panel; showing the parent again brings the refresh
            panel.getParent().setVisible(false);
            shown.request();
            assertEquals(2, runs[0]);
            panel.getParent().setVisible(true);
            assertEquals(3, runs[0]);

            // a closed window shows nothing
            stage.hide();
            shown.request();
            assertEquals(3, runs[0]);
            stage.show();
            assertEquals(4, runs[0]);
            stage.hide();
        });
    }

    @Test
    void aPanelMovedToAnotherParentFollowsItsNewParents() {
        WaitForAsyncUtils.waitForAsyncFx(20_000, () -> {
            int[] runs = new int[1];
            Label panel = new Label("hints");
            WhileShown shown = new WhileShown(panel, () -> runs[0]++);
            StackPane hiddenHost = new StackPane();
            hiddenHost.setVisible(false);
            StackPane host = new StackPane(panel);
            Stage stage = new Stage();
            stage.setScene(new Scene(new VBox(host, hiddenHost), 300, 200));
            stage.show();
            shown.request();
            assertEquals(1, runs[0]);
            hiddenHost.getChildren().add(panel);
            shown.request();
            assertEquals(1, runs[0], "its new parent is hidden");
            hiddenHost.setVisible(true);
            assertEquals(2, runs[0], "the new parent is watched");
            stage.hide();
        });
    }
}
