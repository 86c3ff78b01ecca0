package org.canvasboard.viewmodel;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.canvasboard.model.Card;
import org.canvasboard.model.Persona;
import org.canvasboard.model.SegmentComparison;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The screen viewmodel of the segment comparison: a column per segment of the current canvas
 * (keyed by the segment's id) and a row per aspect (keyed by its label), read from the model's
 * {@link SegmentComparison}. The comparison reads the whole canvas, so it is read again only when
 * asked ({@link #refresh}), by a view that is shown.
 */
public final class SegmentComparisonViewModel {
    private final ProjectViewModel project;
    private final ObservableList<SegmentLabelViewModel> columns = FXCollections.observableArrayList();
    private final ObservableList<ComparisonRowViewModel> rows = FXCollections.observableArrayList();
    // read-only views, kept: a listener added to a throwaway view would go with it
    private final ObservableList<SegmentLabelViewModel> readOnlyColumns = FXCollections.unmodifiableObservableList(columns);
    private final ObservableList<ComparisonRowViewModel> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final Map<String, SegmentLabelViewModel> columnsById = new HashMap<>();
    private final Map<String, ComparisonRowViewModel> rowsByLabel = new HashMap<>();
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", true);

    public SegmentComparisonViewModel(ProjectViewModel project) {
        this.project = project;
        refresh();
    }

    /** Reads the current canvas again; columns and rows change only where their content did. */
    public void refresh() {
        CanvasViewModel canvas = project.getCurrentCanvas();
        List<CardViewModel> segments = canvas.segments();
        List<SegmentLabelViewModel> wantedColumns = new ArrayList<>();
        for (CardViewModel segment : segments) {
            wantedColumns.add(SegmentLabelViewModel.keyed(columnsById, segment));
        }
        List<ComparisonRowViewModel> wantedRows = new ArrayList<>();
        if (!segments.isEmpty()) {
            List<Card> cards = segments.stream().map(CardViewModel::toModel).toList();
            List<Persona> personas = project.personas().stream().map(PersonaViewModel::get).toList();
            for (SegmentComparison.Row r : SegmentComparison.rows(canvas.toModel(), cards, personas)) {
                ComparisonRowViewModel row = rowsByLabel.computeIfAbsent(r.label(), ComparisonRowViewModel::new);
                row.update(r.cells());
                wantedRows.add(row);
            }
        }
        if (!columns.equals(wantedColumns)) {
            columns.setAll(wantedColumns);
        }
        columnsById.values().removeIf(c -> !wantedColumns.contains(c));
        if (!rows.equals(wantedRows)) {
            rows.setAll(wantedRows);
        }
        rowsByLabel.values().removeIf(r -> !wantedRows.contains(r));
        empty.set(segments.isEmpty());
    }

    /** The segments compared, in canvas order. */
    public ObservableList<SegmentLabelViewModel> columns() {
        return readOnlyColumns;
    }

    /** The aspects compared, top to bottom. */
    public ObservableList<ComparisonRowViewModel> rows() {
        return readOnlyRows;
    }

    /** True when the canvas has no segments to compare. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public boolean isEmpty() {
        return empty.get();
    }
}
