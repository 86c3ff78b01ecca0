package org.canvasboard.viewmodel;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of undoable steps ("Edit card text", "Move 3 cards"), shown as "Undo ..." in the Edit
 * menu and the toolbar. They live in the window's resource bundle under {@code undo.*}; patterns
 * follow {@link MessageFormat} (a single quote is written {@code ''}, plurals use choice format).
 */
final class UndoWords {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.canvasboard.ui.messages", Locale.getDefault());

    private UndoWords() {
    }

    static String get(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString(key), BUNDLE.getLocale()).format(args);
    }

    /** "Move card" or "Move 3 cards": the count goes in as a number (to choose) and as plain digits. */
    static String cards(String key, int n) {
        return get(key, n, String.valueOf(n));
    }
}
