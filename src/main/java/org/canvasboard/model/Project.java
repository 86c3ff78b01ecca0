package org.canvasboard.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole project file's content: a name, one or more canvases in order, the personas that
 * segments on any canvas can link to, and the segmentation workbook once one is started (else null).
 */
public record Project(String name, List<Canvas> canvases, List<Persona> personas, Workbook workbook) {

    public Project {
        name = name == null ? "" : name;
        canvases = List.copyOf(Objects.requireNonNull(canvases, "canvases"));
        personas = personas == null ? List.of() : List.copyOf(personas);
    }

    /** A project without a workbook (no assignment started). */
    public Project(String name, List<Canvas> canvases, List<Persona> personas) {
        this(name, canvases, personas, null);
    }

    public Project(String name, List<Canvas> canvases) {
        this(name, canvases, List.of());
    }

    public Project withWorkbook(Workbook newWorkbook) {
        return new Project(name, canvases, personas, newWorkbook);
    }

    /** A fresh project with one empty Business Model Canvas. */
    public static Project blank() {
        return new Project("Untitled project", List.of(Canvas.empty("Business model", CanvasKind.BUSINESS_MODEL)));
    }

    public int cardCount() {
        return canvases.stream().mapToInt(Canvas::cardCount).sum();
    }

    /** The same project named after its first canvas (for a canvas imported on its own). */
    public Project withNameOfFirstCanvas() {
        return new Project(canvases.get(0).name(), canvases, personas, workbook);
    }

    public Optional<Persona> persona(String id) {
        return personas.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
