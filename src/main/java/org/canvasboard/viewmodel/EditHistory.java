package org.canvasboard.viewmodel;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * Undo and redo stacks with a saved mark. The project is dirty when the top of the undo stack is
 * not the edit that was on top when it was last saved. Saving moves the mark; it never clears
 * the history.
 */
public final class EditHistory {
    private static final Object SAVED_AT_START = new Object();

    private final Deque<Edit> undoStack = new ArrayDeque<>();
    private final Deque<Edit> redoStack = new ArrayDeque<>();
    private Object savedMark = SAVED_AT_START;
    private boolean mergeBarrier;
    private CompoundEdit openCompound;
    private int compoundDepth;
    private boolean replaying;

    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper(this, "undoDescription", "");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper(this, "redoDescription", "");

    /** Applies the edit and records it (into the open compound edit, if any). */
    public void execute(Edit edit) {
        if (replaying) {
            throw new IllegalStateException("An edit was started while undoing or redoing");
        }
        edit.apply();
        if (openCompound != null) {
            openCompound.add(edit);
            return;
        }
        redoStack.clear();
        Edit top = undoStack.peek();
        boolean merged = top != null && !mergeBarrier && top != savedMark && top.absorb(edit);
        if (!merged) {
            undoStack.push(edit);
        }
        mergeBarrier = false;
        changed();
    }

    /** Runs several edits as one undoable step. Nested calls join the outer step. */
    public void compound(String description, Runnable body) {
        compound(description, () -> {
            body.run();
            return null;
        });
    }

    public <T> T compound(String description, Supplier<T> body) {
        if (compoundDepth++ == 0) {
            openCompound = new CompoundEdit(description);
        }
        try {
            return body.get();
        } finally {
            if (--compoundDepth == 0) {
                CompoundEdit done = openCompound;
                openCompound = null;
                if (!done.isEmpty()) {
                    redoStack.clear();
                    undoStack.push(done);
                    mergeBarrier = false;
                    changed();
                }
            }
        }
    }

    /** Ends merging of typing: the next edit starts a new undo step (e.g. the field lost focus). */
    public void breakMerge() {
        mergeBarrier = true;
    }

    /** Undoes the last edit; returns it, or null when there was none. */
    public Edit undo() {
        if (undoStack.isEmpty()) {
            return null;
        }
        Edit edit = undoStack.pop();
        replay(edit::revert);
        redoStack.push(edit);
        mergeBarrier = true;
        changed();
        return edit;
    }

    /** Redoes the last undone edit; returns it, or null when there was none. */
    public Edit redo() {
        if (redoStack.isEmpty()) {
            return null;
        }
        Edit edit = redoStack.pop();
        replay(edit::apply);
        undoStack.push(edit);
        mergeBarrier = true;
        changed();
        return edit;
    }

    /**
     * Takes back the last edit as if it had never been made, leaving nothing to redo: for a
     * change the user cancels at once (a new card left empty). Does nothing and returns false
     * when the last edit is not the one meant.
     */
    public boolean withdrawLast(java.util.function.Predicate<Edit> isIt) {
        Edit top = undoStack.peek();
        if (top == null || !isIt.test(top)) {
            return false;
        }
        undoStack.pop();
        replay(top::revert);
        mergeBarrier = true;
        changed();
        return true;
    }

    private void replay(Runnable action) {
        replaying = true;
        try {
            action.run();
        } finally {
            replaying = false;
        }
    }

    /** Records that the current state is what is on disk. */
    public void markSaved() {
        markSaved(saveToken());
    }

    /**
     * Identifies the current state, for a save that runs in the background: take the token when
     * the project is snapshotted, and pass it to {@link #markSaved(Object)} once the file is written.
     */
    public Object saveToken() {
        mergeBarrier = true;
        return undoStack.isEmpty() ? SAVED_AT_START : undoStack.peek();
    }

    public void markSaved(Object token) {
        savedMark = token;
        mergeBarrier = true;
        changed();
    }

    public int undoCount() {
        return undoStack.size();
    }

    public int redoCount() {
        return redoStack.size();
    }

    private void changed() {
        Object top = undoStack.isEmpty() ? SAVED_AT_START : undoStack.peek();
        canUndo.set(!undoStack.isEmpty());
        canRedo.set(!redoStack.isEmpty());
        dirty.set(top != savedMark);
        undoDescription.set(undoStack.isEmpty() ? "" : undoStack.peek().description());
        redoDescription.set(redoStack.isEmpty() ? "" : redoStack.peek().description());
        revision.set(revision.get() + 1);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** Increases on every change, undo and redo; views and autosave can listen to it. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }
}
