package org.canvasboard.viewmodel;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.canvasboard.model.BlockType;
import org.canvasboard.model.Canvas;
import org.canvasboard.model.Card;
import org.canvasboard.model.Ids;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A project's list of canvases and the undoable edits of that list (add, copy, delete).
 * Which canvas is shown stays with {@link ProjectViewModel}.
 */
final class ProjectCanvases {
    private final EditHistory history;
    private final Function<Canvas, CanvasViewModel> factory;
    private final ObservableList<CanvasViewModel> canvases = FXCollections.observableArrayList();
    private final ObservableList<CanvasViewModel> readOnly = FXCollections.unmodifiableObservableList(canvases);

    /** {@code factory} makes the viewmodel of a canvas joining the project. */
    ProjectCanvases(List<Canvas> initial, EditHistory history, Function<Canvas, CanvasViewModel> factory) {
        this.history = history;
        this.factory = factory;
        initial.forEach(c -> canvases.add(factory.apply(c)));
    }

    /** The live list (changed only through the edits here). */
    ObservableList<CanvasViewModel> list() {
        return readOnly;
    }

    /** Adds a canvas at {@code index} as one undo step and returns its viewmodel. */
    CanvasViewModel insert(Canvas canvas, int index, String description) {
        CanvasViewModel created = factory.apply(canvas);
        List<CanvasViewModel> after = new ArrayList<>(canvases);
        after.add(Math.min(index, after.size()), created);
        history.execute(new ListEdit<>(description, canvases, after));
        return created;
    }

    /** Removes a canvas as one undo step; returns the canvases left. */
    List<CanvasViewModel> delete(CanvasViewModel canvas) {
        List<CanvasViewModel> after = new ArrayList<>(canvases);
        after.remove(canvas);
        history.execute(new ListEdit<>(UndoWords.get("undo.deleteCanvas", canvas.getName()), canvases, after));
        return after;
    }

    /** A copy of a canvas with fresh ids for it and every card (links among its cards kept). */
    static Canvas copyOf(Canvas model) {
        List<BlockType> order = model.kind().blocks();
        List<Card> all = order.stream().flatMap(b -> model.cards(b).stream()).toList();
        List<Card> copies = CanvasViewModel.relinked(all, Set.of());
        Map<BlockType, List<Card>> cards = new EnumMap<>(BlockType.class);
        int at = 0;
        for (BlockType block : order) {
            int n = model.cards(block).size();
            cards.put(block, copies.subList(at, at + n));
            at += n;
        }
        return new Canvas(Ids.newId("canvas"), model.name() + " (copy)", model.kind(), cards);
    }
}
