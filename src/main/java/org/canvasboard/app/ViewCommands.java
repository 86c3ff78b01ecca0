package org.canvasboard.app;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.viewmodel.WindowViewModel;
import org.canvasboard.viewmodel.WindowViewModel.MainView;
import org.canvasboard.viewmodel.WindowViewModel.SideTab;

import java.util.function.Consumer;

/** What the View and Help menus' commands do: the main views, the side tabs, the themes, the shortcut list and About. */
final class ViewCommands {
    private final WindowViewModel window;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.SYSTEM);
    private Consumer<Theme> themeChooser = t -> { };

    ViewCommands(Actions actions, Stage stage, WindowViewModel window, MainArea main) {
        this.window = window;
        actions.on(AppAction.VIEW_CANVAS, () -> main.show(MainView.CANVAS));
        actions.on(AppAction.VIEW_PROFILE, () -> main.show(MainView.PROFILE));
        actions.on(AppAction.VIEW_PERSONAS, () -> main.show(MainView.PERSONAS));
        actions.on(AppAction.VIEW_COMPARE, () -> main.show(MainView.COMPARE));
        actions.on(AppAction.VIEW_CHECKS, () -> window.showSideTab(SideTab.CHECKS));
        actions.on(AppAction.VIEW_WORKBOOK, () -> window.showSideTab(SideTab.WORKBOOK));
        actions.on(AppAction.THEME_SYSTEM, () -> choose(Theme.SYSTEM));
        actions.on(AppAction.THEME_LIGHT, () -> choose(Theme.LIGHT));
        actions.on(AppAction.THEME_DARK, () -> choose(Theme.DARK));
        actions.on(AppAction.THEME_CONTRAST, () -> choose(Theme.CONTRAST));
        actions.on(AppAction.SHORTCUTS, () -> Dialogs.shortcuts(stage));
        actions.on(AppAction.ABOUT, () -> Dialogs.about(stage));
    }

    /** The theme in use (the View menu ticks it). */
    ObservableValue<Theme> theme() {
        return theme;
    }

    /** The theme in use and what choosing another does (apply it and remember it). */
    void setThemes(Theme current, Consumer<Theme> chooser) {
        theme.set(current);
        themeChooser = chooser;
    }

    private void choose(Theme chosen) {
        theme.set(chosen);
        themeChooser.accept(chosen);
        window.showStatus(Messages.get("window.status.theme", chosen.label()));
    }
}
