package org.canvasboard.app;

import org.canvasboard.model.Project;
import org.canvasboard.persistence.LoadedProject;
import org.canvasboard.persistence.ProjectFileException;
import org.canvasboard.persistence.ProjectReader;
import org.canvasboard.persistence.ProjectWriter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** The app's door to project files: reading, writing, the bundled example, file names. */
final class ProjectIO {
    static final String EXTENSION = ".canvasboard";
    private static final String EXAMPLE = "/org/canvasboard/app/example.canvasboard";

    private final ProjectReader reader = new ProjectReader();
    private final ProjectWriter writer = new ProjectWriter();

    record Opened(Project project, Object fileData) {
    }

    Opened read(Path path) throws ProjectFileException {
        LoadedProject loaded = reader.read(path);
        return new Opened(loaded.project(), loaded.fileData());
    }

    /** The example project shipped inside the app; opened as a new, never-saved project. */
    Opened readExample() {
        try (InputStream in = ProjectIO.class.getResourceAsStream(EXAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("The bundled example project is missing");
            }
            LoadedProject loaded = reader.read(in.readAllBytes());
            return new Opened(loaded.project(), loaded.fileData());
        } catch (IOException | ProjectFileException e) {
            throw new IllegalStateException("The bundled example project cannot be read", e);
        }
    }

    void write(Project project, Object fileData, Path path) throws ProjectFileException {
        writer.write(project, fileData, path);
    }

    /** The user-facing sentence for a failure (never a stack trace). */
    static String messageOf(Throwable e) {
        Throwable t = e;
        while (t != null && !(t instanceof ProjectFileException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof ProjectFileException p) {
            return p.getMessage();
        }
        return "Something unexpected went wrong: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    static String suggestedFileName(String projectName) {
        String base = projectName.replaceAll("[^\\p{L}\\p{N} _-]", "").strip();
        return (base.isEmpty() ? "project" : base) + EXTENSION;
    }

    /** Adds the .canvasboard extension when the chosen name has none. */
    static Path withExtension(Path path) {
        String name = path.getFileName().toString();
        return name.contains(".") ? path : path.resolveSibling(name + EXTENSION);
    }
}
