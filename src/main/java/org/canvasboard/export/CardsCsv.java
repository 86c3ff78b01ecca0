package org.canvasboard.export;

import org.canvasboard.model.BlockType;
import org.canvasboard.model.Canvas;
import org.canvasboard.model.Card;
import org.canvasboard.model.Project;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every card of a project as CSV (RFC 4180, UTF-8, CRLF line ends): canvas, block, text, notes,
 * colour, tags, evidence status, whether it is a segment, and the names of the segments it is
 * linked to. A cell that a spreadsheet would run as a formula (starting with =, +, -, @) gets a
 * leading apostrophe.
 */
public final class CardsCsv {
    public static final List<String> HEADER = List.of("canvas", "block", "text", "notes", "colour", "tags", "status",
            "segment", "linked segments");

    private CardsCsv() {
    }

    public static String write(Project project) {
        StringBuilder csv = new StringBuilder();
        row(csv, HEADER);
        for (Canvas canvas : project.canvases()) {
            Map<String, String> segmentNames = new HashMap<>();
            for (BlockType block : canvas.kind().blocks()) {
                canvas.cards(block).stream().filter(Card::isSegment).forEach(c -> segmentNames.put(c.id(), c.text()));
            }
            for (BlockType block : canvas.kind().blocks()) {
                for (Card card : canvas.cards(block)) {
                    row(csv, List.of(canvas.name(), block.title(), card.text(), card.notes(), card.color().id(),
                            String.join(" ", card.tags().stream().map(t -> "#" + t).toList()), card.status().id(),
                            card.isSegment() ? (card.segment().excluded() ? "not our customer" : "yes") : "",
                            card.segmentLinks().stream().map(id -> segmentNames.getOrDefault(id, id))
                                    .collect(Collectors.joining("; "))));
                }
            }
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
