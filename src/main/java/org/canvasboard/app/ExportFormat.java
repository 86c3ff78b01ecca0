package org.canvasboard.app;

import org.canvasboard.export.CardsCsv;
import org.canvasboard.export.MarkdownCanvas;
import org.canvasboard.export.PdfExport;
import org.canvasboard.export.PngExport;
import org.canvasboard.model.Canvas;
import org.canvasboard.model.Project;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The export formats, shared by the File menu and the {@code export} command. */
enum ExportFormat {
    PNG("png", "png", "PNG picture", true),
    PDF("pdf", "pdf", "PDF poster (A3 landscape)", true),
    HANDOUT("handout", "pdf", "PDF handout of the whole project (A4)", false),
    MARKDOWN("md", "md", "Markdown (a heading per block, a bullet per card)", true),
    CSV("csv", "csv", "CSV of every card in the project", false),
    HANDIN("handin", "pdf", "segmentation workbook hand-in (PDF)", false),
    HANDIN_MARKDOWN("handin-md", "md", "segmentation workbook hand-in (Markdown)", false);

    static final int DEFAULT_PNG_WIDTH = 1920;

    private final String id;
    private final String extension;
    private final String description;
    private final boolean oneCanvas;

    ExportFormat(String id, String extension, String description, boolean oneCanvas) {
        this.id = id;
        this.extension = extension;
        this.description = description;
        this.oneCanvas = oneCanvas;
    }

    String id() {
        return id;
    }

    String extension() {
        return extension;
    }

    String description() {
        return description;
    }

    /** Whether the export shows one canvas (otherwise the whole project). */
    boolean oneCanvas() {
        return oneCanvas;
    }

    static Optional<ExportFormat> fromId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted)
                || (f != HANDOUT && f != HANDIN && f != HANDIN_MARKDOWN && f.extension.equals(wanted))
                || (f == MARKDOWN && wanted.equals("markdown"))).findFirst();
    }

    /** The bytes of the export; {@code canvas} is the one shown for single-canvas formats. */
    byte[] render(Project project, Canvas canvas, int pngWidth) {
        return switch (this) {
            case PNG -> PngExport.write(canvas, pngWidth);
            case PDF -> PdfExport.poster(canvas, project.name());
            case HANDOUT -> PdfExport.handout(project);
            case MARKDOWN -> MarkdownCanvas.write(canvas).getBytes(StandardCharsets.UTF_8);
            case CSV -> CardsCsv.write(project).getBytes(StandardCharsets.UTF_8);
            case HANDIN -> org.canvasboard.export.HandinExport.pdf(project);
            case HANDIN_MARKDOWN -> org.canvasboard.export.HandinExport.markdown(project);
        };
    }
}
