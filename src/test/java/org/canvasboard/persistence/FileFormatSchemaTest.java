package org.canvasboard.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The published JSON Schema (docs/file-format.schema.json) agrees with the files we write. */
class FileFormatSchemaTest {
    private static JsonSchema schema;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("docs", "file-format.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static Set<ValidationMessage> check(JsonNode node) {
        return schema.validate(node);
    }

    @Test
    void bundledExampleMatchesTheSchema() throws Exception {
        try (InputStream in = FileFormatSchemaTest.class.getResourceAsStream("/org/canvasboard/app/example.canvasboard")) {
            assertEquals(Set.of(), check(JSON.readTree(in)));
        }
    }

    @Test
    void writtenProjectsOfBothKindsMatchTheSchema() throws Exception {
        byte[] bytes = new ProjectWriter().toBytes(TestProjects.everyField(), null);
        assertEquals(Set.of(), check(JSON.readTree(bytes)));
        assertEquals(Set.of(), check(JSON.readTree(new ProjectWriter().toBytes(TestProjects.large(3, 4, 200), null))));
    }

    @Test
    void writtenProjectWithSegmentsAndPersonasMatchesTheSchema() throws Exception {
        byte[] bytes = new ProjectWriter().toBytes(TestProjects.everyFieldV2(), null);
        assertEquals(Set.of(), check(JSON.readTree(bytes)));
    }

    @Test
    void goldenFilesOfTheCurrentVersionMatchTheSchema() throws Exception {
        try (InputStream in = FileFormatSchemaTest.class.getResourceAsStream("golden/format-v2.canvasboard")) {
            assertEquals(Set.of(), check(JSON.readTree(in)));
        }
    }

    @Test
    void schemaRejectsSegmentPartsWithoutIdsOrOfTheWrongType() throws Exception {
        String card = """
                {"formatVersion": 2, "project": {"canvases": [{"id": "c", "kind": "businessModel",
                 "blocks": {"customerSegments": [%s]}}]}}""";
        String holderWithoutId = card.formatted("""
                {"id": "s", "segment": {"roles": [{"name": "HR", "roles": ["payer"]}]}}""");
        String itemWithoutId = card.formatted("""
                {"id": "s", "segment": {"profile": {"jobs": [{"text": "eat"}]}}}""");
        String excludedAsText = card.formatted("""
                {"id": "s", "segment": {"excluded": "yes"}}""");
        String linksNotAList = card.formatted("""
                {"id": "s", "links": "t"}""");
        String personaWithoutId = """
                {"formatVersion": 2, "project": {"canvases": [{"id": "c", "kind": "businessModel"}],
                 "personas": [{"name": "Maya"}]}}""";
        for (String json : List.of(holderWithoutId, itemWithoutId, excludedAsText, linksNotAList, personaWithoutId)) {
            assertFalse(check(JSON.readTree(json)).isEmpty(), json);
            assertThrows(ProjectFileException.class,
                    () -> new ProjectReader().read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), json);
        }
    }

    @Test
    void schemaRejectsWhatTheReaderRejects() throws Exception {
        String unknownBlock = """
                {"formatVersion": 1, "project": {"canvases": [{"id": "c", "kind": "businessModel",
                 "blocks": {"marketingFunnel": []}}]}}""";
        String cardWithoutId = """
                {"formatVersion": 1, "project": {"canvases": [{"id": "c", "kind": "businessModel",
                 "blocks": {"channels": [{"text": "x"}]}}]}}""";
        String futureVersion = """
                {"formatVersion": 3, "project": {"canvases": [{"id": "c", "kind": "businessModel"}]}}""";
        assertFalse(check(JSON.readTree(unknownBlock)).isEmpty());
        assertFalse(check(JSON.readTree(cardWithoutId)).isEmpty());
        assertFalse(check(JSON.readTree(futureVersion)).isEmpty());
    }
}
