package org.canvasboard.persistence;

import org.canvasboard.model.BlockType;
import org.canvasboard.model.Canvas;
import org.canvasboard.model.CanvasKind;
import org.canvasboard.model.Card;
import org.canvasboard.model.CardColor;
import org.canvasboard.model.EvidenceStatus;
import org.canvasboard.model.Project;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a bound file document and turns it into the model: required fields, known canvas kinds
 * and blocks, unique ids, sane sizes. Unknown colours and statuses fall back to the defaults.
 */
final class ProjectValidator {
    static final int MAX_CANVASES = 1_000;
    static final int MAX_CARDS = 50_000;
    static final int MAX_ID_LENGTH = 200;
    static final int MAX_TAGS = 100;

    private final Set<String> canvasIds = new HashSet<>();
    private final Set<String> cardIds = new HashSet<>();

    Project toModel(FileDocument.Root root) throws ProjectFileException {
        FileDocument.ProjectDoc project = root.project;
        if (project == null) {
            throw ProjectReader.invalid("This is not a Canvasboard project: it has no \"project\" section.");
        }
        if (project.canvases == null || project.canvases.isEmpty()) {
            throw ProjectReader.invalid("This project has no canvas; a project needs at least one.");
        }
        if (project.canvases.size() > MAX_CANVASES) {
            throw ProjectReader.invalid("This project has more than " + MAX_CANVASES + " canvases.");
        }
        List<Canvas> canvases = new ArrayList<>();
        for (FileDocument.CanvasDoc canvas : project.canvases) {
            canvases.add(canvas(canvas));
        }
        return new Project(project.name, canvases);
    }

    private Canvas canvas(FileDocument.CanvasDoc doc) throws ProjectFileException {
        if (doc == null) {
            throw ProjectReader.invalid("This project has an empty entry in its list of canvases.");
        }
        String id = checkId(doc.id, "A canvas");
        String label = doc.name == null || doc.name.isBlank() ? id : doc.name;
        if (!canvasIds.add(id)) {
            throw ProjectReader.invalid("The canvas id " + quote(id) + " appears twice in this project.");
        }
        CanvasKind kind = CanvasKind.fromId(String.valueOf(doc.kind)).orElseThrow(() -> ProjectReader.invalid(
                "The canvas " + quote(label) + " has an unknown kind " + quote(doc.kind) + "."));
        Map<BlockType, List<Card>> blocks = new EnumMap<>(BlockType.class);
        if (doc.blocks != null) {
            for (Map.Entry<String, List<FileDocument.CardDoc>> entry : doc.blocks.entrySet()) {
                BlockType block = BlockType.fromId(entry.getKey())
                        .filter(kind::has)
                        .orElseThrow(() -> ProjectReader.invalid("Unknown block " + quote(entry.getKey())
                                + " in canvas " + quote(label) + " (a " + kind.displayName() + ")."));
                List<Card> cards = new ArrayList<>();
                for (FileDocument.CardDoc card : entry.getValue() == null ? List.<FileDocument.CardDoc>of()
                        : entry.getValue()) {
                    cards.add(card(card, label));
                }
                blocks.put(block, cards);
            }
        }
        return new Canvas(id, doc.name, kind, blocks);
    }

    private Card card(FileDocument.CardDoc doc, String canvasLabel) throws ProjectFileException {
        if (doc == null) {
            throw ProjectReader.invalid("The canvas " + quote(canvasLabel) + " has an empty entry in a block.");
        }
        String id = checkId(doc.id, "A card in canvas " + quote(canvasLabel));
        if (!cardIds.add(id)) {
            throw ProjectReader.invalid("The card id " + quote(id) + " appears twice in this project.");
        }
        if (cardIds.size() > MAX_CARDS) {
            throw ProjectReader.invalid("This project has more than " + MAX_CARDS + " cards.");
        }
        List<String> tags = doc.tags == null ? List.of() : doc.tags;
        if (tags.size() > MAX_TAGS || tags.contains(null)) {
            throw ProjectReader.invalid("The card " + quote(id) + " has too many or empty tags.");
        }
        CardColor color = doc.color == null ? CardColor.YELLOW : CardColor.fromId(doc.color).orElse(CardColor.YELLOW);
        EvidenceStatus status = doc.status == null ? EvidenceStatus.HYPOTHESIS
                : EvidenceStatus.fromId(doc.status).orElse(EvidenceStatus.HYPOTHESIS);
        return new Card(id, doc.text, doc.notes, color, tags, status);
    }

    /** A value from the file, shortened, for a message (a hostile file may hold huge keys). */
    static String quote(Object value) {
        String text = String.valueOf(value);
        return "\"" + (text.length() > 60 ? text.substring(0, 57) + "…" : text) + "\"";
    }

    private static String checkId(String id, String what) throws ProjectFileException {
        if (id == null || id.isBlank()) {
            throw ProjectReader.invalid(what + " has no id.");
        }
        if (id.length() > MAX_ID_LENGTH) {
            throw ProjectReader.invalid(what + " has an id longer than " + MAX_ID_LENGTH + " characters.");
        }
        return id;
    }
}
