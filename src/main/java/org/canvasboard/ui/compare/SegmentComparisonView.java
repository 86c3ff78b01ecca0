package org.canvasboard.ui.compare;

import org.canvasboard.ui.common.SegmentStyles;
import org.canvasboard.ui.common.Navigator;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.canvasboard.model.Canvas;
import org.canvasboard.model.Card;
import org.canvasboard.model.Persona;
import org.canvasboard.model.SegmentComparison;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.viewmodel.CardViewModel;
import org.canvasboard.viewmodel.PersonaViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;

import java.util.List;

/**
 * The segments of the current canvas side by side: a column per segment, a row per aspect, so
 * gaps and look-alike segments stand out. Clicking a segment's name goes to its card.
 */
public final class SegmentComparisonView extends VBox {
    private final ProjectViewModel project;
    private final Navigator navigator;
    private final GridPane grid = new GridPane();
    private final Label empty = new Label();
    private boolean stale = true;

    public SegmentComparisonView(ProjectViewModel project, Navigator navigator) {
        this.project = project;
        this.navigator = navigator;
        setId("compare-view");
        getStyleClass().add("compare-view");
        setPadding(new Insets(14));
        setSpacing(10);
        Label title = new Label("Compare segments", AppIcon.COMPARE.node(20));
        title.getStyleClass().add("profile-area-title");
        grid.getStyleClass().add("compare-grid");
        grid.setId("compare-grid");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        getChildren().addAll(title, empty, scroll);
        project.history().revisionProperty().addListener((obs, old, now) -> refreshIfShown());
        project.currentCanvasProperty().addListener((obs, old, now) -> refreshIfShown());
        sceneProperty().addListener((obs, old, now) -> refreshIfShown());
        visibleProperty().addListener((obs, old, now) -> refreshIfShown());
    }

    private void refreshIfShown() {
        stale = true;
        if (getScene() != null && isVisible()) {
            refresh();
        }
    }

    /** Rebuilds the table from the project (done only while the view is shown). */
    public void refresh() {
        if (!stale) {
            return;
        }
        stale = false;
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        List<CardViewModel> segments = project.getCurrentCanvas().segments();
        empty.setVisible(segments.isEmpty());
        empty.setManaged(segments.isEmpty());
        empty.setText("No segments on this canvas yet. Open cards in Customer Segments as segments to compare them here.");
        if (segments.isEmpty()) {
            return;
        }
        Canvas canvas = project.getCurrentCanvas().toModel();
        List<Card> cards = segments.stream().map(CardViewModel::toModel).toList();
        List<Persona> personas = project.personas().stream().map(PersonaViewModel::get).toList();
        ColumnConstraints labels = new ColumnConstraints(175);
        grid.getColumnConstraints().add(labels);
        for (int c = 0; c < segments.size(); c++) {
            ColumnConstraints column = new ColumnConstraints(180, 260, Double.MAX_VALUE);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
            CardViewModel segment = segments.get(c);
            Label header = new Label(segment.getText(), SegmentStyles.dot(segment.getSegment().color(), null));
            header.getStyleClass().add("compare-header");
            header.setWrapText(true);
            header.setId("compare-header-" + c);
            SegmentStyles.onActivate(header, () -> navigator.showCard(segment));
            grid.add(header, c + 1, 0);
        }
        int row = 1;
        for (SegmentComparison.Row r : SegmentComparison.rows(canvas, cards, personas)) {
            Label label = new Label(r.label());
            label.getStyleClass().add("compare-row-label");
            label.setWrapText(true);
            label.setMaxWidth(Double.MAX_VALUE);
            label.setMaxHeight(Double.MAX_VALUE);
            GridPane.setValignment(label, VPos.TOP);
            grid.add(label, 0, row);
            for (int c = 0; c < r.cells().size(); c++) {
                List<String> lines = r.cells().get(c);
                Label cell = new Label(lines.isEmpty() ? "\u2014" : "\u2022 " + String.join("\n\u2022 ", lines));
                if (lines.size() == 1) {
                    cell.setText(lines.get(0));
                }
                cell.getStyleClass().add("compare-cell");
                cell.setMaxWidth(Double.MAX_VALUE);
                cell.setMaxHeight(Double.MAX_VALUE);
                cell.setId("compare-" + row + "-" + c);
                GridPane.setValignment(cell, VPos.TOP);
                grid.add(cell, c + 1, row);
            }
            row++;
        }
    }
}
