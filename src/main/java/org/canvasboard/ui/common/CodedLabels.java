package org.canvasboard.ui.common;

import javafx.util.StringConverter;
import org.canvasboard.model.Coded;

/** Shows a coded value (a role, a level, a contact status) by its label in choice boxes. */
public final class CodedLabels<T extends Coded> extends StringConverter<T> {
    @Override
    public String toString(T value) {
        return value == null ? "" : value.label();
    }

    /** Choices are picked, never typed. */
    @Override
    public T fromString(String text) {
        return null;
    }
}
