package org.canvasboard.export;

import org.canvasboard.model.BlockPlacement;
import org.canvasboard.model.BlockType;
import org.canvasboard.model.Canvas;
import org.canvasboard.model.CanvasKind;
import org.canvasboard.model.Card;
import org.canvasboard.model.SegmentColor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where everything of a canvas goes on a page of a given size: the title, each block (from the
 * canvas kind's grid, as in the app) and each card with its wrapped lines. The text size is the
 * largest that lets every block hold its cards, down to a floor; below that, a block lists how
 * many cards did not fit. Painters (PNG, PDF) only draw what this computed.
 */
public final class CanvasLayout {
    static final double MAX_TEXT = 13;
    static final double MIN_TEXT = 4.5;

    /** A rectangle in page units (points for PDF, pixels at scale 1 for PNG). */
    public record Box(double x, double y, double w, double h) {
    }

    public record CardBox(Card card, Box box, List<String> lines, SegmentColor segmentColor, List<SegmentColor> links) {
    }

    public record BlockBox(BlockType block, Box box, List<CardBox> cards, int hidden) {
    }

    private final String title;
    private final double width;
    private final double height;
    private final double textSize;
    private final List<BlockBox> blocks;

    private CanvasLayout(String title, double width, double height, double textSize, List<BlockBox> blocks) {
        this.title = title;
        this.width = width;
        this.height = height;
        this.textSize = textSize;
        this.blocks = blocks;
    }

    public String title() {
        return title;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public double textSize() {
        return textSize;
    }

    public List<BlockBox> blocks() {
        return blocks;
    }

    public double titleSize() {
        return Math.max(14, height / 36);
    }

    public double margin() {
        return Math.max(12, width / 80);
    }

    public double gap() {
        return Math.max(4, width / 240);
    }

    public double blockTitleSize() {
        return Math.max(textSize + 1, Math.min(16, height / 60));
    }

    /** Lays a canvas out on a page; the largest text size that fits wins. */
    public static CanvasLayout of(Canvas canvas, double width, double height) {
        Map<String, SegmentColor> colours = new HashMap<>();
        canvas.blocks().values().forEach(list -> list.stream().filter(Card::isSegment)
                .forEach(c -> colours.put(c.id(), c.segment().color())));
        CanvasLayout best = null;
        for (double size = MAX_TEXT; size >= MIN_TEXT; size -= 0.5) {
            CanvasLayout attempt = attempt(canvas, width, height, size, colours);
            best = attempt;
            if (attempt.blocks.stream().allMatch(b -> b.hidden == 0)) {
                break;
            }
        }
        return best;
    }

    private static CanvasLayout attempt(Canvas canvas, double width, double height, double size,
                                        Map<String, SegmentColor> colours) {
        CanvasLayout frame = new CanvasLayout(canvas.name(), width, height, size, List.of());
        double margin = frame.margin();
        double gap = frame.gap();
        double top = margin + frame.titleSize() * 1.6;
        double gridW = width - 2 * margin;
        double gridH = height - top - margin;
        CanvasKind kind = canvas.kind();
        double columnW = (gridW - gap * (kind.columns() - 1)) / kind.columns();
        double[] rowTop = new double[kind.rows() + 1];
        double usable = gridH - gap * (kind.rows() - 1);
        rowTop[0] = top;
        for (int r = 0; r < kind.rows(); r++) {
            rowTop[r + 1] = rowTop[r] + usable * kind.rowWeight(r) / 100.0 + gap;
        }
        List<BlockBox> blocks = new ArrayList<>();
        for (BlockPlacement p : kind.placements()) {
            double x = margin + p.column() * (columnW + gap);
            double y = rowTop[p.row()];
            double w = columnW * p.columnSpan() + gap * (p.columnSpan() - 1);
            double h = rowTop[p.row() + p.rowSpan()] - gap - y;
            blocks.add(block(p.block(), new Box(x, y, w, h), canvas.cards(p.block()), size, frame.blockTitleSize(), colours));
        }
        return new CanvasLayout(canvas.name(), width, height, size, blocks);
    }

    private static BlockBox block(BlockType type, Box box, List<Card> cards, double size, double titleSize,
                                  Map<String, SegmentColor> colours) {
        double pad = size * 0.6;
        double cardGap = size * 0.45;
        double minCardW = size * 11;
        double innerW = box.w() - 2 * pad;
        int columns = Math.max(1, (int) ((innerW + cardGap) / (minCardW + cardGap)));
        double cardW = (innerW - cardGap * (columns - 1)) / columns;
        double lineH = size * 1.22;
        double y = box.y() + pad + titleSize * 1.5;
        double bottom = box.y() + box.h() - pad;
        List<CardBox> placed = new ArrayList<>();
        int i = 0;
        while (i < cards.size()) {
            List<CardBox> row = new ArrayList<>();
            double rowH = 0;
            for (int c = 0; c < columns && i + c < cards.size(); c++) {
                Card card = cards.get(i + c);
                List<String> lines = wrap(card.text().isBlank() ? " " : card.text(), cardW - size, size);
                double extra = card.isSegment() ? lineH * 0.9 : 0;
                double marks = card.segmentLinks().isEmpty() ? 0 : size * 0.9;
                double h = size * 0.8 + lines.size() * lineH + extra + marks;
                rowH = Math.max(rowH, h);
                row.add(new CardBox(card, new Box(box.x() + pad + c * (cardW + cardGap), y, cardW, h), lines,
                        card.isSegment() ? card.segment().color() : null,
                        card.segmentLinks().stream().map(colours::get).filter(java.util.Objects::nonNull).toList()));
            }
            // the last row must leave room for a "+ n more" line when cards remain after it
            if (y + rowH > bottom) {
                break;
            }
            placed.addAll(row);
            i += row.size();
            y += rowH + cardGap;
        }
        return new BlockBox(type, box, placed, cards.size() - placed.size());
    }

    /** Splits text into lines no wider than {@code width} at this size (long words are broken). */
    static List<String> wrap(String text, double width, double size) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.strip().split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (ExportFonts.width(candidate, size, false) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (ExportFonts.width(rest, size, false) > width && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && ExportFonts.width(rest.substring(0, cut), size, false) > width) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
