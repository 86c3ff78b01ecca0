package org.canvasboard.model;

import java.util.Optional;

/** The dimension a segment characteristic describes. */
public enum Dimension implements Coded {
    DEMOGRAPHIC("demographic", "Demographic"),
    GEOGRAPHIC("geographic", "Geographic"),
    PSYCHOGRAPHIC("psychographic", "Psychographic"),
    BEHAVIORAL("behavioral", "Behavioural");

    private final String id;
    private final String label;

    Dimension(String id, String label) {
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

    public static Optional<Dimension> fromId(String id) {
        return Coded.fromId(Dimension.class, id);
    }
}
