package org.canvasboard.viewmodel;

/**
 * One reversible change to a project. Every change a user makes goes through an Edit pushed on
 * the {@link EditHistory}; that keeps undo, redo and the unsaved-changes flag right.
 */
public interface Edit {
    void apply();

    void revert();

    /** Short text for menus, e.g. "Move 3 cards". */
    String description();

    /**
     * Offers the edit that follows this one; returns true when this edit absorbed it (e.g. more
     * typing into the same field), so both are undone in one step. The next edit is already applied.
     */
    default boolean absorb(Edit next) {
        return false;
    }
}
