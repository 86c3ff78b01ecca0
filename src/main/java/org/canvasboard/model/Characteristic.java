package org.canvasboard.model;

import java.util.Objects;

/** A short descriptor of a segment under one dimension, e.g. demographic "parents of toddlers". */
public record Characteristic(Dimension dimension, String text) {
    public Characteristic {
        Objects.requireNonNull(dimension, "dimension");
        text = text == null ? "" : text;
    }
}
