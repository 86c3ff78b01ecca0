package org.canvasboard.export;

import org.canvasboard.model.BlockType;
import org.canvasboard.model.Canvas;
import org.canvasboard.model.CanvasKind;
import org.canvasboard.model.Card;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownCanvasTest {
    private static void assertSameCards(Canvas expected, Canvas actual) {
        assertEquals(expected.kind(), actual.kind());
        for (BlockType block : expected.kind().blocks()) {
            assertEquals(expected.cards(block).stream().map(c -> ExportTestProjects.normalised(c.text())).toList(),
                    actual.cards(block).stream().map(Card::text).toList(), block.id());
        }
    }

    @Test
    void theExampleCanvasesSurviveExportAndImport() throws Exception {
        for (Canvas canvas : ExportTestProjects.example().canvases()) {
            Canvas back = MarkdownCanvas.read(MarkdownCanvas.write(canvas));
            assertEquals(canvas.name(), back.name());
            assertSameCards(canvas, back);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void randomCanvasesWithAwkwardTextSurviveExportAndImport(long seed) throws Exception {
        for (CanvasKind kind : CanvasKind.values()) {
            Canvas canvas = ExportTestProjects.random(seed, kind);
            assertSameCards(canvas, MarkdownCanvas.read(MarkdownCanvas.write(canvas)));
        }
    }

    @Test
    void writesOneHeadingPerBlockAndOneBulletPerCard() {
        String md = MarkdownCanvas.write(ExportTestProjects.example().canvases().get(0));
        assertTrue(md.startsWith("# Today\n\n## Key Partners\n\n- Local bike workshops (repairs within 48 h)\n"), md);
        assertEquals(9, md.lines().filter(l -> l.startsWith("## ")).count());
        assertEquals(28, md.lines().filter(l -> l.startsWith("- ")).count());
    }

    @Test
    void readsWhatOtherToolsWrite() throws Exception {
        String md = "\uFEFF# Lemonade stand\r\n\r\n## key partners\r\n* The neighbours\r\n+ Sugar shop\r\n\r\n\r\n"
                + "## VALUE PROPOSITIONS\r\n- Cold lemonade\r\n  on hot days\r\n## customerSegments\r\n- Joggers\r\n";
        Canvas canvas = MarkdownCanvas.read(md);
        assertEquals("Lemonade stand", canvas.name());
        assertEquals(CanvasKind.BUSINESS_MODEL, canvas.kind());
        assertEquals(List.of("The neighbours", "Sugar shop"), canvas.cards(BlockType.KEY_PARTNERS).stream().map(Card::text).toList());
        assertEquals(List.of("Cold lemonade\non hot days"), canvas.cards(BlockType.VALUE_PROPOSITIONS).stream().map(Card::text).toList());
        assertEquals(List.of("Joggers"), canvas.cards(BlockType.CUSTOMER_SEGMENTS).stream().map(Card::text).toList());
        assertTrue(canvas.cards(BlockType.CHANNELS).isEmpty());
    }

    @Test
    void aBlockOnlyTheProductCanvasHasMakesAProductCanvas() throws Exception {
        Canvas canvas = MarkdownCanvas.read("## Customer Problem\n- Lemonade is too sweet\n## KPIs\n- Cups sold\n");
        assertEquals(CanvasKind.PRODUCT, canvas.kind());
        assertEquals("Imported canvas", canvas.name());
    }

    @Test
    void markdownThatIsNotACanvasIsRefusedWithTheLineAndTheReason() {
        assertTrue(assertThrows(MarkdownException.class, () -> MarkdownCanvas.read("# Notes\n- milk\n"))
                .getMessage().contains("Line 2: a card comes before any block heading"));
        assertTrue(assertThrows(MarkdownException.class, () -> MarkdownCanvas.read("## Key Partners\n- a\n## Shopping\n- b\n"))
                .getMessage().contains("Line 3: \u201cShopping\u201d is not a block"));
        assertTrue(assertThrows(MarkdownException.class, () -> MarkdownCanvas.read("## Channels\n- a\nloose text\n"))
                .getMessage().contains("Line 3: expected a card"));
        assertTrue(assertThrows(MarkdownException.class, () -> MarkdownCanvas.read("just some text\n"))
                .getMessage().contains("No block headings found"));
    }
}
