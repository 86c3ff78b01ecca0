package org.canvasboard.app;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command line in-process and keeps what it printed; for the command-line tests. */
final class CommandRun {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** A copy of the bundled example project in a folder of the test's. */
    static Path copyOfExample(Path folder) throws Exception {
        Path file = folder.resolve("loop.canvasboard");
        try (InputStream in = CommandRun.class.getResourceAsStream("/org/canvasboard/app/example.canvasboard")) {
            Files.copy(in, file);
        }
        return file;
    }
}
