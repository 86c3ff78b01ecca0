package org.canvasboard.viewmodel;

import javafx.collections.ObservableList;

import java.util.List;

/** Replaces a project's list of canvases (add, duplicate, delete), remembering the list before. */
final class CanvasListEdit implements Edit {
    private final String description;
    private final ObservableList<CanvasViewModel> canvases;
    private final List<CanvasViewModel> before;
    private final List<CanvasViewModel> after;

    CanvasListEdit(String description, ObservableList<CanvasViewModel> canvases, List<CanvasViewModel> after) {
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
