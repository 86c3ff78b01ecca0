package org.canvasboard.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.canvasboard.model.BlockType;
import org.canvasboard.model.Canvas;
import org.canvasboard.model.Card;
import org.canvasboard.model.CanvasKind;
import org.canvasboard.model.Persona;
import org.canvasboard.model.ProfileArea;
import org.canvasboard.model.Project;
import org.canvasboard.model.RoleHolder;
import org.canvasboard.model.SegmentComparison;
import org.canvasboard.persistence.TestProjects;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfExportTest {
    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    /** Lines wrap differently in a PDF: compare word by word, in order. */
    static void assertContainsWords(String haystack, String needle) {
        String flat = haystack.replaceAll("\\s+", " ");
        // emoji are outside the embedded typeface and come out as "?" (see the emoji test)
        String words = needle.strip().replaceAll("\\s+", " ").replaceAll("[^\\u0000-\\uFFFF]", "?");
        assertTrue(flat.contains(words), "missing in the PDF text: " + needle);
    }

    @Test
    void thePosterIsOneA3LandscapePageWithEveryCardAsText() throws Exception {
        Project example = ExportTestProjects.example();
        for (Canvas canvas : example.canvases()) {
            byte[] pdf = PdfExport.poster(canvas, example.name());
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertEquals(1, doc.getNumberOfPages());
                assertEquals(1190.55, doc.getPage(0).getMediaBox().getWidth(), 0.5);
                assertEquals(841.89, doc.getPage(0).getMediaBox().getHeight(), 0.5);
            }
            String text = text(pdf);
            assertContainsWords(text, canvas.name());
            for (BlockType block : canvas.kind().blocks()) {
                assertContainsWords(text, block.title());
                for (Card card : canvas.cards(block)) {
                    assertContainsWords(text, card.text());
                }
            }
        }
    }

    @Test
    void theHandoutHoldsEveryCanvasAndEverySegmentInWords() throws Exception {
        for (Project project : List.of(ExportTestProjects.example(), TestProjects.everyFieldV2())) {
            byte[] pdf = PdfExport.handout(project, java.time.LocalDate.of(2026, 11, 23));
            String text = text(pdf);
            assertContainsWords(text, project.name());
            assertContainsWords(text, "Business model handout, 2026-11-23");
            assertTrue(pages(pdf) >= 1 + project.canvases().size());
            for (Canvas canvas : project.canvases()) {
                canvas.blocks().values().stream().flatMap(List::stream).forEach(card -> {
                    assertContainsWords(text, card.text());
                    if (card.isSegment()) {
                        var s = card.segment();
                        assertContainsWords(text, s.description());
                        s.characteristics().forEach(c -> assertContainsWords(text, c.text()));
                        for (ProfileArea area : ProfileArea.values()) {
                            s.profile().items(area).forEach(i -> assertContainsWords(text, i.text()));
                        }
                        for (RoleHolder h : s.roles()) {
                            h.roles().forEach(r -> assertContainsWords(text, r.label().toLowerCase(java.util.Locale.ROOT)));
                            h.pains().forEach(i -> assertContainsWords(text, i.text()));
                            h.gains().forEach(i -> assertContainsWords(text, i.text()));
                            assertContainsWords(text, SegmentComparison.holderName(h, project.personas()));
                        }
                    }
                });
            }
            for (Persona p : project.personas()) {
                assertContainsWords(text, p.displayName());
                if (!p.story().isBlank()) {
                    assertContainsWords(text, p.story());
                }
            }
        }
    }

    @Test
    void charactersTheTypefaceLacksDoNotStopTheExport() throws Exception {
        Canvas canvas = new Canvas("c", "Emoji \uD83D\uDE80 canvas", CanvasKind.BUSINESS_MODEL,
                Map.of(BlockType.CHANNELS, List.of(Card.of("Rocket \uD83D\uDE80 launch party"), Card.of("Plain words"))));
        String text = text(PdfExport.poster(canvas, "p"));
        assertContainsWords(text, "Rocket ? launch party");
        assertContainsWords(text, "Plain words");
    }

    @Test
    void aBlockTooCrowdedForThePageSaysHowManyCardsDidNotFit() throws Exception {
        String text = text(PdfExport.poster(ExportTestProjects.crowded(1500), "p"));
        assertTrue(text.replaceAll("\\s+", " ").matches(".*\\+ \\d+ more cards.*"), "names the hidden cards");
        assertContainsWords(text, "Crowded card number 0 with a few more words to wrap");
    }
}
