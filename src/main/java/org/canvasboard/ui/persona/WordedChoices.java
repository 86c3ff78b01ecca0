package org.canvasboard.ui.persona;

import javafx.util.StringConverter;
import org.canvasboard.model.Coded;
import org.canvasboard.ui.common.Messages;

/** Shows a coded value in a drop-down by the words under {@code prefix + id} in the bundle. */
final class WordedChoices<T extends Coded> extends StringConverter<T> {
    private final String prefix;

    WordedChoices(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public String toString(T value) {
        return value == null ? "" : Messages.get(prefix + value.id());
    }

    /** Choices are picked, never typed. */
    @Override
    public T fromString(String text) {
        return null;
    }
}
