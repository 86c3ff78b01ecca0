package org.canvasboard.viewmodel;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.canvasboard.model.Workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A project's segmentation workbook as an undoable value: starting it and the edits of its
 * fields. {@link ProjectViewModel} hands its workbook commands to this part.
 */
final class ProjectWorkbook {
    private final Object owner;
    private final EditHistory history;
    /** The segmentation workbook (null: no assignment started). */
    private final ReadOnlyObjectWrapper<Workbook> workbook;

    ProjectWorkbook(Object owner, EditHistory history, Workbook initial) {
        this.owner = owner;
        this.history = history;
        this.workbook = new ReadOnlyObjectWrapper<>(owner, "workbook", initial);
    }

    ReadOnlyObjectProperty<Workbook> property() {
        return workbook.getReadOnlyProperty();
    }

    Workbook get() {
        return workbook.get();
    }

    void start() {
        if (workbook.get() == null) {
            history.execute(new PropertyEdit<>(owner, "workbook", UndoWords.get("undo.startWorkbook"), null,
                    Workbook.started(), workbook::set, false));
        }
    }

    void change(String part, String description, UnaryOperator<Workbook> change, boolean typing) {
        Workbook before = workbook.get();
        if (before == null) {
            throw new IllegalStateException("No workbook has been started");
        }
        Workbook after = change.apply(before);
        if (!before.equals(after)) {
            history.execute(new PropertyEdit<>(owner, "workbook." + part, description, before, after, workbook::set, typing));
        }
    }

    void changeStudent(String v) {
        change("student", UndoWords.get("undo.editStudentName"), w -> new Workbook(v, w.course(), w.segmentCardId(), w.reflections()), true);
    }

    void changeCourse(String v) {
        change("course", UndoWords.get("undo.editCourse"), w -> new Workbook(w.student(), v, w.segmentCardId(), w.reflections()), true);
    }

    void changeReflection(int index, String v) {
        change("reflection" + index, UndoWords.get("undo.editReflection"), w -> {
            List<String> answers = new ArrayList<>(w.reflections());
            answers.set(index, v == null ? "" : v);
            return new Workbook(w.student(), w.course(), w.segmentCardId(), answers);
        }, true);
    }
}
