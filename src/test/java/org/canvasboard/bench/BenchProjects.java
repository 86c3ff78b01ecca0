package org.canvasboard.bench;

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

/**
 * The realistic large project of the performance issue: 10 canvases and 5,000 cards with notes,
 * tags and statuses (segments and personas join it once they exist).
 */
public final class BenchProjects {
    private static final String[] WORDS = {"customers", "pay", "monthly", "for", "fresh", "delivery", "partners",
        "events", "repair", "bikes", "offices", "students", "subscription", "support", "pickup", "city"};

    private BenchProjects() {
    }

    public static Project large() {
        return generate(42, 10, 5_000);
    }

    /** One canvas crowded with {@code cards} cards, for the smoothness measurements. */
    public static Project denseCanvas(int cards) {
        return generate(7, 1, cards);
    }

    static Project generate(long seed, int canvases, int cards) {
        Random random = new Random(seed);
        List<Canvas> list = new ArrayList<>();
        int id = 0;
        for (int c = 0; c < canvases; c++) {
            CanvasKind kind = c % 4 == 3 ? CanvasKind.PRODUCT : CanvasKind.BUSINESS_MODEL;
            Map<BlockType, List<Card>> blocks = new EnumMap<>(BlockType.class);
            kind.blocks().forEach(b -> blocks.put(b, new ArrayList<>()));
            for (int i = 0; i < cards / canvases; i++) {
                BlockType block = kind.blocks().get(random.nextInt(kind.blocks().size()));
                blocks.get(block).add(new Card("card-" + id++, sentence(random, 3 + random.nextInt(8)),
                        random.nextInt(4) == 0 ? sentence(random, 20) : "",
                        CardColor.values()[random.nextInt(CardColor.values().length)],
                        random.nextBoolean() ? List.of(WORDS[random.nextInt(WORDS.length)]) : List.of(),
                        EvidenceStatus.values()[random.nextInt(3)]));
            }
            list.add(new Canvas("canvas-" + c, "Canvas " + (c + 1), kind, blocks));
        }
        return new Project("Large benchmark project", list);
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }
}
