package org.canvasboard.ui.common;

import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Keeps the rows of a pane in step with a list of items, row by row: a row is made when its item
 * first appears, updated in place while it stays, and removed when it goes. A row that stays is
 * never taken out of the scene, so the field a user types in keeps its focus and caret whatever
 * else changes (taking the focused node out would hand the focus to the window's first control).
 *
 * @param <T> the item a row shows
 * @param <R> the row
 */
public final class KeyedRows<T, R extends KeyedRows.Row<T>> {
    /** One row: its node, and how it shows a newer state of its item. */
    public interface Row<T> {
        Node node();

        /** Shows the item's present state; must leave fields alone whose text already matches. */
        void update(T item);
    }

    private final Pane container;
    private final int offset;
    private final Function<T, ?> key;
    private final Function<T, R> create;
    private final Map<Object, R> rows = new LinkedHashMap<>();
    private Consumer<R> onAdded = r -> { };
    private Supplier<Node> whenEmpty = () -> null;
    private Function<R, Node> inRow = r -> firstFocusable(r.node());
    private boolean filled;

    /**
     * @param container the pane whose children are the rows (after {@code offset} fixed children)
     * @param key       what identifies an item across edits (an id, never an index or the text)
     * @param create    makes the row of a new item
     */
    public KeyedRows(Pane container, int offset, Function<T, ?> key, Function<T, R> create) {
        this.container = container;
        this.offset = offset;
        this.key = key;
        this.create = create;
    }

    public KeyedRows(Pane container, Function<T, ?> key, Function<T, R> create) {
        this(container, 0, key, create);
    }

    /**
     * Runs for each row made by a sync after the first (since the last {@link #reset}): a row the
     * user just added, to scroll it into view or focus it.
     */
    public KeyedRows<T, R> onAdded(Consumer<R> action) {
        this.onAdded = Objects.requireNonNull(action);
        return this;
    }

    /**
     * Where the focus goes when the row that held it is removed and no row is left in its place
     * (the field or button that adds the next one). Without it the window would hand the focus to
     * its first control.
     */
    public KeyedRows<T, R> focusWhenEmpty(Supplier<Node> target) {
        this.whenEmpty = Objects.requireNonNull(target);
        return this;
    }

    /**
     * Which control of a row takes the focus when it moves there from a removed row (by default
     * the row's first control that takes the keyboard).
     */
    public KeyedRows<T, R> focusInRow(Function<R, Node> target) {
        this.inRow = Objects.requireNonNull(target);
        return this;
    }

    /** Brings the rows in line with the items, in their order. */
    public void sync(List<? extends T> items) {
        Map<Object, T> wanted = new LinkedHashMap<>();
        for (T item : items) {
            wanted.put(key.apply(item), item);
        }
        ObservableList<Node> children = container.getChildren();
        Scene scene = container.getScene();
        Node focused = scene == null ? null : scene.getFocusOwner();
        int removedFocus = -1;
        int position = 0;
        for (var it = rows.entrySet().iterator(); it.hasNext(); position++) {
            var entry = it.next();
            if (!wanted.containsKey(entry.getKey())) {
                if (removedFocus < 0 && isWithin(focused, entry.getValue().node())) {
                    removedFocus = position;
                }
                children.remove(entry.getValue().node());
                it.remove();
            }
        }
        List<R> added = new ArrayList<>();
        Map<Object, R> ordered = new HashMap<>();
        int index = offset;
        for (var entry : wanted.entrySet()) {
            R row = rows.get(entry.getKey());
            if (row == null) {
                row = create.apply(entry.getValue());
                added.add(row);
            }
            row.update(entry.getValue());
            ordered.put(entry.getKey(), row);
            Node node = row.node();
            if (index >= children.size() || children.get(index) != node) {
                children.remove(node);
                children.add(Math.min(index, children.size()), node);
            }
            index++;
        }
        Map<Object, R> kept = new LinkedHashMap<>();
        wanted.keySet().forEach(k -> kept.put(k, ordered.get(k)));
        rows.clear();
        rows.putAll(kept);
        if (removedFocus >= 0) {
            focusInPlaceOf(removedFocus);
        } else if (focused != null && focused.getScene() == scene && !focused.isFocused()) {
            focused.requestFocus();
        }
        if (filled) {
            added.forEach(onAdded);
        }
        filled = true;
    }

    /** Focuses the row that took a removed row's place (or the last one), else the empty target. */
    private void focusInPlaceOf(int index) {
        List<R> now = List.copyOf(rows.values());
        Node target = now.isEmpty() ? whenEmpty.get()
                : inRow.apply(now.get(Math.min(index, now.size() - 1)));
        if (target == null && !now.isEmpty()) {
            target = whenEmpty.get();
        }
        if (target != null) {
            target.requestFocus();
        }
    }

    private static boolean isWithin(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The first control inside a node that takes the keyboard, in layout order. */
    static Node firstFocusable(Node node) {
        if (!node.isVisible() || node.isDisabled()) {
            return null;
        }
        if (node.isFocusTraversable()) {
            return node;
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = firstFocusable(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * Removes every row, for a panel that now shows another subject (another segment, persona):
     * the next {@link #sync} fills it afresh without treating its rows as added by the user.
     */
    public void reset() {
        rows.values().forEach(r -> container.getChildren().remove(r.node()));
        rows.clear();
        filled = false;
    }

    /** The row of an item, or null. */
    public R row(Object itemKey) {
        return rows.get(itemKey);
    }

    /** The rows in order. */
    public List<R> rows() {
        return List.copyOf(rows.values());
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
