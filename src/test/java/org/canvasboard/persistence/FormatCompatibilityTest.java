package org.canvasboard.persistence;

import org.canvasboard.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Old files keep opening, newer ones are refused untouched, and unknown fields survive. */
class FormatCompatibilityTest {
    private final ProjectReader reader = new ProjectReader();
    private final ProjectWriter writer = new ProjectWriter();

    @TempDir
    Path tmp;

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = FormatCompatibilityTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void goldenFormatVersion1FileLoadsWithItsContent() throws Exception {
        LoadedProject loaded = reader.read(resource("golden/format-v1.canvasboard"));
        assertEquals(TestProjects.everyField(), loaded.project());
    }

    @Test
    void goldenFormatVersion1FileIsSavedAsVersion2WithTheSameContent() throws Exception {
        byte[] golden = resource("golden/format-v1.canvasboard");
        LoadedProject loaded = reader.read(golden);
        byte[] saved = writer.toBytes(loaded.project(), loaded.fileData());
        String text = new String(saved, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"formatVersion\": 2,\n"), text);
        assertTrue(text.contains("\"personas\": []"), text);
        LoadedProject again = reader.read(saved);
        assertEquals(TestProjects.everyField(), again.project());
        // once upgraded, the file is stable
        assertArrayEquals(saved, writer.toBytes(again.project(), again.fileData()));
    }

    @Test
    void goldenFormatVersion2FileLoadsWithItsContent() throws Exception {
        LoadedProject loaded = reader.read(resource("golden/format-v2.canvasboard"));
        assertEquals(TestProjects.everyFieldV2(), loaded.project());
    }

    @Test
    void goldenFormatVersion2FileIsRewrittenByteForByte() throws Exception {
        byte[] golden = resource("golden/format-v2.canvasboard");
        LoadedProject loaded = reader.read(golden);
        assertArrayEquals(golden, writer.toBytes(loaded.project(), loaded.fileData()));
        assertArrayEquals(golden, writer.toBytes(TestProjects.everyFieldV2(), null));
    }

    @Test
    void unknownFieldsInsideSegmentsProfilesRoleHoldersAndPersonasSurviveLoadAndSave() throws Exception {
        String json = """
                {"formatVersion": 2, "project": {"name": "P", "canvases": [{"id": "c", "name": "C",
                 "kind": "businessModel", "blocks": {"customerSegments": [{"id": "seg", "text": "Nurses",
                 "segment": {"description": "d", "excluded": false, "color": "teal", "segFuture": {"a": 1},
                   "personas": ["per"],
                   "profile": {"profileFuture": "p",
                     "jobs": [{"id": "j1", "text": "eat", "kind": "social", "jobFuture": true}],
                     "pains": [{"id": "p1", "text": "queues", "severity": "high", "outsideOffering": true, "painFuture": 2}],
                     "gains": [{"id": "g1", "text": "fresh", "importance": "low", "outsideOffering": false, "gainFuture": [1]}]},
                   "roles": [{"id": "h1", "persona": "per", "roles": ["buyer"], "holderFuture": "x",
                     "pains": [{"id": "hp1", "text": "cost", "severity": "low", "outsideOffering": false, "hpFuture": 3}],
                     "gains": []},
                     {"id": "h2", "name": "HR", "roles": ["payer"], "pains": [], "gains": [], "stakeFuture": null}]}}]}}],
                 "personas": [{"id": "per", "name": "Maya", "icon": "woman", "personaFuture": {"mood": "tired"}}]}}
                """;
        LoadedProject loaded = reader.read(json.getBytes(StandardCharsets.UTF_8));
        // an edit elsewhere in the project must not lose them either
        Project edited = new Project("Renamed", loaded.project().canvases(), loaded.project().personas());
        String saved = new String(writer.toBytes(edited, loaded.fileData()), StandardCharsets.UTF_8);
        for (String kept : List.of("\"segFuture\": {", "\"profileFuture\": \"p\"", "\"jobFuture\": true",
                "\"painFuture\": 2", "\"gainFuture\": [", "\"holderFuture\": \"x\"", "\"hpFuture\": 3",
                "\"stakeFuture\": null", "\"personaFuture\": {", "\"mood\": \"tired\"")) {
            assertTrue(saved.contains(kept), kept + " lost in:\n" + saved);
        }
        LoadedProject again = reader.read(saved.getBytes(StandardCharsets.UTF_8));
        assertEquals(edited, again.project());
        assertEquals(saved, new String(writer.toBytes(again.project(), again.fileData()), StandardCharsets.UTF_8));
    }

    @Test
    void fileFromANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        String json = new String(resource("golden/format-v1.canvasboard"), StandardCharsets.UTF_8)
                .replace("\"formatVersion\": 1", "\"formatVersion\": 7");
        Path file = tmp.resolve("future.canvasboard");
        Files.writeString(file, json);
        byte[] before = Files.readAllBytes(file);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> reader.read(file));
        assertEquals(ProjectFileException.Reason.NEWER_VERSION, e.reason());
        assertTrue(e.getMessage().contains("newer version of Canvasboard"), e.getMessage());
        assertTrue(e.getMessage().contains("format 7"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void unknownFieldsAtEveryLevelSurviveLoadEditAndSave() throws Exception {
        String json = """
                {
                  "formatVersion": 1,
                  "app": "Canvasboard",
                  "future": {"theme": "dark", "list": [1, 2, 3]},
                  "project": {
                    "name": "Kept",
                    "owner": "Sam",
                    "canvases": [
                      {
                        "id": "canvas-1", "name": "Today", "kind": "businessModel", "zoom": 1.5,
                        "blocks": {
                          "channels": [
                            {"id": "card-1", "text": "Shop", "notes": "", "color": "pink", "tags": [],
                             "status": "hypothesis", "segmentLinks": ["seg-1"]}
                          ]
                        }
                      }
                    ]
                  }
                }
                """;
        LoadedProject loaded = reader.read(json.getBytes(StandardCharsets.UTF_8));
        Project edited = new Project("Renamed", loaded.project().canvases());
        String saved = new String(writer.toBytes(edited, loaded.fileData()), StandardCharsets.UTF_8);
        assertTrue(saved.contains("\"future\": {"), saved);
        assertTrue(saved.contains("\"theme\": \"dark\""), saved);
        assertTrue(saved.contains("\"owner\": \"Sam\""), saved);
        assertTrue(saved.contains("\"zoom\": 1.5"), saved);
        assertTrue(saved.contains("\"segmentLinks\": ["), saved);
        assertTrue(saved.contains("\"name\": \"Renamed\""), saved);
        LoadedProject again = reader.read(saved.getBytes(StandardCharsets.UTF_8));
        assertEquals(edited, again.project());
    }

    @Test
    void nullBlocksAndCardListsReadAsEmptyAndSaveCleanly() throws Exception {
        String json = """
                {"formatVersion": 1, "project": {"name": "P", "canvases": [{"id": "c", "name": "C",
                 "kind": "businessModel", "blocks": {"channels": null, "keyPartners": [{"id": "k", "text": "t"}]}},
                 {"id": "d", "kind": "businessModel", "blocks": null}]}}
                """;
        LoadedProject loaded = reader.read(json.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), loaded.project().canvases().get(0).cards(org.canvasboard.model.BlockType.CHANNELS));
        byte[] saved = writer.toBytes(loaded.project(), loaded.fileData());
        assertEquals(loaded.project(), reader.read(saved).project());
    }

    @Test
    void unknownColourAndStatusFallBackToTheDefaults() throws Exception {
        String json = """
                {"formatVersion": 1, "project": {"name": "P", "canvases": [{"id": "c", "name": "C",
                 "kind": "businessModel", "blocks": {"channels": [{"id": "k", "text": "t",
                 "color": "ultraviolet", "status": "maybe"}]}}]}}
                """;
        Project project = reader.read(json.getBytes(StandardCharsets.UTF_8)).project();
        var card = project.canvases().get(0).cards(org.canvasboard.model.BlockType.CHANNELS).get(0);
        assertEquals(org.canvasboard.model.CardColor.YELLOW, card.color());
        assertEquals(org.canvasboard.model.EvidenceStatus.HYPOTHESIS, card.status());
    }
}
