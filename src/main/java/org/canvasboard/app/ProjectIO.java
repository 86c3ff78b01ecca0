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

    /** Markdown canvases are read up to this size. */
    static final long MAX_MARKDOWN_BYTES = 5L * 1024 * 1024;

    /**
     * A project file, or a Markdown canvas ({@code .md}, {@code .markdown}) as a one-canvas
     * project named after the canvas.
     */
    static Project readAnyCanvas(Path path) throws ProjectFileException {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".md") && !name.endsWith(".markdown")) {
            return new ProjectReader().read(path).project();
        }
        return new Project("", java.util.List.of(readMarkdownCanvas(path))).withNameOfFirstCanvas();
    }

    static org.canvasboard.model.Canvas readMarkdownCanvas(Path path) throws ProjectFileException {
        try {
            if (java.nio.file.Files.size(path) > MAX_MARKDOWN_BYTES) {
                throw new ProjectFileException(ProjectFileException.Reason.TOO_LARGE,
                        "This Markdown file is larger than 5 MB; a canvas is much smaller.");
            }
            byte[] bytes = java.nio.file.Files.readAllBytes(path);
            String text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return org.canvasboard.export.MarkdownCanvas.read(text);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ProjectFileException(ProjectFileException.Reason.NOT_UTF8, "This Markdown file is not UTF-8 text.", e);
        } catch (org.canvasboard.export.MarkdownException e) {
            throw new ProjectFileException(ProjectFileException.Reason.INVALID_CONTENT, e.getMessage(), e);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ProjectFileException(ProjectFileException.Reason.IO, "The file does not exist (any more).", e);
        } catch (IOException e) {
            throw new ProjectFileException(ProjectFileException.Reason.IO, "The file could not be read: " + e.getMessage(), e);
        }
    }

    /** Where an export goes when no name is given: beside the input, named after it. */
    static Path exportTarget(Path input, org.canvasboard.model.Canvas canvas, ExportFormat format) {
        String name = input.getFileName().toString();
        String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        String suffix = format == ExportFormat.HANDOUT ? "-handout"
                : format == ExportFormat.HANDIN || format == ExportFormat.HANDIN_MARKDOWN ? "-handin" : "";
        Path target = input.resolveSibling(base + suffix + "." + format.extension());
        return target.getFileName().toString().equals(name) ? input.resolveSibling(base + "-export." + format.extension())
                : target;
    }

    /** Writes an export through a temporary file and a rename, so a half-written export never appears. */
    static void writeExport(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        // not createTempFile: its owner-only permissions would stay on the export
        Path temp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".cbtmp");
        try {
            java.nio.file.Files.write(temp, bytes, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE);
            java.nio.file.Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            java.nio.file.Files.deleteIfExists(temp);
        }
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
