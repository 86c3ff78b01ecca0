package org.canvasboard.persistence;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes the loader: whatever bytes it is given, it either loads a project that survives a save
 * and reload unchanged, or refuses with a sentence for the user. Any other exception or error
 * (a crash, a stack overflow, running out of memory) is a finding.
 *
 * <p>In a normal build this replays the committed inputs in
 * {@code src/test/resources/org/canvasboard/persistence/LoaderFuzzTestInputs/}. To fuzz:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=LoaderFuzzTest}.
 */
class LoaderFuzzTest {
    private final ProjectReader reader = new ProjectReader();
    private final ProjectWriter writer = new ProjectWriter();

    @FuzzTest(maxDuration = "5m")
    void loadsOrRefusesCleanly(byte[] data) throws Exception {
        LoadedProject loaded;
        try {
            loaded = reader.read(data);
        } catch (ProjectFileException refused) {
            String message = refused.getMessage();
            assertFalse(message == null || message.isBlank(), "a refusal needs a message");
            assertTrue(message.endsWith("."), "not a sentence: " + message);
            assertTrue(message.length() < 400, "a message stays short whatever the file holds: " + message);
            return;
        }
        byte[] saved = writer.toBytes(loaded.project(), loaded.fileData());
        LoadedProject again = reader.read(saved);
        assertEquals(loaded.project(), again.project(), "a loaded project survives save and reload");
        assertEquals(new String(saved, java.nio.charset.StandardCharsets.UTF_8),
                new String(writer.toBytes(again.project(), again.fileData()), java.nio.charset.StandardCharsets.UTF_8),
                "saving is deterministic");
    }
}
