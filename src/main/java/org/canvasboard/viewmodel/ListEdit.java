package org.canvasboard.viewmodel;

import javafx.collections.ObservableList;

import java.util.List;

/** Replaces the contents of a list (canvases, personas), remembering the list before. */
final class ListEdit<T> implements Edit {
    private final String description;
    private final ObservableList<T> canvases;
    private final List<T> before;
    private final List<T> after;

    ListEdit(String description, ObservableList<T> canvases, List<T> after) {
        this.description = description;
        this.canvases = canvases;
        this.before = List.copyOf(canvases);
        this.after = List.copyOf(after);
    }

    @Override
    public void apply() {
        canvases.setAll(after);
    }

    @Override
    public void revert() {
        canvases.setAll(before);
    }

    @Override
    public String description() {
        return description;
    }
}
