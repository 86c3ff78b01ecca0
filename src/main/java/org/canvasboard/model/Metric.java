package org.canvasboard.model;

/**
 * A named figure of a segment (size, conversion, satisfaction), kept as written so "12 %",
 * "~4,000" and "3.2" all stay as the team typed them.
 */
public record Metric(String name, String value) {
    public Metric {
        name = name == null ? "" : name;
        value = value == null ? "" : value;
    }
}
