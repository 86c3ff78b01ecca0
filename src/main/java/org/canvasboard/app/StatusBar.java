package org.canvasboard.app;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.viewmodel.WindowViewModel;
import org.canvasboard.viewmodel.WindowViewModel.CanvasCounts;

import java.util.ArrayList;
import java.util.List;

/**
 * The window's bottom line: the last message on the left; the workbook's level (in sight
 * whichever panel is open) and the counts of the canvas shown on the right. It words what the
 * window's viewmodel reports.
 */
final class StatusBar {
    private final HBox bar;

    StatusBar(WindowViewModel window) {
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(window.statusProperty());
        message.setMinWidth(0);
        Label workbook = new Label();
        workbook.setId("status-workbook");
        workbook.textProperty().bind(Bindings.createStringBinding(() -> workbookText(window.workbookLevelProperty().get()),
                window.workbookLevelProperty()));
        workbook.setMinWidth(Region.USE_PREF_SIZE);
        Label counts = new Label();
        counts.setId("status-counts");
        counts.textProperty().bind(Bindings.createStringBinding(() -> countsText(window.countsProperty().get()),
                window.countsProperty()));
        counts.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar = new HBox(message, spacer, workbook, counts);
        bar.getStyleClass().add("status-bar");
    }

    HBox node() {
        return bar;
    }

    static String workbookText(int level) {
        return level < 0 ? "" : Messages.get("window.status.workbook", level);
    }

    /** For example "Business Model Canvas · 24 cards · 2 matches · 1 selected · 150 %". */
    static String countsText(CanvasCounts counts) {
        if (counts == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        parts.add(Messages.get("window.status.cards", counts.kind().displayName(), counts.cards()));
        if (counts.matches() >= 0) {
            parts.add(Messages.get("window.status.matches", counts.matches()));
        }
        if (counts.selected() > 0) {
            parts.add(Messages.get("window.status.selected", counts.selected()));
        }
        if (counts.zoomPercent() != 100) {
            parts.add(Messages.get("window.status.zoomLevel", counts.zoomPercent()));
        }
        return String.join(Messages.get("window.status.separator"), parts);
    }
}
