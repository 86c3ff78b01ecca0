package org.canvasboard.app;

import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;

import java.util.function.Consumer;

/**
 * When a text field has the keyboard, Cut/Copy/Paste/Delete/Select all from the menu act on its
 * text, not on cards. Each method returns true when it handled the command.
 */
final class TextEditing {
    private TextEditing() {
    }

    static boolean cut(Window window) {
        return onFocusedText(window, TextInputControl::cut);
    }

    static boolean copy(Window window) {
        return onFocusedText(window, TextInputControl::copy);
    }

    static boolean paste(Window window) {
        return onFocusedText(window, TextInputControl::paste);
    }

    static boolean delete(Window window) {
        return onFocusedText(window, TextInputControl::deleteNextChar);
    }

    static boolean selectAll(Window window) {
        return onFocusedText(window, TextInputControl::selectAll);
    }

    private static boolean onFocusedText(Window window, Consumer<TextInputControl> command) {
        if (window == null || window.getScene() == null) {
            return false;
        }
        Node owner = window.getScene().getFocusOwner();
        if (owner instanceof TextInputControl text) {
            command.accept(text);
            return true;
        }
        return false;
    }
}
