package org.canvasboard.ui.compare;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.ui.common.Forms;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.ui.common.Navigator;
import org.canvasboard.ui.common.WhileShown;
import org.canvasboard.viewmodel.ProjectViewModel;
import org.canvasboard.viewmodel.SegmentComparisonViewModel;

/**
 * The segments of the current canvas side by side: a column per segment, a row per aspect, so
 * gaps and look-alike segments stand out. Clicking a segment's name goes to its card. The table
 * is read again only while the view is shown, and then updated in place.
 */
public final class SegmentComparisonView extends VBox {
    private final SegmentComparisonViewModel comparison;
    private final ComparisonGrid grid;
    private final Label empty = new Label(Messages.get("compare.empty"));
    private final WhileShown whileShown;

    public SegmentComparisonView(ProjectViewModel project, Navigator navigator) {
        this.comparison = new SegmentComparisonViewModel(project);
        this.grid = new ComparisonGrid(navigator);
        setId("compare-view");
        getStyleClass().add("compare-view");
        setPadding(new Insets(14));
        setSpacing(10);
        Label title = new Label(Messages.get("compare.title"), AppIcon.COMPARE.node(20));
        title.getStyleClass().add("profile-area-title");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        getChildren().addAll(title, empty, scroll);
        whileShown = new WhileShown(this, this::update);
        project.history().revisionProperty().addListener((obs, old, now) -> whileShown.request());
        project.currentCanvasProperty().addListener((obs, old, now) -> whileShown.request());
        whileShown.request();
    }

    /** Brings the table up to date now if the view is shown (else once it is). */
    public void refresh() {
        whileShown.request();
    }

    private void update() {
        comparison.refresh();
        Forms.show(empty, comparison.isEmpty());
        grid.sync(comparison.columns(), comparison.rows());
    }

    /** The screen viewmodel the view shows. */
    public SegmentComparisonViewModel viewModel() {
        return comparison;
    }
}
