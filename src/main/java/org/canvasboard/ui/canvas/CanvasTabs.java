package org.canvasboard.ui.canvas;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.viewmodel.CanvasViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The row of canvas tabs above the canvas: one per canvas of the project, the current one
 * pressed, plus a button for a new canvas. Double-click renames; right-click offers the canvas
 * commands.
 */
public final class CanvasTabs extends HBox {
    private final ProjectViewModel project;
    private final ToggleGroup group = new ToggleGroup();
    private final Button addButton;
    private final Supplier<ContextMenu> tabMenu;
    private final Consumer<CanvasViewModel> onRename;

    public CanvasTabs(ProjectViewModel project, Runnable onAdd, Consumer<CanvasViewModel> onRename,
                      Supplier<ContextMenu> tabMenu) {
        this.project = project;
        this.tabMenu = tabMenu;
        this.onRename = onRename;
        getStyleClass().add("canvas-tabs");
        setId("canvas-tabs");
        addButton = new Button(null, AppIcon.ADD.node());
        addButton.setId("add-canvas");
        addButton.getStyleClass().add("flat");
        addButton.setTooltip(new Tooltip("New canvas"));
        addButton.setFocusTraversable(false);
        addButton.setOnAction(e -> onAdd.run());
        project.canvases().addListener((ListChangeListener<CanvasViewModel>) c -> rebuild());
        project.currentCanvasProperty().addListener((obs, old, now) -> refreshPressed());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        group.getToggles().clear();
        for (CanvasViewModel canvas : project.canvases()) {
            ToggleButton tab = new ToggleButton();
            tab.textProperty().bind(canvas.nameProperty());
            tab.setGraphic(AppIcon.CANVAS.node());
            tab.getStyleClass().add("canvas-tab");
            tab.setUserData(canvas);
            tab.setToggleGroup(group);
            tab.setFocusTraversable(false);
            tab.setTooltip(new Tooltip(canvas.kind().displayName() + " · double-click to rename"));
            tab.setOnAction(e -> {
                project.showCanvas(canvas);
                refreshPressed();
            });
            tab.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                    onRename.accept(canvas);
                }
            });
            tab.setOnContextMenuRequested(e -> {
                project.showCanvas(canvas);
                ContextMenu menu = tabMenu.get();
                if (menu != null) {
                    menu.show(tab, e.getScreenX(), e.getScreenY());
                }
                e.consume();
            });
            getChildren().add(tab);
        }
        getChildren().add(addButton);
        refreshPressed();
    }

    private void refreshPressed() {
        group.getToggles().forEach(t -> t.setSelected(t.getUserData() == project.getCurrentCanvas()));
    }
}
