package org.canvasboard.viewmodel;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.List;

/**
 * One aspect of the segment comparison (market type, top pains, ...): its label and one cell per
 * segment column, each cell a list of lines. The same object while the aspect is compared.
 */
public final class ComparisonRowViewModel {
    private final String label;
    private final ReadOnlyObjectWrapper<List<List<String>>> cells = new ReadOnlyObjectWrapper<>(this, "cells", List.of());

    ComparisonRowViewModel(String label) {
        this.label = label;
    }

    void update(List<List<String>> now) {
        if (!cells.get().equals(now)) {
            cells.set(List.copyOf(now));
        }
    }

    /** What is compared; also the row's key. */
    public String label() {
        return label;
    }

    /** One cell per column, in the columns' order; an empty cell is an empty list. */
    public ReadOnlyObjectProperty<List<List<String>>> cellsProperty() {
        return cells.getReadOnlyProperty();
    }

    public List<List<String>> getCells() {
        return cells.get();
    }
}
