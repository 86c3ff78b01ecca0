package org.canvasboard.viewmodel;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.canvasboard.model.SegmentationHint;

/**
 * One hint of the checks panel. A row is known by what the hint is and whom it is about
 * ({@link Key}), so it stays the same object while that holds, whatever else changes (a rename
 * of the segment changes the hint's words, not its row).
 */
public final class HintRow {
    /** What identifies a hint across edits: its kind and its subject. */
    public record Key(SegmentationHint.Kind kind, String canvasId, String cardId, String otherCardId) {
        public static Key of(SegmentationHint hint) {
            return new Key(hint.kind(), hint.canvasId(), hint.cardId(), hint.otherCardId());
        }
    }

    private final Key key;
    private final ReadOnlyObjectWrapper<SegmentationHint> hint = new ReadOnlyObjectWrapper<>(this, "hint");

    HintRow(SegmentationHint hint) {
        this.key = Key.of(hint);
        this.hint.set(hint);
    }

    void show(SegmentationHint now) {
        hint.set(now);
    }

    public Key key() {
        return key;
    }

    /** The hint as it stands (its names follow renames). */
    public ReadOnlyObjectProperty<SegmentationHint> hintProperty() {
        return hint.getReadOnlyProperty();
    }

    public SegmentationHint getHint() {
        return hint.get();
    }

    @Override
    public String toString() {
        return key.toString();
    }
}
