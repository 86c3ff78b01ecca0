package org.canvasboard.viewmodel;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import org.canvasboard.model.Conversation;
import org.canvasboard.model.Evidence;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One recorded conversation as a row of the interviews screen, the same object for the same
 * conversation across edits: its date, notes, who it was with (and whom it could be with), and a
 * row per pain or gain of the persona's segment for what it confirmed or refuted.
 */
public final class ConversationViewModel {
    /** A person a conversation can be with: the id, and the name as it stands (maybe blank). */
    public record PersonChoice(String personId, String name) {
    }

    private final PersonaViewModel persona;
    private final String id;
    private final ReadOnlyStringWrapper date = new ReadOnlyStringWrapper(this, "date", "");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper(this, "notes", "");
    private final ReadOnlyObjectWrapper<String> personId = new ReadOnlyObjectWrapper<>(this, "personId");
    private final ReadOnlyObjectWrapper<List<PersonChoice>> choices =
            new ReadOnlyObjectWrapper<>(this, "choices", List.of());
    private final KeyedRowModels<EvidenceViewModel.Heard, EvidenceViewModel> evidence;

    ConversationViewModel(PersonaViewModel persona, Conversation conversation) {
        this.persona = persona;
        this.id = conversation.id();
        this.evidence = new KeyedRowModels<>(EvidenceViewModel.Heard::itemId,
                h -> new EvidenceViewModel(persona, id, h), EvidenceViewModel::update);
    }

    void update(Conversation c, List<InterviewsViewModel.Item> items, List<PersonChoice> people) {
        date.set(c.date());
        notes.set(c.notes());
        personId.set(c.personId());
        // a person without a name is not someone a conversation was with, unless already chosen
        List<PersonChoice> offered = people.stream()
                .filter(p -> !p.name().isBlank() || p.personId().equals(c.personId())).toList();
        if (!choices.get().equals(offered)) {
            choices.set(offered);
        }
        Map<String, Boolean> heard = c.evidence().stream()
                .collect(Collectors.toMap(Evidence::itemId, Evidence::confirmed, (a, b) -> b));
        evidence.sync(items.stream().map(i -> new EvidenceViewModel.Heard(i.id(), i.area(), i.text(),
                EvidenceViewModel.statusOf(heard.get(i.id())))).toList());
    }

    public String id() {
        return id;
    }

    /** The day, as typed (an ISO date when the app filled it in). */
    public ReadOnlyStringProperty dateProperty() {
        return date.getReadOnlyProperty();
    }

    public String getDate() {
        return date.get();
    }

    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    public String getNotes() {
        return notes.get();
    }

    /** The real person it was with, or null. */
    public ReadOnlyObjectProperty<String> personIdProperty() {
        return personId.getReadOnlyProperty();
    }

    public String getPersonId() {
        return personId.get();
    }

    /** The persona's real people with a name, in order (and the one chosen): whom it can be with. */
    public ReadOnlyObjectProperty<List<PersonChoice>> choicesProperty() {
        return choices.getReadOnlyProperty();
    }

    /** What it said about each pain and gain of the persona's segment, one row per item. */
    public ObservableList<EvidenceViewModel> evidence() {
        return evidence.list();
    }

    public void changeDate(String v) {
        persona.changeConversation(id, "date", x -> new Conversation(x.id(), x.personId(), v, x.notes(), x.evidence()), true);
    }

    public void changeNotes(String v) {
        persona.changeConversation(id, "notes", x -> new Conversation(x.id(), x.personId(), x.date(), v, x.evidence()), true);
    }

    /** Says who it was with (null or blank: nobody in particular); only one of the persona's people. */
    public void choosePerson(String realPersonId) {
        String chosen = realPersonId == null || realPersonId.isBlank() ? null : realPersonId;
        if (chosen != null && choices.get().stream().noneMatch(p -> p.personId().equals(chosen))) {
            throw new IllegalArgumentException("Not one of the persona's people: " + chosen);
        }
        persona.changeConversation(id, "person", x -> new Conversation(x.id(), chosen, x.date(), x.notes(), x.evidence()), false);
    }
}
