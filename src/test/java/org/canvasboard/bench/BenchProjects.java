package org.canvasboard.bench;

import org.canvasboard.model.BlockType;
import org.canvasboard.model.Characteristic;
import org.canvasboard.model.CustomerProfile;
import org.canvasboard.model.Dimension;
import org.canvasboard.model.JobKind;
import org.canvasboard.model.Level;
import org.canvasboard.model.MarketType;
import org.canvasboard.model.Metric;
import org.canvasboard.model.Persona;
import org.canvasboard.model.PersonaIcons;
import org.canvasboard.model.ProfileItem;
import org.canvasboard.model.PurchaseRole;
import org.canvasboard.model.RoleHolder;
import org.canvasboard.model.Segment;
import org.canvasboard.model.SegmentColor;
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
 * tags and statuses, 100 segments with customer profiles and roles, 200 personas, and links.
 */
public final class BenchProjects {
    private static final String[] WORDS = {"customers", "pay", "monthly", "for", "fresh", "delivery", "partners",
        "events", "repair", "bikes", "offices", "students", "subscription", "support", "pickup", "city"};

    private BenchProjects() {
    }

    public static Project large() {
        return withSegments(generate(42, 10, 5_000), 42, 100, 200);
    }

    /**
     * Adds segment work to a project: {@code segments} segment cards spread over the canvases,
     * each with characteristics, two personas, a customer profile (3 jobs, 4 pains, 4 gains) and two
     * role holders, {@code personas} personas with stories, and about a third of the value
     * proposition, channel and revenue cards linked to a segment of their canvas.
     */
    static Project withSegments(Project project, long seed, int segments, int personas) {
        Random random = new Random(seed);
        List<Persona> people = new ArrayList<>();
        for (int i = 0; i < personas; i++) {
            people.add(new Persona("persona-" + i, "Person " + i, sentence(random, 5), PersonaIcons.ALL.get(i % 16), "",
                    sentence(random, 60), List.of(sentence(random, 4), sentence(random, 4)), sentence(random, 10)));
        }
        List<Canvas> canvases = new ArrayList<>();
        int perCanvas = segments / project.canvases().size();
        int item = 0;
        for (Canvas canvas : project.canvases()) {
            Map<BlockType, List<Card>> blocks = new EnumMap<>(BlockType.class);
            canvas.blocks().forEach((b, list) -> blocks.put(b, new ArrayList<>(list)));
            List<Card> segmentCards = blocks.get(BlockType.CUSTOMER_SEGMENTS);
            List<String> segmentIds = new ArrayList<>();
            for (int s = 0; s < perCanvas; s++) {
                List<ProfileItem> jobs = new ArrayList<>();
                List<ProfileItem> pains = new ArrayList<>();
                List<ProfileItem> gains = new ArrayList<>();
                for (int k = 0; k < 4; k++) {
                    if (k < 3) {
                        jobs.add(new ProfileItem("item-" + item++, sentence(random, 6), JobKind.values()[k], Level.MEDIUM, false));
                    }
                    pains.add(new ProfileItem("item-" + item++, sentence(random, 6), JobKind.FUNCTIONAL,
                            Level.values()[random.nextInt(3)], random.nextInt(4) == 0));
                    gains.add(new ProfileItem("item-" + item++, sentence(random, 6), JobKind.FUNCTIONAL,
                            Level.values()[random.nextInt(3)], random.nextInt(4) == 0));
                }
                String p1 = people.get(random.nextInt(personas)).id();
                String p2 = people.get(random.nextInt(personas)).id();
                Segment segment = new Segment(sentence(random, 15), MarketType.values()[random.nextInt(5)],
                        List.of(new Characteristic(Dimension.DEMOGRAPHIC, sentence(random, 3)),
                                new Characteristic(Dimension.BEHAVIORAL, sentence(random, 4))),
                        s == 0, "", List.of(new Metric("size", Integer.toString(random.nextInt(100_000)))),
                        SegmentColor.values()[s % SegmentColor.values().length], List.of(p1, p2),
                        new CustomerProfile(jobs, pains, gains),
                        List.of(new RoleHolder("holder-" + item++, p1, "", List.of(PurchaseRole.USER, PurchaseRole.BUYER),
                                        List.of(), List.of()),
                                new RoleHolder("holder-" + item++, null, "Parents", List.of(PurchaseRole.PAYER),
                                        List.of(), List.of())));
                Card card = new Card("seg-" + canvas.id() + "-" + s, sentence(random, 3), "", CardColor.YELLOW, List.of(),
                        EvidenceStatus.HYPOTHESIS, List.of(), segment);
                segmentCards.add(card);
                segmentIds.add(card.id());
            }
            for (BlockType b : List.of(BlockType.VALUE_PROPOSITIONS, BlockType.CHANNELS, BlockType.REVENUE_STREAMS)) {
                blocks.put(b, blocks.get(b).stream().map(c -> random.nextInt(3) == 0
                        ? c.withSegmentLinks(List.of(segmentIds.get(random.nextInt(segmentIds.size())))) : c).toList());
            }
            canvases.add(new Canvas(canvas.id(), canvas.name(), canvas.kind(), blocks));
        }
        return new Project(project.name(), canvases, people);
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
