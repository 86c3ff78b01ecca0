package org.canvasboard.model;

import java.util.Optional;

/** How much a pain hurts (severity) or a gain matters (importance); views name the steps per area. */
public enum Level implements Coded {
    LOW("low", "Low"),
    MEDIUM("medium", "Medium"),
    HIGH("high", "High");

    private final String id;
    private final String label;

    Level(String id, String label) {
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

    public static Optional<Level> fromId(String id) {
        return Coded.fromId(Level.class, id);
    }
}
