package org.canvasboard.export;

import org.canvasboard.model.CardColor;
import org.canvasboard.model.EvidenceStatus;
import org.canvasboard.model.SegmentColor;

/** Draws a laid-out canvas on a surface, in the app's colours: blocks, titles, sticky notes, marks. */
final class CanvasPainter {
    private static final int PAGE = 0xFFFFFF;
    private static final int BLOCK_BORDER = 0xC9D1DC;
    private static final int TITLE = 0x1F2937;
    private static final int TEXT = 0x1F2328;
    private static final int MUTED = 0x6B7280;

    private CanvasPainter() {
    }

    static int fill(CardColor colour) {
        return switch (colour) {
            case YELLOW -> 0xFFF3A3;
            case ORANGE -> 0xFFD2A6;
            case PINK -> 0xFFC9DE;
            case PURPLE -> 0xE0D0FF;
            case BLUE -> 0xC8E3FF;
            case GREEN -> 0xCDEECB;
        };
    }

    static int rgb(SegmentColor colour) {
        return Integer.parseInt(colour.hex().substring(1), 16);
    }

    static void paint(CanvasLayout layout, Surface s) {
        s.fill(new CanvasLayout.Box(0, 0, layout.width(), layout.height()), PAGE, 0);
        double margin = layout.margin();
        s.text(margin, margin + layout.titleSize(), layout.title(), layout.titleSize(), true, TITLE);
        double size = layout.textSize();
        for (CanvasLayout.BlockBox block : layout.blocks()) {
            CanvasLayout.Box b = block.box();
            s.stroke(b, BLOCK_BORDER, Math.max(0.75, size / 10), size * 0.5);
            double pad = size * 0.6;
            s.text(b.x() + pad, b.y() + pad + layout.blockTitleSize(), block.block().title(),
                    layout.blockTitleSize(), true, TITLE);
            if (block.cards().isEmpty() && block.hidden() == 0) {
                s.text(b.x() + pad, b.y() + pad + layout.blockTitleSize() * 2.6, "(empty)", size, false, MUTED);
            }
            for (CanvasLayout.CardBox card : block.cards()) {
                paintCard(card, size, s);
            }
            if (block.hidden() > 0) {
                s.text(b.x() + pad, b.y() + b.h() - pad * 0.8, "+ " + block.hidden() + " more card"
                        + (block.hidden() == 1 ? "" : "s") + " (see the project file)", size, true, MUTED);
            }
        }
    }

    private static void paintCard(CanvasLayout.CardBox card, double size, Surface s) {
        CanvasLayout.Box box = card.box();
        s.fill(box, fill(card.card().color()), size * 0.25);
        double lineH = size * 1.22;
        double x = box.x() + size * 0.5;
        double y = box.y() + size * 0.4;
        if (card.segmentColor() != null) {
            s.fill(new CanvasLayout.Box(box.x(), box.y(), size * 0.35, box.h()), rgb(card.segmentColor()), 0);
            String badge = card.card().segment().excluded() ? "NOT OUR CUSTOMER" : "SEGMENT";
            s.text(x, y + size * 0.75, badge, size * 0.7, true, rgb(card.segmentColor()));
            y += lineH * 0.9;
        }
        for (String line : card.lines()) {
            y += lineH;
            s.text(x, y - size * 0.25, line, size, false, TEXT);
        }
        if (card.card().status() != EvidenceStatus.HYPOTHESIS) {
            int mark = card.card().status() == EvidenceStatus.VALIDATED ? 0x15803D : 0xB91C1C;
            s.dot(box.x() + box.w() - size * 0.5, box.y() + size * 0.5, size * 0.22, mark);
        }
        double dotX = x + size * 0.3;
        for (SegmentColor link : card.links()) {
            s.dot(dotX, box.y() + box.h() - size * 0.45, size * 0.25, rgb(link));
            dotX += size * 0.7;
        }
    }
}
