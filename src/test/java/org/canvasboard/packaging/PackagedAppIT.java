package org.canvasboard.packaging;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the jpackage app image that {@code mvn verify} built (packaging/package-linux.sh) with no
 * display: the packaged launcher, its trimmed runtime and the app's own code must work together.
 */
class PackagedAppIT {
    private static final Path IMAGE = Path.of(System.getProperty("canvasboard.appImage", "target/dist/Canvasboard"));

    private record Result(int exit, String output) {
    }

    private static Result run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(IMAGE.resolve("bin/Canvasboard").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the packaged program finished");
        return new Result(process.exitValue(), output);
    }

    @Test
    void packagedProgramChecksProjectFilesWithoutADisplay() throws Exception {
        Path good = Path.of("src/main/resources/org/canvasboard/app/example.canvasboard");
        Path bad = Path.of("src/test/resources/org/canvasboard/persistence/hostile/utf16.canvasboard");
        Result result = run("check", good.toString(), bad.toString());
        assertEquals(1, result.exit(), result.output());
        assertTrue(result.output().contains("OK — \"Loop Bikes\", 2 canvases, 37 cards"), result.output());
        assertTrue(result.output().contains("saved as UTF-16 text"), result.output());
        assertTrue(!result.output().contains("warning"), "no start-up warnings: " + result.output());
    }

    @Test
    void packagedProgramExportsPdfAndPngWithoutADisplay() throws Exception {
        Path example = Path.of("src/main/resources/org/canvasboard/app/example.canvasboard");
        Path dir = Files.createDirectories(Path.of("target/packaged-export"));
        Result pdf = run("export", example.toString(), "--format", "handout", "--out", dir.resolve("h.pdf").toString());
        assertEquals(0, pdf.exit(), pdf.output());
        assertTrue(Files.readString(dir.resolve("h.pdf"), StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        Result png = run("export", example.toString(), "--out", dir.resolve("c.png").toString(), "--width", "800");
        assertEquals(0, png.exit(), png.output());
        assertTrue(Files.size(dir.resolve("c.png")) > 10_000, "a real picture");
    }

    @Test
    void packagedProgramKnowsItsVersion() throws Exception {
        Result result = run("--version");
        assertEquals(0, result.exit(), result.output());
        assertTrue(result.output().strip().startsWith("Canvasboard "), result.output());
    }

    @Test
    void imageStartsFromAnAotCacheOfADrawnWindow() throws Exception {
        String cfg = Files.readString(IMAGE.resolve("lib/app/Canvasboard.cfg"));
        assertTrue(cfg.contains("-XX:AOTCache=$APPDIR/canvasboard.aot"), cfg);
        Path cache = IMAGE.resolve("lib/app/canvasboard.aot");
        assertTrue(Files.size(cache) > 10_000_000, "a cache of the classes a drawn window needs: " + Files.size(cache));
        // the cache holds JavaFX's scene graph and controls, which a command-line run never loads
        byte[] bytes = Files.readAllBytes(cache);
        assertTrue(contains(bytes, "javafx/scene/control/MenuBar"), "the window's classes are in the cache");
    }

    @Test
    void thePackagedRuntimeIsJava25() throws Exception {
        String release = Files.readString(IMAGE.resolve("lib/runtime/release"));
        assertTrue(release.contains("JAVA_VERSION=\"25"), release);
    }

    private static boolean contains(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i <= haystack.length - n.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
