package org.canvasboard.model;

import java.util.Optional;

/** How far a student got with a real person who fits a persona. */
public enum ContactStatus implements Coded {
    TO_CONTACT("toContact", "To contact"),
    CONTACTED("contacted", "Contacted"),
    INTERVIEWED("interviewed", "Interviewed");

    private final String id;
    private final String label;

    ContactStatus(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<ContactStatus> fromId(String id) {
        return Coded.fromId(ContactStatus.class, id);
    }
}
