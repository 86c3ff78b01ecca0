package org.canvasboard.viewmodel;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.canvasboard.model.SegmentationHint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The screen viewmodel of the checks panel: the sensible-segmentation hints that apply now, as
 * rows keyed by kind and subject, how many there are (for the tab's label), what to say when
 * there are none, and where each hint leads. A re-check runs over the whole project, so it waits
 * for {@link #refresh()}, which the view asks for a moment after the last edit
 * ({@link #staleProperty()}).
 */
public final class ChecksViewModel {
    /** What the panel says besides its hints. */
    public enum State {
        /** There is no segment on any canvas: the checks have nothing to look at. */
        NO_SEGMENTS,
        /** There are segments and no hint applies. */
        QUIET,
        /** Some hints apply. */
        HINTS
    }

    private final ProjectViewModel project;
    private final ObservableList<HintRow> hints = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.NO_SEGMENTS);
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");

    public ChecksViewModel(ProjectViewModel project) {
        this.project = project;
        project.history().revisionProperty().addListener((obs, old, now) -> stale.set(true));
        refresh();
    }

    /** Runs the checks over the project as it is now; a hint that still applies keeps its row. */
    public void refresh() {
        stale.set(false);
        List<SegmentationHint> found = project.checks();
        Map<HintRow.Key, HintRow> old = new HashMap<>();
        hints.forEach(r -> old.put(r.key(), r));
        List<HintRow> rows = found.stream().map(h -> {
            HintRow row = old.remove(HintRow.Key.of(h));
            if (row == null) {
                return new HintRow(h);
            }
            row.show(h);
            return row;
        }).toList();
        if (!hints.equals(rows)) {
            hints.setAll(rows);
        }
        count.set(rows.size());
        boolean anySegment = project.canvases().stream().anyMatch(c -> !c.segments().isEmpty());
        state.set(!rows.isEmpty() ? State.HINTS : anySegment ? State.QUIET : State.NO_SEGMENTS);
    }

    /** The hints that apply, in the order of their rules. */
    public ObservableList<HintRow> hints() {
        return FXCollections.unmodifiableObservableList(hints);
    }

    /** How many hints apply now. */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public int getCount() {
        return count.get();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State getState() {
        return state.get();
    }

    /** True after an edit until the next {@link #refresh()}: the hints may be out of date. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public boolean isStale() {
        return stale.get();
    }

    /**
     * Follows a hint: a hint about a segment leads to the part of it that needs work; one about a
     * whole canvas (or whose segment has gone) shows that canvas, with nothing selected, at its
     * Customer Segments block. Empty when the hint's canvas has gone too.
     */
    public Optional<Destination> open(HintRow row) {
        SegmentationHint hint = row.getHint();
        Optional<CardViewModel> card = project.cardOf(hint);
        if (card.isEmpty()) {
            return project.canvases().stream().filter(c -> c.id().equals(hint.canvasId())).findFirst().map(c -> {
                project.showCanvas(c);
                project.selection().clear();
                return new Destination.SegmentsBlock();
            });
        }
        CardViewModel segment = card.get();
        return Optional.of(switch (hint.focus()) {
            case PROFILE -> new Destination.Profile(segment, null);
            case PERSONAS -> new Destination.SegmentPart(segment, SegmentSection.PERSONAS);
            case ROLES -> new Destination.SegmentPart(segment, SegmentSection.ROLES);
            case LINKS -> new Destination.SegmentPart(segment, SegmentSection.LINKS);
            case SEGMENT, SEGMENTS_BLOCK -> new Destination.SegmentPart(segment, SegmentSection.SEGMENT);
        });
    }
}
