package org.canvasboard.reliability;

import org.canvasboard.model.BlockType;
import org.canvasboard.model.Canvas;
import org.canvasboard.model.CanvasKind;
import org.canvasboard.model.Card;
import org.canvasboard.model.CardColor;
import org.canvasboard.model.EvidenceStatus;
import org.canvasboard.model.Project;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Generated projects for the crash tests (big enough that a save takes a few milliseconds). */
final class SampleProjects {
    private SampleProjects() {
    }

    static Project large(long seed, int canvases, int cards) {
        Random random = new Random(seed);
        List<Canvas> list = new ArrayList<>();
        int id = 0;
        for (int c = 0; c < canvases; c++) {
            Map<BlockType, List<Card>> blocks = new EnumMap<>(BlockType.class);
            for (BlockType block : CanvasKind.BUSINESS_MODEL.blocks()) {
                blocks.put(block, new ArrayList<>());
            }
            for (int i = 0; i < cards / canvases; i++) {
                BlockType block = CanvasKind.BUSINESS_MODEL.blocks().get(random.nextInt(9));
                blocks.get(block).add(new Card("card-" + id++, "Card " + random.nextInt(1_000_000) + " for a crash test",
                        random.nextBoolean() ? "some notes " + random.nextInt() : "",
                        CardColor.values()[random.nextInt(CardColor.values().length)], List.of("t" + random.nextInt(9)),
                        EvidenceStatus.values()[random.nextInt(3)]));
            }
            list.add(new Canvas("canvas-" + c, "Canvas " + c, CanvasKind.BUSINESS_MODEL, blocks));
        }
        return new Project("Crash test " + seed, list);
    }
}
