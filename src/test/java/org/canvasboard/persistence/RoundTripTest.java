package org.canvasboard.persistence;

import org.canvasboard.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Save -> load gives the same project; saving again gives the same bytes. */
class RoundTripTest {
    private final ProjectReader reader = new ProjectReader();
    private final ProjectWriter writer = new ProjectWriter();

    @TempDir
    Path tmp;

    @Test
    void projectUsingEveryFieldSurvivesSaveAndLoad() throws Exception {
        Project project = TestProjects.everyField();
        Path file = tmp.resolve("every.canvasboard");
        writer.write(project, null, file);
        assertEquals(project, reader.read(file).project());
    }

    @Test
    void largeGeneratedProjectsSurviveSaveAndLoad() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            Project project = TestProjects.large(seed, 10, 5_000);
            Path file = tmp.resolve("large-" + seed + ".canvasboard");
            writer.write(project, null, file);
            assertEquals(project, reader.read(file).project(), "seed " + seed);
        }
    }

    @Test
    void bundledExampleSurvivesSaveAndLoadByteForByte() throws Exception {
        byte[] original;
        try (InputStream in = getClass().getResourceAsStream("/org/canvasboard/app/example.canvasboard")) {
            original = in.readAllBytes();
        }
        LoadedProject loaded = reader.read(original);
        assertTrue(loaded.project().cardCount() > 20, "the example is a realistic project");
        assertArrayEquals(original, writer.toBytes(loaded.project(), loaded.fileData()));
    }

    @Test
    void savingAnUnchangedProjectTwiceGivesIdenticalBytes() throws Exception {
        Project project = TestProjects.large(42, 3, 300);
        Path file = tmp.resolve("twice.canvasboard");
        writer.write(project, null, file);
        byte[] first = Files.readAllBytes(file);
        LoadedProject loaded = reader.read(file);
        writer.write(loaded.project(), loaded.fileData(), file);
        assertArrayEquals(first, Files.readAllBytes(file));
    }

    @Test
    void outputIsPrettyUtf8WithUnixLineEndsAndAFinalNewline() {
        String text = new String(writer.toBytes(TestProjects.everyField(), null), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"formatVersion\": 2,\n  \"app\": \"Canvasboard\",\n"), text);
        assertTrue(text.endsWith("}\n"));
        assertTrue(!text.contains("\r"));
        assertTrue(text.contains("emoji 🍞"), "non-ASCII text is written as UTF-8, not escaped");
    }

    @Test
    void blocksAreWrittenInTheCanvasKindsOrderWithEveryBlockPresent() {
        String text = new String(writer.toBytes(TestProjects.everyField(), null), StandardCharsets.UTF_8);
        int[] positions = Arrays.stream(new String[] {"keyPartners", "keyActivities", "keyResources",
                        "valuePropositions", "customerRelationships", "channels", "customerSegments",
                        "costStructure", "revenueStreams"})
                .mapToInt(id -> text.indexOf("\"" + id + "\""))
                .toArray();
        for (int i = 1; i < positions.length; i++) {
            assertTrue(positions[i - 1] >= 0 && positions[i - 1] < positions[i], "block order at " + i);
        }
        assertTrue(text.contains("\"customerProblem\""), "the product canvas writes its extra blocks");
    }
}
