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
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
    void schemaRejectsWhatTheReaderRejects() throws Exception {
        String unknownBlock = """
                {"formatVersion": 1, "project": {"canvases": [{"id": "c", "kind": "businessModel",
                 "blocks": {"marketingFunnel": []}}]}}""";
        String cardWithoutId = """
                {"formatVersion": 1, "project": {"canvases": [{"id": "c", "kind": "businessModel",
                 "blocks": {"channels": [{"text": "x"}]}}]}}""";
        String futureVersion = """
                {"formatVersion": 2, "project": {"canvases": [{"id": "c", "kind": "businessModel"}]}}""";
        assertFalse(check(JSON.readTree(unknownBlock)).isEmpty());
        assertFalse(check(JSON.readTree(cardWithoutId)).isEmpty());
        assertFalse(check(JSON.readTree(futureVersion)).isEmpty());
    }
}
