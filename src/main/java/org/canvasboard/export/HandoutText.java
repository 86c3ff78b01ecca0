package org.canvasboard.export;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.canvasboard.model.Canvas;
import org.canvasboard.model.Card;
import org.canvasboard.model.Dimension;
import org.canvasboard.model.Persona;
import org.canvasboard.model.ProfileArea;
import org.canvasboard.model.ProfileItem;
import org.canvasboard.model.Project;
import org.canvasboard.model.RoleHolder;
import org.canvasboard.model.Segment;
import org.canvasboard.model.SegmentComparison;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The words of a handout: each canvas's segments with personas, customer profile and roles, on A4 pages. */
final class HandoutText {
    private static final float MARGIN = 56;
    private static final float BODY = 10.5f;
    private final PDDocument doc;
    private final PdfExport.Fonts fonts;
    private final float width = PDRectangle.A4.getWidth();
    private final float height = PDRectangle.A4.getHeight();
    private PDPageContentStream content;
    private float y;

    HandoutText(PDDocument doc, PdfExport.Fonts fonts) {
        this.doc = doc;
        this.fonts = fonts;
    }

    /** The first page: the project's name, what the handout holds, and the date. */
    void titlePage(Project project, java.time.LocalDate date) throws IOException {
        try {
            newPage();
            y = height * 0.62f;
            heading(project.name().isBlank() ? "Untitled project" : project.name(), 28);
            paragraph("Business model handout, " + date, false);
            space(14);
            subheading("Contents");
            for (Canvas canvas : project.canvases()) {
                long segments = canvas.kind().blocks().stream().flatMap(b -> canvas.cards(b).stream())
                        .filter(Card::isSegment).count();
                paragraph("\u2022 " + canvas.name() + " (" + canvas.kind().displayName() + ", " + canvas.cardCount()
                        + " cards" + (segments > 0 ? ", " + segments + " segment" + (segments == 1 ? "" : "s") : "")
                        + ")", false);
            }
            if (!project.personas().isEmpty()) {
                paragraph("\u2022 " + project.personas().size() + " persona" + (project.personas().size() == 1 ? "" : "s"),
                        false);
            }
        } finally {
            content.close();
            content = null;
        }
    }

    /** Pages of text from Markdown-marked lines: "# " title, "## " and "### " headings, the rest as paragraphs. */
    void markdownPages(List<String> lines) throws IOException {
        try {
            newPage();
            boolean titlePage = true;
            for (String line : lines) {
                if (line.startsWith("# ")) {
                    y = height * 0.62f;
                    heading(line.substring(2), 24);
                } else if (line.startsWith("## ")) {
                    if (titlePage) {
                        newPage(); // the title, student, course, date and completion stand alone on the first page
                        titlePage = false;
                    }
                    space(8);
                    heading(line.substring(3), 14);
                } else if (line.startsWith("### ")) {
                    subheading(line.substring(4));
                } else if (line.isBlank()) {
                    space(4);
                } else {
                    paragraph(HandinExport.plain(line.startsWith("- ") ? "\u2022 " + line.substring(2) : line),
                            line.startsWith("**"));
                }
            }
        } finally {
            content.close();
            content = null;
        }
    }

    void write(Project project) throws IOException {
        Set<String> told = new HashSet<>();
        try {
            for (Canvas canvas : project.canvases()) {
                List<Card> segments = canvas.kind().blocks().stream().flatMap(b -> canvas.cards(b).stream())
                        .filter(Card::isSegment).toList();
                if (segments.isEmpty()) {
                    continue;
                }
                newPage();
                heading("Segments of \u201c" + canvas.name() + "\u201d", 18);
                for (Card card : segments) {
                    segment(canvas, card, project);
                    told.addAll(card.segment().personaIds());
                }
            }
            List<Persona> others = project.personas().stream().filter(p -> !told.contains(p.id())).toList();
            if (!others.isEmpty()) {
                newPage();
                heading("Personas not linked to a segment", 18);
                for (Persona p : others) {
                    persona(p);
                }
            }
        } finally {
            if (content != null) {
                content.close();
            }
        }
    }

