package org.canvasboard.persistence;

import org.canvasboard.model.Project;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbook, real people, questions and conversations survive a save and a load. */
class WorkbookFileTest {
    private final ProjectWriter writer = new ProjectWriter();
    private final ProjectReader reader = new ProjectReader();

    private static Project assignment() {
        return org.canvasboard.model.WorkbookStepsTestAccess.complete();
    }

    @Test
    void everyWorkbookFieldRoundTrips() throws Exception {
        Project project = assignment();
        byte[] bytes = writer.toBytes(project, null);
        LoadedProject loaded = reader.read(bytes);
        assertEquals(project, loaded.project());
        assertArrayEquals(bytes, writer.toBytes(loaded.project(), loaded.fileData()));
        String json = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"workbook\": {") && json.contains("\"status\": \"interviewed\"")
                && json.contains("\"evidence\": ["), json);
    }

    @Test
    void unknownFieldsOfPeopleConversationsAndTheWorkbookAreKept() throws Exception {
        String json = new String(writer.toBytes(assignment(), null), StandardCharsets.UTF_8)
                .replace("\"name\": \"Ana\",", "\"name\": \"Ana\", \"pronouns\": \"she\",")
                .replace("\"date\": \"2026-11-20\",", "\"date\": \"2026-11-20\", \"place\": \"caf\u00e9\",")
                .replace("\"student\": \"Lena\",", "\"student\": \"Lena\", \"grade\": \"A\",");
        LoadedProject loaded = reader.read(json.getBytes(StandardCharsets.UTF_8));
        String again = new String(writer.toBytes(loaded.project(), loaded.fileData()), StandardCharsets.UTF_8);
        assertTrue(again.contains("\"pronouns\": \"she\"") && again.contains("\"place\": \"caf\u00e9\"")
                && again.contains("\"grade\": \"A\""), again);
    }

    @Test
    void aProjectWithoutAWorkbookIsWrittenAsBefore() {
        String json = new String(writer.toBytes(TestProjects.everyFieldV2(), null), StandardCharsets.UTF_8);
        assertTrue(!json.contains("\"workbook\"") && !json.contains("\"people\"") && !json.contains("\"conversations\""));
    }
}
