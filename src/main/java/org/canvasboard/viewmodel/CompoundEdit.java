package org.canvasboard.viewmodel;

import java.util.ArrayList;
import java.util.List;

/** Several edits done and undone as one step (a drag of several cards, a paste, a multi-colour). */
final class CompoundEdit implements Edit {
    private final String description;
    private final List<Edit> edits = new ArrayList<>();

    CompoundEdit(String description) {
        this.description = description;
    }

    void add(Edit edit) {
        if (!edits.isEmpty() && edits.get(edits.size() - 1).absorb(edit)) {
            return;
        }
        edits.add(edit);
    }

    boolean isEmpty() {
        return edits.isEmpty();
    }

    @Override
    public void apply() {
        edits.forEach(Edit::apply);
    }

    @Override
    public void revert() {
        for (int i = edits.size() - 1; i >= 0; i--) {
            edits.get(i).revert();
        }
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public java.util.Collection<CardViewModel> arrivals(boolean undoing) {
        List<CardViewModel> arriving = new ArrayList<>();
        edits.forEach(edit -> arriving.addAll(edit.arrivals(undoing)));
        return arriving;
    }
}
