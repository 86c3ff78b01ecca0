package org.canvasboard.ui.common;

import javafx.scene.TraversalDirection;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Where the focus goes in a form, the way its user expects. */
public final class FocusMoves {
    private FocusMoves() {
    }

    /**
     * Tab and Shift+Tab leave a short text area for the next or previous control, as in a text
     * field, instead of typing a tab character (Ctrl+Tab still does what a text area does).
     */
    public static void tabLeaves(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isShortcutDown() && !e.isControlDown() && !e.isAltDown()) {
                e.consume();
                area.requestFocusTraversal(e.isShiftDown() ? TraversalDirection.PREVIOUS : TraversalDirection.NEXT);
            }
        });
    }
}
