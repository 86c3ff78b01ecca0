package org.canvasboard.ui.canvas;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.beans.binding.Bindings;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.ui.common.Later;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.viewmodel.CanvasViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The row of canvas tabs above the canvas: one per canvas of the project, the current one
 * pressed, plus a button for a new canvas. Double-click renames; right-click offers the canvas
 * commands.
 *
 * <p>Tabs keep their full names. When they do not all fit, the row scrolls (the mouse wheel
 * scrolls it sideways, and the current tab is always brought into view) and a menu button lists
 * every canvas.
 */
public final class CanvasTabs extends HBox {
    private final ProjectViewModel project;
    private final ToggleGroup group = new ToggleGroup();
    private final HBox tabs = new HBox();
    private final ScrollPane strip = new ScrollPane(tabs);
    private final MenuButton allCanvases = new MenuButton(null, AppIcon.MORE.node());
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
        tabs.getStyleClass().add("canvas-tab-strip");
        strip.getStyleClass().add("canvas-tab-scroll");
        strip.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        strip.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        strip.setFitToHeight(true);
        strip.setFocusTraversable(false);
        // as wide as the tabs (the add button follows the last one), narrower when space is short
        strip.setMinWidth(0);
        strip.setMaxWidth(Region.USE_PREF_SIZE);
        // a vertical wheel scrolls the row sideways
        strip.addEventFilter(ScrollEvent.SCROLL, e -> {
            double extra = tabs.getWidth() - strip.getViewportBounds().getWidth();
            double delta = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
            if (extra > 0 && delta != 0) {
                strip.setHvalue(Math.max(0, Math.min(1, strip.getHvalue() - delta / extra)));
                e.consume();
            }
        });
        allCanvases.setId("all-canvases");
        allCanvases.getStyleClass().addAll("flat", "all-canvases");
        allCanvases.setTooltip(new Tooltip(Messages.get("canvas.tabs.all")));
        allCanvases.setFocusTraversable(false);
        allCanvases.setOnShowing(e -> fillCanvasMenu());
        // the menu button shows only when some tabs are out of sight
        allCanvases.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> tabs.getWidth() > strip.getViewportBounds().getWidth() + 0.5,
                tabs.widthProperty(), strip.viewportBoundsProperty()));
        allCanvases.managedProperty().bind(allCanvases.visibleProperty());
        // a tab changing width (its name, its style when pressed) or the row changing size can
        // push the current tab out of sight; the scroll pane's own adjustment comes first
        tabs.layoutBoundsProperty().addListener((obs, old, now) -> reveal.request());
        strip.viewportBoundsProperty().addListener((obs, old, now) -> reveal.request());
        addButton = new Button(null, AppIcon.ADD.node());
        addButton.setId("add-canvas");
        addButton.getStyleClass().add("flat");
        addButton.setTooltip(new Tooltip(Messages.get("canvas.tabs.new")));
        addButton.setFocusTraversable(false);
        addButton.setOnAction(e -> onAdd.run());
        project.canvases().addListener((ListChangeListener<CanvasViewModel>) c -> rebuild());
        project.currentCanvasProperty().addListener((obs, old, now) -> refreshPressed());
        getChildren().addAll(strip, allCanvases, addButton);
        rebuild();
    }

    private void fillCanvasMenu() {
        allCanvases.getItems().clear();
        ToggleGroup choices = new ToggleGroup();
        for (CanvasViewModel canvas : project.canvases()) {
            RadioMenuItem item = new RadioMenuItem();
            item.textProperty().bind(canvas.nameProperty());
            item.setToggleGroup(choices);
            item.setSelected(canvas == project.getCurrentCanvas());
            item.setOnAction(e -> project.showCanvas(canvas));
            allCanvases.getItems().add(item);
        }
    }

    private void rebuild() {
        tabs.getChildren().clear();
        group.getToggles().clear();
        for (CanvasViewModel canvas : project.canvases()) {
            ToggleButton tab = new ToggleButton();
            tab.setMinWidth(Region.USE_PREF_SIZE); // the full name, never "…"
            tab.textProperty().bind(canvas.nameProperty());
            tab.setGraphic(AppIcon.CANVAS.node());
            tab.getStyleClass().add("canvas-tab");
            tab.setUserData(canvas);
            tab.setToggleGroup(group);
            tab.setFocusTraversable(false);
            tab.setTooltip(new Tooltip(Messages.get("canvas.tabs.tip", canvas.kind().displayName())));
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
            tabs.getChildren().add(tab);
        }
        refreshPressed();
    }

    private void refreshPressed() {
        group.getToggles().forEach(t -> t.setSelected(t.getUserData() == project.getCurrentCanvas()));
        reveal.request();
    }

    /** Brings the current tab into sight after the present pass, once however often asked. */
    private final Later reveal = new Later(this::revealCurrent);

    /** Scrolls the row so that the current canvas's tab is fully in sight. */
    private void revealCurrent() {
        double extra = tabs.getWidth() - strip.getViewportBounds().getWidth();
        if (extra <= 0) {
            return;
        }
        for (javafx.scene.Node node : tabs.getChildren()) {
            if (node.getUserData() == project.getCurrentCanvas()) {
                javafx.geometry.Bounds b = node.getBoundsInParent();
                double left = strip.getHvalue() * extra;
                double width = strip.getViewportBounds().getWidth();
                if (b.getMinX() < left) {
                    strip.setHvalue(b.getMinX() / extra);
                } else if (b.getMaxX() > left + width) {
                    strip.setHvalue(Math.min(1, (b.getMaxX() - width) / extra));
                }
            }
        }
    }
}
