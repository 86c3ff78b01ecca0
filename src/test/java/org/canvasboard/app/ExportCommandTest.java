package org.canvasboard.app;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.canvasboard.export.MarkdownCanvas;
import org.canvasboard.model.BlockType;
import org.canvasboard.model.Canvas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code canvasboard export}: every format, from a project or a Markdown canvas, with no window. */
class ExportCommandTest {
    @TempDir
    Path tmp;

    private final CommandRun cli = new CommandRun();

    private int run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "export";
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.run(all);
    }

    private Path example() throws Exception {
        return CommandRun.copyOfExample(tmp);
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void eachFormatWritesAFileThatReadsBack() throws Exception {
        Path project = example();
        assertEquals(0, run(project.toString(), "--out", tmp.resolve("a.png").toString(), "--width", "1280"), cli.err());
        BufferedImage png = ImageIO.read(tmp.resolve("a.png").toFile());
        assertEquals(1280, png.getWidth());
        assertEquals(800, png.getHeight());

        assertEquals(0, run(project.toString(), "--out", tmp.resolve("poster.pdf").toString()), cli.err());
        assertTrue(pdfText(tmp.resolve("poster.pdf")).contains("No big upfront purchase"));

        assertEquals(0, run(project.toString(), "--format", "handout", "--out", tmp.resolve("h.pdf").toString()));
        String handout = pdfText(tmp.resolve("h.pdf"));
        assertTrue(handout.contains("Next year: offices") && handout.contains("Maya is 34"), handout);

        assertEquals(0, run(project.toString(), "--out", tmp.resolve("c.md").toString(), "--canvas", "Next year: offices"));
        Canvas md = MarkdownCanvas.read(Files.readString(tmp.resolve("c.md")));
        assertEquals("Next year: offices", md.name());
        assertEquals("Per-seat yearly contract", md.cards(BlockType.REVENUE_STREAMS).get(0).text());

        assertEquals(0, run(project.toString(), "--format", "csv", "--out", tmp.resolve("cards.csv").toString()));
        assertEquals(38, Files.readAllLines(tmp.resolve("cards.csv")).size(), "a header and 37 cards");
        assertTrue(cli.out().contains("cards.csv: CSV of every card in the project"), cli.out());
    }

    @Test
    void withoutOutTheExportGoesBesideTheInput() throws Exception {
        Path project = example();
        assertEquals(0, run(project.toString(), "--format", "png", "--canvas", "2"));
        assertTrue(Files.size(tmp.resolve("loop.png")) > 10_000);
        assertEquals(0, run(project.toString(), "--format", "handout"));
        assertTrue(Files.exists(tmp.resolve("loop-handout.pdf")));
    }

    @Test
    void aMarkdownCanvasIsAnInputToo() throws Exception {
        Path md = tmp.resolve("stand.md");
        Files.writeString(md, "# Lemonade stand\n\n## Value Propositions\n- Cold lemonade on hot days\n\n## Customer Segments\n- Joggers\n");
        assertEquals(0, run(md.toString(), "--out", tmp.resolve("stand.pdf").toString()), cli.err());
        String text = pdfText(tmp.resolve("stand.pdf"));
        assertTrue(text.contains("Lemonade stand") && text.contains("Cold lemonade on hot days") && text.contains("Joggers"), text);
        assertEquals(0, run(md.toString(), "--format", "md"));
        assertTrue(Files.readString(tmp.resolve("stand-export.md")).contains("- Joggers"), "never over the input");
    }

    @Test
    void mistakesGetExitTwoAndAMessage() throws Exception {
        Path project = example();
        assertEquals(2, run(project.toString(), "--format", "gif"));
        assertTrue(cli.err().contains("Unknown format \"gif\""));
        assertEquals(2, run(project.toString(), "--canvas", "Mars base"));
        assertTrue(cli.err().contains("it has: Today, Next year: offices"), cli.err());
        assertEquals(2, run(project.toString(), "--format", "png", "--width", "9000"));
        assertEquals(2, run(project.toString(), "--width"));
        assertEquals(2, run());
        assertEquals(2, run(project.toString(), "--out", project.toString(), "--format", "md"));
        assertTrue(cli.err().contains("would overwrite its input"));
    }

    @Test
    void aBadInputGetsExitOneAndIsLeftAlone() throws Exception {
        Path bad = tmp.resolve("bad.canvasboard");
        Files.writeString(bad, "{\"formatVersion\": 2, \"project\": ");
        byte[] before = Files.readAllBytes(bad);
        assertEquals(1, run(bad.toString(), "--out", tmp.resolve("x.pdf").toString()));
        assertTrue(cli.err().contains("ends too early"), cli.err());
        assertArrayEquals(before, Files.readAllBytes(bad));
        assertFalse(Files.exists(tmp.resolve("x.pdf")));
        Path notCanvas = tmp.resolve("notes.md");
        Files.writeString(notCanvas, "- milk\n");
        assertEquals(1, run(notCanvas.toString(), "--out", tmp.resolve("y.pdf").toString()));
        assertTrue(cli.err().contains("a card comes before any block heading"), cli.err());
    }

    @Test
    void theCommandNeedsNoDisplay() throws Exception {
        Path project = example();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.canvasboard.app.Launcher", "export", project.toString(),
                "--format", "handout", "--out", tmp.resolve("nodisplay.pdf").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        assertTrue(pdfText(tmp.resolve("nodisplay.pdf")).contains("Loop Bikes"));
    }
}
