package org.canvasboard.viewmodel;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.canvasboard.model.SegmentColor;

import java.util.Map;

/**
 * A segment as a chip or a column header shows it: its name and colour. The same object while
 * the segment stays in its list, so a renamed or recoloured segment updates its chip in place.
 */
public final class SegmentLabelViewModel {
    private final CardViewModel segment;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyObjectWrapper<SegmentColor> colour = new ReadOnlyObjectWrapper<>(this, "colour");

    SegmentLabelViewModel(CardViewModel segment) {
        this.segment = segment;
        update();
    }

    /**
     * The row of a segment among rows kept by id, made if new, brought up to date if not (a card
     * of another canvas with the same id gets a row of its own).
     */
    static SegmentLabelViewModel keyed(Map<String, SegmentLabelViewModel> rows, CardViewModel segment) {
        SegmentLabelViewModel row = rows.get(segment.id());
        if (row == null || row.segment != segment) {
            row = new SegmentLabelViewModel(segment);
            rows.put(segment.id(), row);
        } else {
            row.update();
        }
        return row;
    }

    void update() {
        name.set(segment.getText());
        colour.set(segment.isSegment() ? segment.getSegment().color() : null);
    }

    /** The segment card's id (the key of the row). */
    public String id() {
        return segment.id();
    }

    /** The segment card, for going there. */
    public CardViewModel segment() {
        return segment;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public String getName() {
        return name.get();
    }

    public ReadOnlyObjectProperty<SegmentColor> colourProperty() {
        return colour.getReadOnlyProperty();
    }

    public SegmentColor getColour() {
        return colour.get();
    }
}
