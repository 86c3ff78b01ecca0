package org.canvasboard.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first project: read early on its own thread, or now; the example when the file is bad. */
class InitialProjectTest {
    @TempDir
    Path tmp;

    @Test
    void theEarlyReadIsTakenForTheSameArguments() throws Exception {
        Path file = CommandRun.copyOfExample(tmp);
        InitialProject.readEarly(List.of(file.toString()));
        InitialProject.Result result = InitialProject.take(new ProjectIO(), List.of(file.toString()));
        assertEquals(file.toAbsolutePath(), result.file());
        assertNull(result.problem());
        assertEquals("Loop Bikes", result.opened().project().name());
    }

    @Test
    void otherArgumentsAreReadAnewAndABadFileOpensTheExampleWithTheReason() throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad.canvasboard"), "{ not json");
        InitialProject.readEarly(List.of("--exit-after-first-frame"));
        InitialProject.Result result = InitialProject.take(new ProjectIO(), List.of(bad.toString()));
        assertNull(result.file(), "nothing is opened from the bad file");
        assertTrue(result.problem() != null && !result.problem().isBlank());
        assertEquals("{ not json", Files.readString(bad), "the bad file is left as it was");
        assertEquals(new ProjectIO().readExample().project().name(), result.opened().project().name());
    }
}
