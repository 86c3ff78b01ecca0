package org.canvasboard.viewmodel;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.SetChangeListener;
import org.canvasboard.model.CardColor;
import org.canvasboard.model.EvidenceStatus;

import java.util.List;

/**
 * The screen viewmodel of the card details panel: the lead card of the selection and how many
 * cards are selected, the shown card's present values, and the commands. Text, notes and tags
 * edit the lead card (typing merges per field); colour and evidence apply to every selected card
 * in one undo step.
 */
public final class CardDetailsViewModel {
    private final ProjectViewModel project;
    private final ReadOnlyObjectWrapper<CardViewModel> card = new ReadOnlyObjectWrapper<>(this, "card");
    private final ReadOnlyIntegerWrapper selectedCount = new ReadOnlyIntegerWrapper(this, "selectedCount");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper(this, "notes", "");
    private final ReadOnlyObjectWrapper<List<String>> tags = new ReadOnlyObjectWrapper<>(this, "tags", List.of());
    private final ReadOnlyObjectWrapper<EvidenceStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyObjectWrapper<CardColor> colour = new ReadOnlyObjectWrapper<>(this, "colour");
    private final InvalidationListener cardListener = obs -> read();

    public CardDetailsViewModel(ProjectViewModel project) {
        this.project = project;
        project.selection().leadProperty().addListener((obs, old, now) -> show(now));
        project.selection().cards().addListener((SetChangeListener<CardViewModel>) c ->
                selectedCount.set(project.selection().cards().size()));
        selectedCount.set(project.selection().cards().size());
        show(project.selection().getLead());
    }

    private void show(CardViewModel lead) {
        CardViewModel old = card.get();
        if (old != null) {
            old.removeChangeListener(cardListener);
        }
        project.history().breakMerge();
        if (lead != null) {
            lead.addChangeListener(cardListener);
        }
        // the values first: a view that follows the card then finds them ready
        readFrom(lead);
        card.set(lead);
    }

    private void read() {
        readFrom(card.get());
    }

    private void readFrom(CardViewModel c) {
        text.set(c == null ? "" : c.getText());
        notes.set(c == null ? "" : c.notesProperty().get());
        tags.set(c == null ? List.of() : c.tagsProperty().get());
        status.set(c == null ? null : c.getStatus());
        colour.set(c == null ? null : c.getColor());
    }

    // --- commands ---

    // a value equal to the one shown changes nothing: a field showing the card's own value (when
    // another card is shown, or after an undo) makes no edit, so the view needs no "filling" flag

    /** The lead card's text; typing merges into one undo step until the field is left. */
    public void changeText(String v) {
        if (card.get() != null && !text.get().equals(v == null ? "" : v)) {
            card.get().changeText(v);
        }
    }

    public void changeNotes(String v) {
        if (card.get() != null && !notes.get().equals(v == null ? "" : v)) {
            card.get().changeNotes(v);
        }
    }

    /** Tags as typed ("risk, insurance"); a text that names the tags the card has changes nothing. */
    public void changeTags(String typed) {
        if (card.get() != null && tagsDifferFrom(typed)) {
            card.get().changeTags(TagText.parse(typed));
        }
    }

    /** True when the typed text names other tags than the card has (e.g. after an undo). */
    public boolean tagsDifferFrom(String typed) {
        return !TagText.parse(typed).equals(tags.get());
    }

    /** The tags written out for the field. */
    public String tagText() {
        return TagText.format(tags.get());
    }

    /** Marks every selected card with an evidence status, one undo step. */
    public void markStatus(EvidenceStatus s) {
        List<CardViewModel> cards = project.selectedCards();
        if (!cards.isEmpty()) {
            project.getCurrentCanvas().markCards(cards, s);
        }
    }

    /** Colours every selected card, one undo step. */
    public void changeColour(CardColor c) {
        if (!project.selectedCards().isEmpty()) {
            project.colorSelection(c);
        }
    }

    // --- what the panel shows ---

    /** The lead card of the selection, or null. */
    public ReadOnlyObjectProperty<CardViewModel> cardProperty() {
        return card.getReadOnlyProperty();
    }

    public CardViewModel getCard() {
        return card.get();
    }

    public ReadOnlyIntegerProperty selectedCountProperty() {
        return selectedCount.getReadOnlyProperty();
    }

    public int getSelectedCount() {
        return selectedCount.get();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<String>> tagsProperty() {
        return tags.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EvidenceStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CardColor> colourProperty() {
        return colour.getReadOnlyProperty();
    }
}
