package org.canvasboard.model;

import java.util.Optional;

/** What sort of job a customer is trying to get done. */
public enum JobKind implements Coded {
    FUNCTIONAL("functional", "Functional"),
    SOCIAL("social", "Social"),
    EMOTIONAL("emotional", "Emotional");

    private final String id;
    private final String label;

    JobKind(String id, String label) {
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

    public static Optional<JobKind> fromId(String id) {
        return Coded.fromId(JobKind.class, id);
    }
}
