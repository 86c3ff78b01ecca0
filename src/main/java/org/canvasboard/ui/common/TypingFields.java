package org.canvasboard.ui.common;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.canvasboard.viewmodel.ProjectViewModel;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Wires a text field of a details panel to the project: what is typed becomes edits (merged into
 * one undo step until the field loses focus), and undo/redo keys undo the project, not the field.
 */
public final class TypingFields {
    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Shift+Z");
    private static final KeyCombination REDO_ALT = KeyCombination.keyCombination("Shortcut+Y");

    private TypingFields() {
    }

    /**
     * @param filling true while the panel copies values into its fields (those are not edits)
     * @param onBlur  run when the field loses focus (to show the stored value again)
     */
    public static void wire(TextInputControl field, ProjectViewModel project, BooleanSupplier filling,
                            Consumer<String> change, Runnable onBlur) {
        field.textProperty().addListener((obs, old, now) -> {
            if (!filling.getAsBoolean()) {
                change.accept(now);
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e)) {
                e.consume();
                project.undo();
            } else if (REDO.match(e) || REDO_ALT.match(e)) {
                e.consume();
                project.redo();
            }
        });
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                project.history().breakMerge();
                onBlur.run();
            }
        });
    }

    /** Sets a field's text only when it differs (so the caret stays where the user is typing). */
    public static void setIfChanged(TextInputControl field, String value) {
        if (!field.getText().equals(value)) {
            field.setText(value);
        }
    }
}
