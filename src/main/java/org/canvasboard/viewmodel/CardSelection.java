package org.canvasboard.viewmodel;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which cards are selected on the current canvas, and the lead card (the one the keyboard acts
 * on and the details panel shows). Selection is view state: it is not undoable and not saved.
 */
public final class CardSelection {
    private final ObservableSet<CardViewModel> selected = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableSet<CardViewModel> readOnly = FXCollections.unmodifiableObservableSet(selected);
    private final ReadOnlyObjectWrapper<CardViewModel> lead = new ReadOnlyObjectWrapper<>(this, "lead");

    /** Selects just this card. */
    public void select(CardViewModel card) {
        selected.retainAll(Set.of(card));
        selected.add(card);
        lead.set(card);
    }

    /** Adds or removes a card (Ctrl+click). */
    public void toggle(CardViewModel card) {
        if (selected.remove(card)) {
            if (lead.get() == card) {
                lead.set(selected.isEmpty() ? null : selected.iterator().next());
            }
        } else {
            selected.add(card);
            lead.set(card);
        }
    }

    public void selectAll(Collection<CardViewModel> cards) {
        selected.clear();
        selected.addAll(cards);
        lead.set(cards.isEmpty() ? null : cards.iterator().next());
    }

    public void clear() {
        selected.clear();
        lead.set(null);
    }

    /** Drops cards that are no longer on the canvas (deleted, or undone away). */
    void retainOnly(Collection<CardViewModel> present) {
        selected.retainAll(new LinkedHashSet<>(present));
        if (lead.get() != null && !selected.contains(lead.get())) {
            lead.set(selected.isEmpty() ? null : selected.iterator().next());
        }
    }

    public boolean isSelected(CardViewModel card) {
        return selected.contains(card);
    }

    public boolean isEmpty() {
        return selected.isEmpty();
    }

    public ObservableSet<CardViewModel> cards() {
        return readOnly;
    }

    public ReadOnlyObjectProperty<CardViewModel> leadProperty() {
        return lead.getReadOnlyProperty();
    }

    public CardViewModel getLead() {
        return lead.get();
    }
}
