package org.canvasboard.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.canvasboard.model.BlockType;
import org.canvasboard.model.Canvas;
import org.canvasboard.model.CanvasKind;
import org.canvasboard.model.Card;
import org.canvasboard.model.CardColor;
import org.canvasboard.model.EvidenceStatus;
import org.canvasboard.model.Project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** TEMPORARY adapter until the persistence layer lands. */
final class ProjectIO {
    static final String EXTENSION = ".canvasboard";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    record Opened(Project project, Object fileData) {
    }

    Opened read(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return new Opened(parse(MAPPER.readTree(in)), null);
        }
    }

    Opened readExample() {
        try (InputStream in = ProjectIO.class.getResourceAsStream("/org/canvasboard/app/example.canvasboard")) {
            return new Opened(parse(MAPPER.readTree(in)), null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    void write(Project project, Object fileData, Path path) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formatVersion", 1);
        root.put("app", "Canvasboard");
        ObjectNode p = root.putObject("project");
        p.put("name", project.name());
        ArrayNode canvases = p.putArray("canvases");
        for (Canvas c : project.canvases()) {
            ObjectNode cn = canvases.addObject();
            cn.put("id", c.id());
            cn.put("name", c.name());
            cn.put("kind", c.kind().id());
            ObjectNode blocks = cn.putObject("blocks");
            for (BlockType b : c.kind().blocks()) {
                ArrayNode list = blocks.putArray(b.id());
                for (Card card : c.cards(b)) {
                    ObjectNode k = list.addObject();
                    k.put("id", card.id());
                    k.put("text", card.text());
                    k.put("notes", card.notes());
                    k.put("color", card.color().id());
                    ArrayNode tags = k.putArray("tags");
                    card.tags().forEach(tags::add);
                    k.put("status", card.status().id());
                }
            }
        }
        Files.writeString(path, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    }

    private static Project parse(JsonNode root) {
        JsonNode p = root.get("project");
        List<Canvas> canvases = new ArrayList<>();
        for (JsonNode cn : p.get("canvases")) {
            CanvasKind kind = CanvasKind.fromId(cn.get("kind").asText()).orElseThrow();
            Map<BlockType, List<Card>> blocks = new EnumMap<>(BlockType.class);
            cn.get("blocks").fields().forEachRemaining(e -> {
                List<Card> cards = new ArrayList<>();
                for (JsonNode k : e.getValue()) {
                    List<String> tags = new ArrayList<>();
                    k.get("tags").forEach(t -> tags.add(t.asText()));
                    cards.add(new Card(k.get("id").asText(), k.get("text").asText(), k.get("notes").asText(),
                            CardColor.fromId(k.get("color").asText()).orElse(CardColor.YELLOW), tags,
                            EvidenceStatus.fromId(k.get("status").asText()).orElse(EvidenceStatus.HYPOTHESIS)));
                }
                blocks.put(BlockType.fromId(e.getKey()).orElseThrow(), cards);
            });
            canvases.add(new Canvas(cn.get("id").asText(), cn.get("name").asText(), kind, blocks));
        }
        return new Project(p.get("name").asText(), canvases);
    }

    static String messageOf(Throwable e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    static String suggestedFileName(String projectName) {
        String base = projectName.replaceAll("[^\\p{L}\\p{N} _-]", "").strip();
        return (base.isEmpty() ? "project" : base) + EXTENSION;
    }

    static Path withExtension(Path path) {
        String name = path.getFileName().toString();
        return name.contains(".") ? path : path.resolveSibling(name + EXTENSION);
    }
}
