package org.canvasboard.viewmodel;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.canvasboard.model.SegmentationHint;
import org.canvasboard.model.WorkbookSteps;

import java.util.List;

/**
 * One step of the workbook as its row shows it: whether it is complete, what is missing, and the
 * segmentation hints that bear on it. The row of a step is the same object for the life of the
 * panel; only its values change.
 */
public final class WorkbookStepRow {
    private final WorkbookSteps.Place place;
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(this, "complete");
    private final ReadOnlyObjectWrapper<WorkbookSteps.Missing> missing = new ReadOnlyObjectWrapper<>(this, "missing");
    private final ObservableList<SegmentationHint> advice = FXCollections.observableArrayList();

    WorkbookStepRow(WorkbookSteps.Place place) {
        this.place = place;
    }

    void show(WorkbookSteps.Step step, List<SegmentationHint> hints) {
        missing.set(step.missing());
        complete.set(step.complete());
        if (!advice.equals(hints)) {
            advice.setAll(hints);
        }
    }

    /** The step's number, 1 to 8. */
    public int number() {
        return place.ordinal() + 1;
    }

    /** Where the step is done; it identifies the step. */
    public WorkbookSteps.Place place() {
        return place;
    }

    /** True when the step leads somewhere else in the window (all but the reflection). */
    public boolean leadsElsewhere() {
        return place != WorkbookSteps.Place.REFLECTION;
    }

    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    public boolean isComplete() {
        return complete.get();
    }

    /** What keeps the step from being complete (null once it is). */
    public ReadOnlyObjectProperty<WorkbookSteps.Missing> missingProperty() {
        return missing.getReadOnlyProperty();
    }

    public WorkbookSteps.Missing getMissing() {
        return missing.get();
    }

    /** The hints about the assignment's segment (or its canvas) that bear on this step. */
    public ObservableList<SegmentationHint> advice() {
        return FXCollections.unmodifiableObservableList(advice);
    }

    @Override
    public String toString() {
        return "step " + number() + (isComplete() ? " (complete)" : getMissing() == null ? " (not judged yet)"
                : " (" + getMissing().gap() + ")");
    }
}
