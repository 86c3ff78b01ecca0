package org.canvasboard.viewmodel;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Sets one value on one target. Typing edits of the same field on the same target merge, so a
 * word typed letter by letter undoes in one step.
 */
final class PropertyEdit<T> implements Edit {
    private final Object target;
    private final String field;
    private final String description;
    private final T oldValue;
    private T newValue;
    private final Consumer<T> setter;
    private final boolean typing;

    PropertyEdit(Object target, String field, String description, T oldValue, T newValue,
                 Consumer<T> setter, boolean typing) {
        this.target = target;
        this.field = field;
        this.description = description;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.setter = setter;
        this.typing = typing;
    }

    @Override
    public void apply() {
        setter.accept(newValue);
    }

    @Override
    public void revert() {
        setter.accept(oldValue);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean absorb(Edit next) {
        if (typing && next instanceof PropertyEdit<?> other && other.typing
                && other.target == target && other.field.equals(field)
                && Objects.equals(other.oldValue, newValue)) {
            newValue = (T) other.newValue;
            return true;
        }
        return false;
    }
}
