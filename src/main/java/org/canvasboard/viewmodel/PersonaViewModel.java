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
        change("name", "Rename persona", p -> p.withName(clean(v)), true);
    }

    public void changeHeadline(String v) {
        change("headline", "Edit persona headline", p -> p.withHeadline(clean(v)), true);
    }

    public void changeStory(String v) {
        change("story", "Edit persona story", p -> p.withStory(clean(v)), true);
    }

    public void changeQuote(String v) {
        change("quote", "Edit persona quote", p -> p.withQuote(clean(v)), true);
    }

    public void changeCharacteristics(List<String> v) {
        change("characteristics", "Edit persona characteristics", p -> p.withCharacteristics(v.stream().map(String::strip).filter(t -> !t.isEmpty()).toList()), true);
    }

    /** Picks an avatar icon (and drops a picture, if there was one). */
    public void changeIcon(String icon) {
        if (!PersonaIcons.ALL.contains(icon)) {
            throw new IllegalArgumentException("Unknown persona icon " + icon);
        }
        change("icon", "Change persona avatar", p -> p.withIcon(icon), false);
    }

    /** Sets a picture (base64 PNG, already checked and made small by the caller). */
    public void changeImage(String base64Png) {
        change("image", "Change persona picture", p -> p.withImagePng(base64Png), false);
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
