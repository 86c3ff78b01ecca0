package org.canvasboard.model;

import java.util.Objects;

/** A real person who fits a persona, how to reach them, and how far the conversation got. */
public record RealPerson(String id, String name, String contact, ContactStatus status) {
    public RealPerson {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        contact = contact == null ? "" : contact;
        status = status == null ? ContactStatus.TO_CONTACT : status;
    }

    public static RealPerson named(String name) {
        return new RealPerson(Ids.newId("person"), name, "", ContactStatus.TO_CONTACT);
    }
}