    private void segment(Canvas canvas, Card card, Project project) throws IOException {
        Segment s = card.segment();
        space(10);
        heading(card.text() + (s.excluded() ? " (not our customer)" : ""), 14);
        if (!s.description().isBlank()) {
            paragraph(s.description(), false);
        }
        if (s.marketType() != null) {
            labelled("Market type", s.marketType().label());
        }
        for (Dimension d : Dimension.values()) {
            if (!s.characteristics(d).isEmpty()) {
                labelled(d.label(), String.join("; ", s.characteristics(d)));
            }
        }
        if (!s.objectiveGroup().isBlank()) {
            labelled("Objective group", s.objectiveGroup());
        }
        if (!s.metrics().isEmpty()) {
            labelled("Metrics", s.metrics().stream().map(m -> m.name() + ": " + m.value()).collect(Collectors.joining("; ")));
        }
        for (String id : s.personaIds()) {
            project.persona(id).ifPresent(this::personaQuietly);
        }
        for (ProfileArea area : ProfileArea.values()) {
            List<ProfileItem> items = s.profile().items(area);
            if (items.isEmpty()) {
                continue;
            }
            subheading(area.label());
            for (int i = 0; i < items.size(); i++) {
                ProfileItem item = items.get(i);
                paragraph((i + 1) + ". " + item.text() + " (" + describe(area, item) + ")", false);
            }
        }
        if (!s.roles().isEmpty()) {
            subheading("Purchase roles");
            for (RoleHolder h : s.roles()) {
                String line = SegmentComparison.holderName(h, project.personas()) + ": "
                        + (h.roles().isEmpty() ? "no role yet" : h.roles().stream()
                        .map(r -> r.label().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
                paragraph(line, false);
                if (!h.pains().isEmpty()) {
                    paragraph("    Pains of this role: " + h.pains().stream().map(ProfileItem::text)
                            .collect(Collectors.joining("; ")), false);
                }
                if (!h.gains().isEmpty()) {
                    paragraph("    Gains of this role: " + h.gains().stream().map(ProfileItem::text)
                            .collect(Collectors.joining("; ")), false);
                }
            }
        }
        List<String> linked = canvas.kind().blocks().stream().flatMap(b -> canvas.cards(b).stream()
                .filter(c -> c.segmentLinks().contains(card.id())).map(c -> b.title() + ": " + c.text())).toList();
        if (!linked.isEmpty()) {
            subheading("Linked cards");
            for (String l : linked) {
                paragraph("\u2022 " + l, false);
            }
        }
    }

    private static String describe(ProfileArea area, ProfileItem item) {
        return switch (area) {
            case JOBS -> item.kind().label().toLowerCase(Locale.ROOT);
            case PAINS -> SegmentComparison.severity(item.level()) + (item.outsideOffering() ? ", outside our offering" : "");
            case GAINS -> SegmentComparison.importance(item.level()) + (item.outsideOffering() ? ", outside our offering" : "");
        };
    }

    private void personaQuietly(Persona p) {
        try {
            persona(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void persona(Persona p) throws IOException {
        subheading("Persona: " + p.displayName() + (p.headline().isBlank() ? "" : " \u2014 " + p.headline()));
        if (!p.story().isBlank()) {
            paragraph(p.story(), false);
        }
        if (!p.characteristics().isEmpty()) {
            labelled("Characteristics", String.join("; ", p.characteristics()));
        }
        if (!p.quote().isBlank()) {
            paragraph("\u201c" + p.quote() + "\u201d", false);
        }
    }

    // --- text flow ---

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        content = new PDPageContentStream(doc, page);
        y = height - MARGIN;
    }

    private void space(float points) {
        y -= points;
    }

    private void heading(String text, float size) throws IOException {
        lines(text, size, true, 0x1F2937, 4);
    }

    private void subheading(String text) throws IOException {
        space(4);
        lines(text, 11.5f, true, 0x374151, 2);
    }

    private void labelled(String label, String value) throws IOException {
        paragraph(label + ": " + value, false);
    }

    private void paragraph(String text, boolean bold) throws IOException {
        lines(text, BODY, bold, 0x1F2328, 2);
    }

    private void lines(String text, float size, boolean bold, int rgb, float after) throws IOException {
        String printable = fonts.printable(text);
        for (String line : CanvasLayout.wrap(printable, width - 2 * MARGIN, size)) {
            if (y - size * 1.3f < MARGIN) {
                newPage();
            }
            y -= size * 1.3f;
            content.setNonStrokingColor(((rgb >> 16) & 0xFF) / 255f, ((rgb >> 8) & 0xFF) / 255f, (rgb & 0xFF) / 255f);
            content.beginText();
            content.setFont(fonts.font(bold), size);
            content.newLineAtOffset(MARGIN, y);
            content.showText(line);
            content.endText();
        }
        y -= after;
    }

}
