package org.canvasboard.viewmodel;

import javafx.beans.property.ObjectProperty;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * Undo and redo that show what they changed: the canvas a step touched becomes the one shown,
 * and the cards it brought back onto that canvas are selected (an undone deletion selects the
 * cards again, and so reveals them). Nothing changes out of sight.
 */
final class RevealingUndo {
    private final EditHistory history;
    private final List<CanvasViewModel> canvases;
    private final ObjectProperty<CanvasViewModel> currentCanvas;
    private final CardSelection selection;
    private CanvasViewModel lastChanged;

    RevealingUndo(EditHistory history, List<CanvasViewModel> canvases, ObjectProperty<CanvasViewModel> currentCanvas,
                  CardSelection selection) {
        this.history = history;
        this.canvases = canvases;
        this.currentCanvas = currentCanvas;
        this.selection = selection;
    }

    /** Tells which canvas's content changed last (canvases report each change of theirs). */
    void changed(CanvasViewModel canvas) {
        lastChanged = canvas;
    }

    void undo() {
        revealing(history::undo, true);
    }

    void redo() {
        revealing(history::redo, false);
    }

    private void revealing(Supplier<Edit> step, boolean undoing) {
        lastChanged = null;
        List<CanvasViewModel> before = List.copyOf(canvases);
        Edit edit = step.get();
        CanvasViewModel touched = canvases.stream().filter(c -> !before.contains(c)).findFirst().orElse(lastChanged);
        if (touched != null && touched != currentCanvas.get() && canvases.contains(touched)) {
            currentCanvas.set(touched);
        }
        Collection<CardViewModel> arrived = edit == null ? List.of() : edit.arrivals(undoing);
        CanvasViewModel shown = currentCanvas.get();
        if (!arrived.isEmpty() && shown != null) {
            // arrivals come in the order of the blocks and cards they joined; keep those of
            // the canvas shown
            List<CardViewModel> here = arrived.stream().filter(c -> shown.blockOf(c).isPresent()).toList();
            if (!here.isEmpty()) {
                selection.selectAll(here);
            }
        }
    }
}
