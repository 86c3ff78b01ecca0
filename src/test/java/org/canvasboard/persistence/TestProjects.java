package org.canvasboard.persistence;

import org.canvasboard.model.BlockType;
import org.canvasboard.model.Canvas;
import org.canvasboard.model.CanvasKind;
import org.canvasboard.model.Card;
import org.canvasboard.model.CardColor;
import org.canvasboard.model.Characteristic;
import org.canvasboard.model.CustomerProfile;
import org.canvasboard.model.Dimension;
import org.canvasboard.model.EvidenceStatus;
import org.canvasboard.model.JobKind;
import org.canvasboard.model.Level;
import org.canvasboard.model.MarketType;
import org.canvasboard.model.Metric;
import org.canvasboard.model.Persona;
import org.canvasboard.model.ProfileItem;
import org.canvasboard.model.Project;
import org.canvasboard.model.PurchaseRole;
import org.canvasboard.model.RoleHolder;
import org.canvasboard.model.Segment;
import org.canvasboard.model.SegmentColor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Projects for persistence tests: one using every field, and seeded large random ones. */
public final class TestProjects {
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

    /** A 1 x 1 pixel PNG, base64: the smallest valid persona picture. */
    static final String TINY_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP438AAAAQBAYDFKhhdAAAAAElFTkSuQmCC";

    /**
     * A format-2 project using every field of segments and personas and every kind of link:
     * cards linked to segments, a segment linked to another segment, personas linked to segments,
     * role holders that are personas and named stakeholders (with pains and gains of their own),
     * a persona with a picture, metrics, every dimension, job kind and level, and pains and gains
     * both inside and outside the offering. The golden file golden/format-v2.canvasboard is this
     * project as written by ProjectWriter.
     */
    public static Project everyFieldV2() {
        Persona maya = new Persona("persona-maya", "Maya", "Night-shift nurse, 34", "woman", TINY_PNG,
                "Works three nights a week; \"breakfast\" is whatever the vending machine has.",
                List.of("shift worker", "no car"), "I just want something warm at 7.");
        Persona tom = new Persona("persona-tom", "", "Ward manager", "office", "", "", List.of(), "");
        Segment nurses = new Segment("Nurses leaving a night shift at the city hospital", MarketType.NICHE,
                List.of(new Characteristic(Dimension.DEMOGRAPHIC, "25\u201345, shift workers"),
                        new Characteristic(Dimension.GEOGRAPHIC, "Within 2 km of the hospital"),
                        new Characteristic(Dimension.PSYCHOGRAPHIC, "Value a calm start after work"),
                        new Characteristic(Dimension.BEHAVIORAL, "Buy breakfast daily 🍞")),
                false, "Grow weekday mornings",
                List.of(new Metric("Size", "~400"), new Metric("Conversion", "12 %"), new Metric("Satisfaction", "")),
                SegmentColor.TEAL, List.of("persona-maya", "persona-tom"),
                new CustomerProfile(
                        List.of(new ProfileItem("item-j1", "Eat something warm after work", JobKind.FUNCTIONAL, Level.MEDIUM, false),
                                new ProfileItem("item-j2", "Be seen as taking care of the team", JobKind.SOCIAL, Level.MEDIUM, false),
                                new ProfileItem("item-j3", "Wind down", JobKind.EMOTIONAL, Level.MEDIUM, false)),
                        List.of(new ProfileItem("item-p1", "Shops closed at 7", JobKind.FUNCTIONAL, Level.HIGH, false),
                                new ProfileItem("item-p2", "Queues", JobKind.FUNCTIONAL, Level.LOW, true)),
                        List.of(new ProfileItem("item-g1", "Fresh bread", JobKind.FUNCTIONAL, Level.HIGH, false),
                                new ProfileItem("item-g2", "Loyalty discount", JobKind.FUNCTIONAL, Level.MEDIUM, true),
                                new ProfileItem("item-g3", "Chat with the baker", JobKind.FUNCTIONAL, Level.LOW, false))),
                List.of(new RoleHolder("holder-maya", "persona-maya", "", List.of(PurchaseRole.USER, PurchaseRole.BUYER,
                                PurchaseRole.PAYER), List.of(), List.of()),
                        new RoleHolder("holder-tom", "persona-tom", "", List.of(PurchaseRole.DECISION_MAKER,
                                PurchaseRole.INFLUENCER), List.of(new ProfileItem("item-hp1", "Tired staff", JobKind.FUNCTIONAL,
                                Level.HIGH, false)), List.of()),
                        new RoleHolder("holder-hr", null, "Hospital HR", List.of(PurchaseRole.RECOMMENDER),
                                List.of(new ProfileItem("item-hp2", "Budget per head", JobKind.FUNCTIONAL, Level.MEDIUM, true)),
                                List.of(new ProfileItem("item-hg1", "Staff wellbeing score", JobKind.FUNCTIONAL, Level.HIGH, false)))));
        Segment hospital = new Segment("", MarketType.MULTI_SIDED, List.of(), false, "", List.of(),
                SegmentColor.MAGENTA, List.of(), CustomerProfile.EMPTY, List.of());
        Segment tourists = new Segment("Day tourists", null, List.of(new Characteristic(Dimension.DEMOGRAPHIC, "Visitors")),
                true, "", List.of(), SegmentColor.SLATE, List.of(), CustomerProfile.EMPTY, List.of());
        Map<BlockType, List<Card>> bmc = new EnumMap<>(BlockType.class);
        bmc.put(BlockType.VALUE_PROPOSITIONS, List.of(
                new Card("card-vp", "Warm breakfast at 7", "", CardColor.ORANGE, List.of("core"), EvidenceStatus.VALIDATED,
                        List.of("card-nurses", "card-hospital"), null)));
        bmc.put(BlockType.CHANNELS, List.of(
                new Card("card-ch", "Hospital lobby stand", "", CardColor.YELLOW, List.of(), EvidenceStatus.HYPOTHESIS,
                        List.of("card-nurses"), null)));
        bmc.put(BlockType.CUSTOMER_SEGMENTS, List.of(
                new Card("card-nurses", "Night-shift nurses", "", CardColor.PURPLE, List.of("segment"),
                        EvidenceStatus.HYPOTHESIS, List.of(), nurses),
                new Card("card-hospital", "The hospital", "Pays for staff breakfasts", CardColor.BLUE, List.of(),
                        EvidenceStatus.HYPOTHESIS, List.of("card-nurses"), hospital),
                new Card("card-tourists", "Tourists", "", CardColor.YELLOW, List.of(), EvidenceStatus.INVALIDATED,
                        List.of(), tourists)));
        Map<BlockType, List<Card>> product = new EnumMap<>(BlockType.class);
        product.put(BlockType.CUSTOMER_SEGMENTS, List.of(new Card("card-p-seg", "Night workers", "", CardColor.GREEN,
                List.of(), EvidenceStatus.HYPOTHESIS, List.of(), Segment.of(SegmentColor.BLUE).withPersonaIds(List.of("persona-maya")))));
        product.put(BlockType.KPIS, List.of(new Card("card-kpi", "Repeat orders", "", CardColor.GREEN, List.of(),
                EvidenceStatus.HYPOTHESIS, List.of("card-p-seg"), null)));
        return new Project("Bakery \u2014 segments", List.of(
                new Canvas("canvas-1", "Today", CanvasKind.BUSINESS_MODEL, bmc),
                new Canvas("canvas-2", "Product", CanvasKind.PRODUCT, product)), List.of(maya, tom));
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
