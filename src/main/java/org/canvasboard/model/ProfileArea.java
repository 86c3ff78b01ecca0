package org.canvasboard.model;

import java.util.Optional;

/** The three areas of a customer profile. */
public enum ProfileArea implements Coded {
    JOBS("jobs", "Jobs"),
    PAINS("pains", "Pains"),
    GAINS("gains", "Gains");

    private final String id;
    private final String label;

    ProfileArea(String id, String label) {
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

    public static Optional<ProfileArea> fromId(String id) {
        return Coded.fromId(ProfileArea.class, id);
    }
}
