package org.canvasboard.viewmodel;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The row viewmodels of one list of a screen, one per id: a refresh updates the row of an id that
 * stays (the same object), makes rows for new ids and drops the rows of ids that went. The list a
 * view follows changes only when its rows (or their order) changed, so a view never sees a row
 * come and go because something else was edited.
 *
 * @param <T> the model item (a record)
 * @param <R> its row viewmodel
 */
final class KeyedRowModels<T, R> {
    private final Function<T, String> id;
    private final Function<T, R> create;
    private final BiConsumer<R, T> update;
    private final Map<String, R> byId = new HashMap<>();
    private final ObservableList<R> rows = FXCollections.observableArrayList();
    private final ObservableList<R> readOnly = FXCollections.unmodifiableObservableList(rows);

    KeyedRowModels(Function<T, String> id, Function<T, R> create, BiConsumer<R, T> update) {
        this.id = id;
        this.create = create;
        this.update = update;
    }

    /** Brings the rows in line with the items, in their order. */
    void sync(List<T> items) {
        Map<String, R> kept = new HashMap<>();
        List<R> now = new ArrayList<>(items.size());
        for (T item : items) {
            String key = id.apply(item);
            R row = byId.get(key);
            if (row == null) {
                row = create.apply(item);
            }
            update.accept(row, item);
            kept.put(key, row);
            now.add(row);
        }
        byId.clear();
        byId.putAll(kept);
        if (!rows.equals(now)) {
            rows.setAll(now);
        }
    }

    /** Drops every row (the screen shows another subject; its rows are new objects). */
    void clear() {
        byId.clear();
        rows.clear();
    }

    R get(String key) {
        return byId.get(key);
    }

    ObservableList<R> list() {
        return readOnly;
    }
}
