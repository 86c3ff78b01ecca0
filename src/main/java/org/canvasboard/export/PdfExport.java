package org.canvasboard.export;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.canvasboard.model.Canvas;
import org.canvasboard.model.Project;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * PDF exports with real (searchable, selectable) text in an embedded typeface: an A3 landscape
 * poster of one canvas, and an A4 handout of a whole project (every canvas as a picture page,
 * then its segments with personas, customer profiles and purchase roles as text).
 */
public final class PdfExport {
    static final PDRectangle A3_LANDSCAPE = new PDRectangle(PDRectangle.A3.getHeight(), PDRectangle.A3.getWidth());
    static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    private PdfExport() {
    }

    /** A one-page A3 landscape poster of a canvas. */
    public static byte[] poster(Canvas canvas, String projectName) {
        try (PDDocument doc = new PDDocument()) {
            Fonts fonts = new Fonts(doc);
            info(doc, projectName + " \u2014 " + canvas.name());
            canvasPage(doc, fonts, canvas, A3_LANDSCAPE);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An A4 handout of the whole project: title, each canvas, then its segments in words. */
    public static byte[] handout(Project project) {
        return handout(project, java.time.LocalDate.now());
    }

    static byte[] handout(Project project, java.time.LocalDate date) {
        try (PDDocument doc = new PDDocument()) {
            Fonts fonts = new Fonts(doc);
            info(doc, project.name());
            new HandoutText(doc, fonts).titlePage(project, date);
            for (Canvas canvas : project.canvases()) {
                canvasPage(doc, fonts, canvas, A4_LANDSCAPE);
            }
            new HandoutText(doc, fonts).write(project);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook hand-in: its text (Markdown-marked lines), then the assignment's canvas. */
    static byte[] handin(java.util.List<String> lines, Project project) {
        try (PDDocument doc = new PDDocument()) {
            Fonts fonts = new Fonts(doc);
            info(doc, lines.isEmpty() ? project.name() : lines.get(0).replaceFirst("^# ", ""));
            new HandoutText(doc, fonts).markdownPages(lines);
            String canvasId = HandinExport.firstCanvasWithSegment(project);
            Canvas canvas = project.canvases().stream().filter(c -> c.id().equals(canvasId)).findFirst()
                    .orElse(project.canvases().get(0));
            canvasPage(doc, fonts, canvas, A4_LANDSCAPE);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void info(PDDocument doc, String title) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Canvasboard");
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    private static void canvasPage(PDDocument doc, Fonts fonts, Canvas canvas, PDRectangle size) throws IOException {
        PDPage page = new PDPage(size);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            CanvasPainter.paint(CanvasLayout.of(canvas, size.getWidth(), size.getHeight()),
                    new PdfSurface(content, fonts, size.getHeight()));
        }
    }

    /** The two embedded faces, with a safe encoder for characters the typeface lacks. */
    static final class Fonts {
        final PDType0Font regular;
        final PDType0Font bold;
        private final Map<Integer, Boolean> known = new HashMap<>();

        Fonts(PDDocument doc) throws IOException {
            try (InputStream r = ExportFonts.open(ExportFonts.REGULAR); InputStream b = ExportFonts.open(ExportFonts.BOLD)) {
                regular = PDType0Font.load(doc, r);
                bold = PDType0Font.load(doc, b);
            }
        }

        PDType0Font font(boolean isBold) {
            return isBold ? bold : regular;
        }

        /** The text with characters the typeface cannot show (emoji, some scripts) replaced by "?". */
        String printable(String text) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(cp -> {
                boolean ok = known.computeIfAbsent(cp, c -> {
                    if (Character.isISOControl(c)) {
                        return false;
                    }
                    try {
                        regular.encode(new String(Character.toChars(c)));
                        bold.encode(new String(Character.toChars(c)));
                        return true;
                    } catch (IllegalArgumentException | IOException e) {
                        return false;
                    }
                });
                out.append(ok ? new String(Character.toChars(cp)) : Character.isWhitespace(cp) ? " " : "?");
            });
            return out.toString();
        }
    }

    private record PdfSurface(PDPageContentStream c, Fonts fonts, double pageHeight) implements Surface {
        @Override
        public void fill(CanvasLayout.Box b, int rgb, double radius) {
            try {
                colour(rgb, true);
                c.addRect((float) b.x(), (float) (pageHeight - b.y() - b.h()), (float) b.w(), (float) b.h());
                c.fill();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void stroke(CanvasLayout.Box b, int rgb, double lineWidth, double radius) {
            try {
                colour(rgb, false);
                c.setLineWidth((float) lineWidth);
                c.addRect((float) b.x(), (float) (pageHeight - b.y() - b.h()), (float) b.w(), (float) b.h());
                c.stroke();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void text(double x, double y, String text, double size, boolean bold, int rgb) {
            try {
                colour(rgb, true);
                c.beginText();
                c.setFont(fonts.font(bold), (float) size);
                c.newLineAtOffset((float) x, (float) (pageHeight - y));
                c.showText(fonts.printable(text));
                c.endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void dot(double cx, double cy, double r, int rgb) {
            try {
                colour(rgb, true);
                float x = (float) cx;
                float y = (float) (pageHeight - cy);
                float k = (float) (r * 0.5523);
                float rr = (float) r;
                c.moveTo(x - rr, y);
                c.curveTo(x - rr, y + k, x - k, y + rr, x, y + rr);
                c.curveTo(x + k, y + rr, x + rr, y + k, x + rr, y);
                c.curveTo(x + rr, y - k, x + k, y - rr, x, y - rr);
                c.curveTo(x - k, y - rr, x - rr, y - k, x - rr, y);
                c.fill();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void colour(int rgb, boolean fill) throws IOException {
            float r = ((rgb >> 16) & 0xFF) / 255f;
            float g = ((rgb >> 8) & 0xFF) / 255f;
            float b = (rgb & 0xFF) / 255f;
            if (fill) {
                c.setNonStrokingColor(r, g, b);
            } else {
                c.setStrokingColor(r, g, b);
            }
        }
    }
}
