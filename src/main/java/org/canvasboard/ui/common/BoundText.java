package org.canvasboard.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.TextInputControl;
import org.canvasboard.viewmodel.ProjectViewModel;

import java.util.function.BiPredicate;
import java.util.function.Consumer;

/**
 * Binds a text field both ways to a value of a screen viewmodel without fighting the typing:
 * what is typed goes to the viewmodel (an edit, merged per field by the history), and the
 * viewmodel's value comes back into the field only when it says something else. While the field
 * has the focus and its text means the same as the value (say a trailing new line in a list typed
 * line by line), the text and the caret are left alone; on leaving the field it shows the value.
 */
public final class BoundText {
    private BoundText() {
    }

    /** Binds a field whose text is the value as it is. */
    public static void bind(TextInputControl field, ProjectViewModel project, ObservableValue<String> value,
                            Consumer<String> change) {
        bind(field, project, value, change, String::equals);
    }

    /**
     * @param sameText true when the field's text and the value mean the same (the text is kept)
     */
    public static void bind(TextInputControl field, ProjectViewModel project, ObservableValue<String> value,
                            Consumer<String> change, BiPredicate<String, String> sameText) {
        Runnable show = () -> {
            String now = value.getValue() == null ? "" : value.getValue();
            if (!(field.isFocused() && sameText.test(field.getText(), now))) {
                TypingFields.setIfChanged(field, now);
            }
        };
        show.run();
        // text put in from the value is handed back as a change too: the viewmodel finds it equal
        TypingFields.wire(field, project, () -> false, change, show);
        value.addListener((obs, old, now) -> show.run());
    }
}
