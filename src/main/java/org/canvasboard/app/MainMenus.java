package org.canvasboard.app;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.canvasboard.model.CardColor;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.viewmodel.ProjectViewModel;

import java.util.function.Supplier;

/** The menu bar, toolbar and context menus, all made from {@link AppAction}s. */
final class MainMenus {
    private final Actions actions;
    private final Supplier<ProjectViewModel> project;
    private final ObservableBooleanValue noSelection;

    private final javafx.beans.value.ObservableValue<Theme> theme;

    MainMenus(Actions actions, Supplier<ProjectViewModel> project, ObservableBooleanValue noSelection,
              javafx.beans.value.ObservableValue<Theme> theme) {
        this.theme = theme;
        this.actions = actions;
        this.project = project;
        this.noSelection = noSelection;
    }

    private ProjectViewModel project() {
        return project.get();
    }

    MenuBar menuBar(Menu recentMenu) {
        Menu file = new Menu("_File", null,
                actions.menuItem(AppAction.NEW_PROJECT), actions.menuItem(AppAction.NEW_ASSIGNMENT),
                actions.menuItem(AppAction.OPEN), recentMenu,
                new SeparatorMenuItem(),
                actions.menuItem(AppAction.SAVE), actions.menuItem(AppAction.SAVE_AS),
                new SeparatorMenuItem(), exportMenu(), actions.menuItem(AppAction.IMPORT_MARKDOWN),
                actions.menuItem(AppAction.PRINT),
                new SeparatorMenuItem(), actions.menuItem(AppAction.QUIT));
        MenuItem undo = actions.menuItem(AppAction.UNDO);
        MenuItem redo = actions.menuItem(AppAction.REDO);
        Menu edit = new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(),
                actions.menuItem(AppAction.CUT), actions.menuItem(AppAction.COPY), actions.menuItem(AppAction.PASTE),
                actions.menuItem(AppAction.DELETE), new SeparatorMenuItem(),
                actions.menuItem(AppAction.SELECT_ALL), actions.menuItem(AppAction.FIND));
        Menu card = new Menu("_Card", null, actions.menuItem(AppAction.ADD_CARD), actions.menuItem(AppAction.EDIT_CARD),
                new SeparatorMenuItem(), colourMenu(), actions.menuItem(AppAction.MARK_HYPOTHESIS),
                actions.menuItem(AppAction.MARK_VALIDATED), actions.menuItem(AppAction.MARK_INVALIDATED),
                new SeparatorMenuItem(), actions.menuItem(AppAction.MOVE_UP), actions.menuItem(AppAction.MOVE_DOWN),
                actions.menuItem(AppAction.MOVE_TO_PREVIOUS_BLOCK), actions.menuItem(AppAction.MOVE_TO_NEXT_BLOCK));
        Menu canvas = new Menu("C_anvas", null, actions.menuItem(AppAction.NEW_CANVAS),
                actions.menuItem(AppAction.DUPLICATE_CANVAS), actions.menuItem(AppAction.RENAME_CANVAS),
                actions.menuItem(AppAction.DELETE_CANVAS), new SeparatorMenuItem(),
                actions.menuItem(AppAction.NEXT_CANVAS), actions.menuItem(AppAction.PREVIOUS_CANVAS));
        Menu segments = new Menu("_Segments", null, actions.menuItem(AppAction.OPEN_AS_SEGMENT), linkMenu(),
                actions.menuItem(AppAction.NEW_PERSONA), new SeparatorMenuItem(),
                actions.menuItem(AppAction.VIEW_CANVAS), actions.menuItem(AppAction.VIEW_PROFILE),
                actions.menuItem(AppAction.VIEW_PERSONAS), actions.menuItem(AppAction.VIEW_COMPARE),
                actions.menuItem(AppAction.VIEW_CHECKS), actions.menuItem(AppAction.VIEW_WORKBOOK));
        Menu view = new Menu("_View", null, actions.menuItem(AppAction.PRESENT), new SeparatorMenuItem(),
                actions.menuItem(AppAction.ZOOM_IN), actions.menuItem(AppAction.ZOOM_OUT),
                actions.menuItem(AppAction.ZOOM_RESET), new SeparatorMenuItem());
        javafx.scene.control.ToggleGroup themes = new javafx.scene.control.ToggleGroup();
        for (var entry : java.util.Map.of(Theme.SYSTEM, AppAction.THEME_SYSTEM, Theme.LIGHT, AppAction.THEME_LIGHT, Theme.DARK, AppAction.THEME_DARK,
                Theme.CONTRAST, AppAction.THEME_CONTRAST).entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey()).toList()) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(entry.getValue().label());
            item.setToggleGroup(themes);
            item.setId("theme-" + entry.getKey().id());
            item.setOnAction(e -> actions.run(entry.getValue()));
            view.getItems().add(item);
        }
        view.setOnShowing(e -> themes.getToggles().forEach(t -> t.setSelected(
                ((javafx.scene.control.RadioMenuItem) t).getId().equals("theme-" + theme.getValue().id()))));
        Menu help = new Menu("_Help", null, actions.menuItem(AppAction.SHORTCUTS), actions.menuItem(AppAction.ABOUT));
        edit.setOnShowing(e -> {
            undo.setText(label("Undo", project().history().undoDescriptionProperty().get()));
            redo.setText(label("Redo", project().history().redoDescriptionProperty().get()));
        });
        MenuBar bar = new MenuBar(file, edit, card, canvas, segments, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    private Menu exportMenu() {
        Menu menu = new Menu("Export", AppIcon.EXPORT.node(), actions.menuItem(AppAction.EXPORT_PNG),
                actions.menuItem(AppAction.EXPORT_PDF), actions.menuItem(AppAction.EXPORT_MARKDOWN),
                new SeparatorMenuItem(), actions.menuItem(AppAction.EXPORT_HANDOUT),
                actions.menuItem(AppAction.EXPORT_CSV));
        menu.setId("export-menu");
        return menu;
    }

    private static String label(String verb, String description) {
        return description == null || description.isEmpty() ? verb : verb + " " + lowerFirst(description);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private Menu colourMenu() {
        Menu menu = new Menu("Colour", AppIcon.COLOUR.node());
        for (CardColor colour : CardColor.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("card", "card-" + colour.id());
            swatch.setPrefSize(14, 14);
            swatch.setMaxSize(14, 14);
            MenuItem item = new MenuItem(colour.label(), swatch);
            item.setId("colour-menu-" + colour.id());
            item.setOnAction(e -> project().colorSelection(colour));
            item.disableProperty().bind(noSelection);
            menu.getItems().add(item);
        }
        return menu;
    }

    ContextMenu cardMenu() {
        return new ContextMenu(actions.menuItem(AppAction.EDIT_CARD), colourMenu(),
                actions.menuItem(AppAction.MARK_HYPOTHESIS), actions.menuItem(AppAction.MARK_VALIDATED),
                actions.menuItem(AppAction.MARK_INVALIDATED), new SeparatorMenuItem(),
                actions.menuItem(AppAction.OPEN_AS_SEGMENT), linkMenu(), new SeparatorMenuItem(),
                actions.menuItem(AppAction.CUT), actions.menuItem(AppAction.COPY), actions.menuItem(AppAction.PASTE),
                actions.menuItem(AppAction.DELETE));
    }

    /** "Link to segment": a check item per segment of the canvas, toggling the selected cards' link. */
    private Menu linkMenu() {
        Menu menu = new Menu("Link to segment", AppIcon.LINK.node());
        menu.setId("link-menu");
        menu.getItems().add(new MenuItem("(no segments)"));
        menu.setOnShowing(e -> {
            menu.getItems().clear();
            var canvas = project().getCurrentCanvas();
            var cards = project().selectedCards();
            for (var segment : canvas.segments()) {
                javafx.scene.control.CheckMenuItem item = new javafx.scene.control.CheckMenuItem(segment.getText(),
                        org.canvasboard.ui.common.SegmentStyles.dot(segment.getSegment().color(), null));
                item.setMnemonicParsing(false);
                boolean all = !cards.isEmpty() && cards.stream().allMatch(c -> c.isLinkedTo(segment) || c == segment);
                item.setSelected(all);
                item.setOnAction(a -> project().linkSelection(segment, !all));
                menu.getItems().add(item);
            }
            if (menu.getItems().isEmpty()) {
                MenuItem none = new MenuItem("No segments yet: open a Customer Segments card as a segment");
                none.setDisable(true);
                menu.getItems().add(none);
            }
        });
        menu.disableProperty().bind(noSelection);
        return menu;
    }

    ContextMenu canvasMenu() {
        return new ContextMenu(actions.menuItem(AppAction.RENAME_CANVAS), actions.menuItem(AppAction.DUPLICATE_CANVAS),
                actions.menuItem(AppAction.DELETE_CANVAS), new SeparatorMenuItem(), actions.menuItem(AppAction.NEW_CANVAS));
    }

    ToolBar toolBar(Node search) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(
                actions.button(AppAction.NEW_PROJECT), actions.button(AppAction.OPEN), actions.button(AppAction.SAVE),
                new Separator(Orientation.VERTICAL), actions.button(AppAction.UNDO), actions.button(AppAction.REDO),
                new Separator(Orientation.VERTICAL), actions.button(AppAction.ADD_CARD), actions.button(AppAction.DELETE),
                actions.button(AppAction.MARK_VALIDATED), actions.button(AppAction.MARK_INVALIDATED),
                new Separator(Orientation.VERTICAL), actions.button(AppAction.NEW_CANVAS),
                spacer, search);
        bar.setId("tool-bar");
        return bar;
    }
}
