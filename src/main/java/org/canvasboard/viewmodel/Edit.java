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

    /**
     * The cards this edit brings into blocks when it is undone ({@code undoing}) or redone, not
     * counting cards it only moves: an undone deletion selects them again.
     */
    default java.util.Collection<CardViewModel> arrivals(boolean undoing) {
        return java.util.List.of();
    }
}
