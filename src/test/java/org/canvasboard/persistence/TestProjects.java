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
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Projects for persistence tests: one using every field, and seeded large random ones. */
final class TestProjects {
    private TestProjects() {
    }

    static Project everyField() {
        Map<BlockType, List<Card>> bmc = new EnumMap<>(BlockType.class);
        bmc.put(BlockType.VALUE_PROPOSITIONS, List.of(
                new Card("card-a", "Fresh bread at 7", "Baked at 4; \"quoted\" text, ümlauts, emoji 🍞\nsecond line",
                        CardColor.ORANGE, List.of("core", "b2c"), EvidenceStatus.VALIDATED),
                new Card("card-b", "", "", CardColor.YELLOW, List.of(), EvidenceStatus.HYPOTHESIS)));
        bmc.put(BlockType.CUSTOMER_SEGMENTS, List.of(
                new Card("card-c", "Night-shift nurses", "", CardColor.PURPLE, List.of("segment"), EvidenceStatus.INVALIDATED)));
        Map<BlockType, List<Card>> product = new EnumMap<>(BlockType.class);
        product.put(BlockType.CUSTOMER_PROBLEM, List.of(Card.of("No breakfast after a night shift").withId("card-d")));
        product.put(BlockType.KPIS, List.of(new Card("card-e", "Repeat orders per week", "", CardColor.GREEN,
                List.of("metric"), EvidenceStatus.HYPOTHESIS)));
        product.put(BlockType.ECO_SOCIAL_BENEFITS, List.of(new Card("card-f", "Less food waste", "", CardColor.BLUE,
                List.of(), EvidenceStatus.HYPOTHESIS)));
        return new Project("Bakery \u2014 test", List.of(
                new Canvas("canvas-1", "Today", CanvasKind.BUSINESS_MODEL, bmc),
                new Canvas("canvas-2", "Product", CanvasKind.PRODUCT, product)));
    }

    /** A large project: {@code canvases} canvases sharing {@code cards} cards at random. */
    static Project large(long seed, int canvases, int cards) {
        Random random = new Random(seed);
        List<Map<BlockType, List<Card>>> contents = new ArrayList<>();
        List<CanvasKind> kinds = new ArrayList<>();
        for (int i = 0; i < canvases; i++) {
            CanvasKind kind = random.nextInt(4) == 0 ? CanvasKind.PRODUCT : CanvasKind.BUSINESS_MODEL;
            kinds.add(kind);
            Map<BlockType, List<Card>> blocks = new EnumMap<>(BlockType.class);
            kind.blocks().forEach(b -> blocks.put(b, new ArrayList<>()));
            contents.add(blocks);
        }
        for (int i = 0; i < cards; i++) {
            int canvas = random.nextInt(canvases);
            List<BlockType> blocks = kinds.get(canvas).blocks();
            BlockType block = blocks.get(random.nextInt(blocks.size()));
            List<String> tags = new ArrayList<>();
            for (int t = random.nextInt(3); t > 0; t--) {
                tags.add("tag" + random.nextInt(20));
            }
            contents.get(canvas).get(block).add(new Card("card-" + i, "Card " + i + " " + words(random),
                    random.nextInt(5) == 0 ? words(random) + "\n" + words(random) : "",
                    CardColor.values()[random.nextInt(CardColor.values().length)],
                    tags.stream().distinct().toList(),
                    EvidenceStatus.values()[random.nextInt(EvidenceStatus.values().length)]));
        }
        List<Canvas> list = new ArrayList<>();
        for (int i = 0; i < canvases; i++) {
            list.add(new Canvas("canvas-" + i, "Canvas " + i, kinds.get(i), contents.get(i)));
        }
        return new Project("Large project " + seed, list);
    }

    private static String words(Random random) {
        String[] words = {"customers", "pay", "monthly", "for", "fresh", "délivery", "partners", "évents", "🚲", "\"quoted\""};
        StringBuilder text = new StringBuilder();
        for (int i = 1 + random.nextInt(8); i > 0; i--) {
            text.append(words[random.nextInt(words.length)]).append(' ');
        }
        return text.toString().strip();
    }
}
