package org.canvasboard.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole hostile corpus plus generated giants, checked by {@code canvasboard check} in a JVM
 * with a 64 MB heap: every file gets its message, nothing runs out of memory or hangs.
 */
class SmallHeapTest {
    @TempDir
    Path tmp;

    @Test
    void everyHostileFileIsRefusedWithinA64MegabyteHeap() throws Exception {
        List<String> files = new ArrayList<>();
        try (Stream<Path> corpus = Files.list(Path.of("src/test/resources/org/canvasboard/persistence/hostile"))) {
            corpus.sorted().forEach(p -> files.add(p.toString()));
        }
        Path huge = tmp.resolve("sixty-megabytes.canvasboard");
        try (RandomAccessFile raf = new RandomAccessFile(huge.toFile(), "rw")) {
            raf.setLength(60L * 1024 * 1024);
        }
        files.add(huge.toString());
        Path longString = tmp.resolve("forty-megabyte-string.canvasboard");
        Files.writeString(longString, "{\"formatVersion\": 1, \"project\": {\"name\": \"" + "x".repeat(40_000_000) + "\"}}");
        files.add(longString.toString());
        StringBuilder manyCards = new StringBuilder("{\"formatVersion\": 1, \"project\": {\"canvases\": [{\"id\": \"c\", "
                + "\"kind\": \"businessModel\", \"blocks\": {\"channels\": [");
        for (int i = 0; i < 400_000; i++) {
            manyCards.append(i == 0 ? "" : ",").append("{\"id\":\"k").append(i).append("\"}");
        }
        Path cards = tmp.resolve("four-hundred-thousand-cards.canvasboard");
        Files.writeString(cards, manyCards.append("]}}]}}").toString());
        files.add(cards.toString());

        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), "org.canvasboard.app.Launcher", "check"));
        command.addAll(files);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "no hang");
        assertEquals(1, process.exitValue(), output);
        assertFalse(output.contains("OutOfMemoryError") || output.contains("Exception"), output);
        for (String file : files) {
            assertTrue(output.lines().anyMatch(l -> l.startsWith(file + ": ") && l.endsWith(".")),
                    "no message for " + file + " in:\n" + output);
        }
        System.out.println("small heap (64 MB): " + files.size() + " hostile files, each refused with a message");
    }
}
