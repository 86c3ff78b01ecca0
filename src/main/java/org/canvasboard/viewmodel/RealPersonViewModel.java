package org.canvasboard.viewmodel;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.canvasboard.model.ContactStatus;
import org.canvasboard.model.RealPerson;

/**
 * One real person who fits a persona, as a row of the interviews screen: the same object for the
 * same person across every edit, with the person's present name, contact and status, and the
 * commands of the row. Typing in the name or contact merges into one undo step per field.
 */
public final class RealPersonViewModel {
    private final PersonaViewModel persona;
    private final String id;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyStringWrapper contact = new ReadOnlyStringWrapper(this, "contact", "");
    private final ReadOnlyObjectWrapper<ContactStatus> status =
            new ReadOnlyObjectWrapper<>(this, "status", ContactStatus.TO_CONTACT);

    RealPersonViewModel(PersonaViewModel persona, RealPerson person) {
        this.persona = persona;
        this.id = person.id();
        update(person);
    }

    void update(RealPerson person) {
        name.set(person.name());
        contact.set(person.contact());
        status.set(person.status());
    }

    public String id() {
        return id;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public String getName() {
        return name.get();
    }

    public ReadOnlyStringProperty contactProperty() {
        return contact.getReadOnlyProperty();
    }

    public String getContact() {
        return contact.get();
    }

    public ReadOnlyObjectProperty<ContactStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ContactStatus getStatus() {
        return status.get();
    }

    /** A person without a name does not count as one found (a row added and not filled in yet). */
    public boolean isBlank() {
        return name.get().isBlank();
    }

    public void changeName(String v) {
        persona.changePerson(id, "name", x -> new RealPerson(x.id(), v, x.contact(), x.status()), true);
    }

    public void changeContact(String v) {
        persona.changePerson(id, "contact", x -> new RealPerson(x.id(), x.name(), v, x.status()), true);
    }

    /** Sets how far the conversation got; choosing the present status again is no step. */
    public void changeStatus(ContactStatus v) {
        if (v != null && v != status.get()) {
            persona.changePerson(id, "status", x -> new RealPerson(x.id(), x.name(), x.contact(), v), false);
        }
    }

    @Override
    public String toString() {
        return "RealPerson[" + id + " " + name.get() + "]";
    }
}
