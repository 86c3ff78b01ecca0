package org.canvasboard.export;

import org.canvasboard.model.BlockType;
import org.canvasboard.model.Canvas;
import org.canvasboard.model.CanvasKind;
import org.canvasboard.model.Card;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A canvas as Markdown, in the shape other canvas tools read and write: a level-1 heading with
 * the canvas name, a level-2 heading per block, a bullet per card. A card of several lines
 * continues on lines indented by two spaces. Reading accepts the same shape back (block headings
 * by title or id, any case; "-", "*" or "+" bullets).
 */
public final class MarkdownCanvas {
    private MarkdownCanvas() {
    }

    /** The canvas as Markdown, ending in a newline. */
    public static String write(Canvas canvas) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(oneLine(canvas.name().isBlank() ? "Canvas" : canvas.name())).append("\n");
        for (BlockType block : canvas.kind().blocks()) {
            md.append("\n## ").append(block.title()).append("\n\n");
            for (Card card : canvas.cards(block)) {
                String[] lines = card.text().strip().split("\\R", -1);
                md.append("- ").append(escape(lines[0])).append("\n");
                for (int i = 1; i < lines.length; i++) {
                    md.append("  ").append(escape(lines[i])).append("\n");
                }
            }
        }
        return md.toString();
    }

    /** A canvas read from Markdown, with fresh ids; the kind is the product canvas when a block of it appears. */
    public static Canvas read(String markdown) throws MarkdownException {
        String name = null;
        BlockType block = null;
        Map<BlockType, List<StringBuilder>> cards = new EnumMap<>(BlockType.class);
        String[] lines = markdown.replace("\uFEFF", "").split("\\R", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.startsWith("## ") || trimmed.equals("##")) {
                String title = trimmed.substring(2).strip();
                block = blockNamed(title).orElseThrow(() -> new MarkdownException(
                        "Line " + (lineNumber(lines, title)) + ": \u201c" + shorten(title)
                                + "\u201d is not a block of a Business Model Canvas or product canvas."));
                cards.computeIfAbsent(block, b -> new ArrayList<>());
            } else if (trimmed.startsWith("# ")) {
                if (name == null) {
                    name = trimmed.substring(2).strip();
                }
            } else if (isBullet(trimmed)) {
                if (block == null) {
                    throw new MarkdownException("Line " + (n + 1) + ": a card comes before any block heading (\u201c## Key Partners\u201d, \u2026).");
                }
                cards.get(block).add(new StringBuilder(unescape(trimmed.substring(2).strip())));
            } else if (block != null && line.startsWith("  ") && !cards.get(block).isEmpty()) {
                List<StringBuilder> list = cards.get(block);
                list.get(list.size() - 1).append("\n").append(unescape(trimmed));
            } else if (block != null) {
                throw new MarkdownException("Line " + (n + 1) + ": expected a card (a line starting with \u201c- \u201d), found \u201c"
                        + shorten(trimmed) + "\u201d.");
            }
        }
        if (cards.isEmpty()) {
            throw new MarkdownException("No block headings found: a canvas in Markdown has a \u201c## \u201d heading per block, "
                    + "e.g. \u201c## Value Propositions\u201d, with a \u201c- \u201d bullet per card.");
        }
        CanvasKind kind = cards.keySet().stream().anyMatch(b -> !CanvasKind.BUSINESS_MODEL.has(b))
                ? CanvasKind.PRODUCT : CanvasKind.BUSINESS_MODEL;
        Map<BlockType, List<Card>> blocks = new EnumMap<>(BlockType.class);
        cards.forEach((b, list) -> blocks.put(b, list.stream().map(sb -> Card.of(sb.toString())).toList()));
        Canvas empty = Canvas.empty(name == null || name.isBlank() ? "Imported canvas" : name, kind);
        return new Canvas(empty.id(), empty.name(), kind, blocks);
    }

    private static int lineNumber(String[] lines, String title) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith("##") && lines[i].strip().substring(2).strip().equals(title)) {
                return i + 1;
            }
        }
        return 0;
    }

    static Optional<BlockType> blockNamed(String title) {
        String wanted = normal(title);
        for (BlockType b : BlockType.values()) {
            if (normal(b.title()).equals(wanted) || normal(b.id()).equals(wanted)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static boolean isBullet(String trimmed) {
        return trimmed.length() >= 2 && "-*+".indexOf(trimmed.charAt(0)) >= 0 && trimmed.charAt(1) == ' '
                || trimmed.equals("-") || trimmed.equals("*");
    }

    /** A card starting like a heading or a bullet would be read back as one: escape the first character. */
    private static String escape(String line) {
        if (line.startsWith("#") || line.startsWith("- ") || line.startsWith("* ") || line.startsWith("+ ")
                || line.startsWith("\\")) {
            return "\\" + line;
        }
        return line;
    }

    private static String unescape(String line) {
        return line.startsWith("\\") ? line.substring(1) : line;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\R", " ");
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "\u2026" : s;
    }
}
