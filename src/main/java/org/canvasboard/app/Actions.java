package org.canvasboard.app;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

import java.util.EnumMap;
import java.util.Map;

/**
 * Binds each {@link AppAction} to what it does and when it is available, and makes menu items,
 * toolbar buttons and scene shortcuts from it.
 */
final class Actions {
    private final Map<AppAction, Runnable> handlers = new EnumMap<>(AppAction.class);
    private final Map<AppAction, ObservableBooleanValue> disabled = new EnumMap<>(AppAction.class);

    void on(AppAction action, Runnable handler) {
        handlers.put(action, handler);
    }

    void disableWhen(AppAction action, ObservableBooleanValue condition) {
        disabled.put(action, condition);
    }

    boolean isEnabled(AppAction action) {
        ObservableBooleanValue off = disabled.get(action);
        return handlers.containsKey(action) && (off == null || !off.get());
    }

    void run(AppAction action) {
        if (isEnabled(action)) {
            handlers.get(action).run();
        }
    }

    MenuItem menuItem(AppAction action) {
        MenuItem item = new MenuItem(action.label());
        action.icon().ifPresent(icon -> item.setGraphic(icon.node()));
        action.accelerator().ifPresent(item::setAccelerator);
        item.setId("menu-" + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        item.setOnAction(e -> run(action));
        bindDisable(action, item);
        return item;
    }

    Button button(AppAction action) {
        Button button = new Button(null, action.icon().map(i -> (javafx.scene.Node) i.node()).orElse(null));
        String shortcut = action.shortcutText();
        button.setTooltip(new Tooltip(shortcut.isEmpty() ? action.label() : action.label() + " (" + shortcut + ")"));
        button.setAccessibleText(action.label());
        button.setId("tool-" + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        button.setFocusTraversable(false);
        button.setOnAction(e -> run(action));
        ObservableBooleanValue off = disabled.get(action);
        if (off != null) {
            button.disableProperty().bind(Bindings.createBooleanBinding(off::get, off));
        }
        return button;
    }

    private void bindDisable(AppAction action, MenuItem item) {
        ObservableBooleanValue off = disabled.get(action);
        if (off != null) {
            item.disableProperty().bind(Bindings.createBooleanBinding(off::get, off));
        }
    }

    /** Registers the extra shortcuts (menus carry only one key each). */
    void installExtraAccelerators(Scene scene) {
        for (AppAction action : AppAction.values()) {
            for (KeyCombination key : action.extraAccelerators()) {
                scene.getAccelerators().put(key, () -> run(action));
            }
        }
    }
}
