package org.canvasboard.model;

import java.util.Optional;

/** The small sticky-note palette. Views map each colour to a themed style. */
public enum CardColor implements Coded {
    YELLOW("yellow", "Yellow"),
    ORANGE("orange", "Orange"),
    PINK("pink", "Pink"),
    PURPLE("purple", "Purple"),
    BLUE("blue", "Blue"),
    GREEN("green", "Green");

    private final String id;
    private final String label;

    CardColor(String id, String label) {
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

    public static Optional<CardColor> fromId(String id) {
        return Coded.fromId(CardColor.class, id);
    }
}
