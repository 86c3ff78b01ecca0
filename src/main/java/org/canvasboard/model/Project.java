package org.canvasboard.model;

import java.util.List;
import java.util.Objects;

/** A whole project file's content: a name and one or more canvases, in order. */
public record Project(String name, List<Canvas> canvases) {

    public Project {
        name = name == null ? "" : name;
        canvases = List.copyOf(Objects.requireNonNull(canvases, "canvases"));
    }

    /** A fresh project with one empty Business Model Canvas. */
    public static Project blank() {
        return new Project("Untitled project", List.of(Canvas.empty("Business model", CanvasKind.BUSINESS_MODEL)));
    }

    public int cardCount() {
        return canvases.stream().mapToInt(Canvas::cardCount).sum();
    }
}
