package org.canvasboard.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code canvasboard check} reports sound and bad files the way the editor would, with no window. */
class CommandLineTest {
    @TempDir
    Path tmp;

    private final CommandRun cli = new CommandRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private Path example() throws Exception {
        return CommandRun.copyOfExample(tmp);
    }

    @Test
    void soundFileExitsZeroAndSummarisesIt() throws Exception {
        assertEquals(0, run("check", example().toString()));
        String printed = cli.out();
        assertTrue(printed.contains("OK — \"Loop Bikes\", 2 canvases, 37 cards"), printed);
    }

    @Test
    void badFileExitsOneWithTheEditorsMessage() throws Exception {
        Path bad = tmp.resolve("bad.canvasboard");
        Files.writeString(bad, "{\"formatVersion\": 1, \"formatVersion\": 1}");
        assertEquals(1, run("check", example().toString(), bad.toString()));
        String printed = cli.err();
        assertTrue(printed.contains("bad.canvasboard: This project file names the same field twice"), printed);
    }

    @Test
    void missingFileArgumentIsAUsageError() {
        assertEquals(2, run("check"));
        assertTrue(cli.err().contains("Usage:"));
    }

    @Test
    void checkRunsInItsOwnProcessWithNoDisplay() throws Exception {
        Path bad = tmp.resolve("empty.canvasboard");
        Files.writeString(bad, "");
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "check", example().toString(), bad.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, process.exitValue(), output);
        assertTrue(output.contains("loop.canvasboard: OK"), output);
        assertTrue(output.contains("empty.canvasboard: This file is empty."), output);
    }
}
