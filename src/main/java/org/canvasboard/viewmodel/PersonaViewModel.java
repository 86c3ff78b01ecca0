package org.canvasboard.viewmodel;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.canvasboard.model.Persona;
import org.canvasboard.model.PersonaIcons;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** Editable mirror of one persona; every change is an undoable edit of the whole record. */
public final class PersonaViewModel {
    private final String id;
    private final EditHistory history;
    private final ReadOnlyObjectWrapper<Persona> persona = new ReadOnlyObjectWrapper<>(this, "persona");

    PersonaViewModel(Persona persona, EditHistory history) {
        this.id = persona.id();
        this.history = history;
        this.persona.set(persona);
    }

    public String id() {
        return id;
    }

    public Persona get() {
        return persona.get();
    }

    public ReadOnlyObjectProperty<Persona> personaProperty() {
        return persona.getReadOnlyProperty();
    }

    public void changeName(String v) {
        change("name", UndoWords.get("undo.renamePersona"), p -> p.withName(clean(v)), true);
    }

    public void changeHeadline(String v) {
        change("headline", UndoWords.get("undo.editPersonaHeadline"), p -> p.withHeadline(clean(v)), true);
    }

    public void changeStory(String v) {
        change("story", UndoWords.get("undo.editPersonaStory"), p -> p.withStory(clean(v)), true);
    }

    public void changeQuote(String v) {
        change("quote", UndoWords.get("undo.editPersonaQuote"), p -> p.withQuote(clean(v)), true);
    }

    public void changeCharacteristics(List<String> v) {
        change("characteristics", UndoWords.get("undo.editPersonaCharacteristics"), p -> p.withCharacteristics(v.stream().map(String::strip).filter(t -> !t.isEmpty()).toList()), true);
    }

    /** Picks an avatar icon (and drops a picture, if there was one). */
    public void changeIcon(String icon) {
        if (!PersonaIcons.ALL.contains(icon)) {
            throw new IllegalArgumentException("Unknown persona icon " + icon);
        }
        change("icon", UndoWords.get("undo.changePersonaAvatar"), p -> p.withIcon(icon), false);
    }

    /** Sets a picture (base64 PNG, already checked and made small by the caller). */
    public void changeImage(String base64Png) {
        change("image", UndoWords.get("undo.changePersonaPicture"), p -> p.withImagePng(base64Png), false);
    }

    // --- interviews (segmentation workbook) ---

    public org.canvasboard.model.RealPerson addPerson(String personName) {
        org.canvasboard.model.RealPerson person = org.canvasboard.model.RealPerson.named(clean(personName).strip());
        change("people", UndoWords.get("undo.addRealPerson"), p -> p.withPeople(SegmentViewModel.plus(p.people(), person)), false);
        return person;
    }

    public void changePerson(String personId, String part, java.util.function.UnaryOperator<org.canvasboard.model.RealPerson> edit,
                             boolean typing) {
        change("person." + personId + "." + part, UndoWords.get("undo.editRealPerson"), p -> p.withPeople(p.people().stream()
                .map(r -> r.id().equals(personId) ? edit.apply(r) : r).toList()), typing);
    }

    public void removePerson(String personId) {
        change("people", UndoWords.get("undo.removeRealPerson"), p -> p.withPeople(p.people().stream()
                .filter(r -> !r.id().equals(personId)).toList()), false);
    }

    /** The question set, one question per line (blank lines dropped). */
    public void changeQuestions(List<String> questions) {
        change("questions", UndoWords.get("undo.editQuestions"), p -> p.withQuestions(questions.stream().map(String::strip)
                .filter(q -> !q.isEmpty()).toList()), true);
    }

    public org.canvasboard.model.Conversation addConversation(String personId, String date) {
        org.canvasboard.model.Conversation c = new org.canvasboard.model.Conversation(
                org.canvasboard.model.Ids.newId("talk"), personId, date, "", List.of());
        change("conversations", UndoWords.get("undo.addConversation"), p -> p.withConversations(SegmentViewModel.plus(p.conversations(), c)), false);
        return c;
    }

    public void changeConversation(String conversationId, String part,
                                   java.util.function.UnaryOperator<org.canvasboard.model.Conversation> edit, boolean typing) {
        change("conversation." + conversationId + "." + part, UndoWords.get("undo.editConversation"), p -> p.withConversations(
                p.conversations().stream().map(c -> c.id().equals(conversationId) ? edit.apply(c) : c).toList()), typing);
    }

    public void removeConversation(String conversationId) {
        change("conversations", UndoWords.get("undo.removeConversation"), p -> p.withConversations(p.conversations().stream()
                .filter(c -> !c.id().equals(conversationId)).toList()), false);
    }

    /** Records what a conversation said about a pain or gain: confirmed, refuted, or (null) nothing. */
    public void setEvidence(String conversationId, String itemId, Boolean confirmed) {
        changeConversation(conversationId, "evidence." + itemId, c -> {
            List<org.canvasboard.model.Evidence> list = new java.util.ArrayList<>(c.evidence().stream()
                    .filter(e -> !e.itemId().equals(itemId)).toList());
            if (confirmed != null) {
                list.add(new org.canvasboard.model.Evidence(itemId, confirmed));
            }
            return new org.canvasboard.model.Conversation(c.id(), c.personId(), c.date(), c.notes(), list);
        }, false);
    }

    private void change(String field, String description, UnaryOperator<Persona> edit, boolean typing) {
        Persona before = persona.get();
        Persona after = edit.apply(before);
        if (!Objects.equals(before, after)) {
            history.execute(new PropertyEdit<>(this, field, description, before, after, persona::set, typing));
        }
    }

    private static String clean(String v) {
        return v == null ? "" : v;
    }

    @Override
    public String toString() {
        return "Persona[" + persona.get().displayName() + "]";
    }
}
