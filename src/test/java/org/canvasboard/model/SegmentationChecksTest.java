package org.canvasboard.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seven sensible-segmentation checks of DOMAIN.md: for each, a canvas where it speaks up
 * (with the rule's number and what it found, naming the segment or canvas) and one where it stays
 * quiet. The base
 * canvas satisfies every rule; each test breaks exactly one thing.
 */
class SegmentationChecksTest {
    private static final String NURSES = "Nurses";

    private static ProfileItem item(String text) {
        return new ProfileItem(Ids.newId("item"), text, JobKind.FUNCTIONAL, Level.MEDIUM, false);
    }

    /** A segment that satisfies rules 1, 2, 3 (once linked), 5. */
    private static Segment good() {
        return new Segment("", null, List.of(new Characteristic(Dimension.DEMOGRAPHIC, "25-45"),
                new Characteristic(Dimension.BEHAVIORAL, "work nights")), false, "", List.of(), SegmentColor.BLUE,
                List.of("maya"), new CustomerProfile(List.of(item("Eat after work")), List.of(), List.of()),
                List.of(RoleHolder.persona("maya", List.of(PurchaseRole.USER, PurchaseRole.BUYER, PurchaseRole.PAYER))));
    }

    private static Card segmentCard(String id, String name, Segment segment) {
        return new Card(id, name, "", CardColor.YELLOW, List.of(), EvidenceStatus.HYPOTHESIS, List.of(), segment);
    }

    private static Card plain(String id, String... links) {
        return new Card(id, id, "", CardColor.YELLOW, List.of(), EvidenceStatus.HYPOTHESIS, List.of(links), null);
    }

    /** Value proposition "vp" linked to segment "nurses" (built from {@code nurses}) and excluded "tourists". */
    private static Canvas canvas(UnaryOperator<Segment> nurses) {
        return canvas(nurses, List.of(plain("vp", "nurses")), List.of());
    }

    private static Canvas canvas(UnaryOperator<Segment> nurses, List<Card> propositions, List<Card> moreSegments) {
        Map<BlockType, List<Card>> blocks = new EnumMap<>(BlockType.class);
        blocks.put(BlockType.VALUE_PROPOSITIONS, propositions);
        List<Card> segments = new ArrayList<>();
        segments.add(segmentCard("nurses", "Nurses", nurses.apply(good())));
        segments.add(segmentCard("tourists", "Tourists", Segment.of(SegmentColor.SLATE).withExcluded(true)
                .withCharacteristics(List.of(new Characteristic(Dimension.GEOGRAPHIC, "visitors")))));
        segments.addAll(moreSegments);
        blocks.put(BlockType.CUSTOMER_SEGMENTS, segments);
        return new Canvas("canvas-1", "Today", CanvasKind.BUSINESS_MODEL, blocks);
    }

    private static List<Integer> rules(Canvas canvas) {
        return SegmentationChecks.run(canvas).stream().map(SegmentationHint::rule).toList();
    }

    private static SegmentationHint only(Canvas canvas, int rule) {
        List<SegmentationHint> hints = SegmentationChecks.run(canvas);
        assertEquals(List.of(rule), hints.stream().map(SegmentationHint::rule).toList(), hints.toString());
        SegmentationHint hint = hints.get(0);
        assertEquals("canvas-1", hint.canvasId());
        return hint;
    }

    @Test
    void theBaseCanvasIsQuietOnEveryRule() {
        assertEquals(List.of(), rules(canvas(s -> s)));
    }

    @Test
    void aCanvasWithoutSegmentsIsQuiet() {
        Canvas empty = new Canvas("c", "Empty", CanvasKind.BUSINESS_MODEL, Map.of(BlockType.VALUE_PROPOSITIONS,
                List.of(plain("vp"))));
        assertEquals(List.of(), SegmentationChecks.run(empty));
        assertEquals(List.of(), SegmentationChecks.run(new Project("P", List.of(empty))));
    }

    // --- 1: every segment is told by at least one persona ---

    @Test
    void rule1FiresForASegmentWithoutPersona() {
        SegmentationHint hint = only(canvas(s -> s.withPersonaIds(List.of())), 1);
        assertEquals("nurses", hint.cardId());
        assertEquals(SegmentationHint.Kind.NO_PERSONA, hint.kind());
        assertEquals(List.of(NURSES), hint.names());
        assertEquals(SegmentationHint.Focus.PERSONAS, hint.focus());
    }

    @Test
    void rule1IsQuietWithAPersonaOrForAnExcludedGroup() {
        assertTrue(!rules(canvas(s -> s.withPersonaIds(List.of("tom")))).contains(1));
        // "tourists" has no persona, but it is not our customer
        assertTrue(!rules(canvas(s -> s)).contains(1));
    }

    // --- 2: not demographics alone; it needs jobs, pains or gains ---

    @Test
    void rule2FiresForASegmentDescribedByDemographicsAlone() {
        SegmentationHint hint = only(canvas(s -> s.withProfile(CustomerProfile.EMPTY)
                .withCharacteristics(List.of(new Characteristic(Dimension.DEMOGRAPHIC, "25-45")))), 2);
        assertEquals("nurses", hint.cardId());
        assertEquals(SegmentationHint.Kind.DEMOGRAPHICS_ONLY, hint.kind());
        assertEquals(List.of(NURSES), hint.names());
        assertEquals(SegmentationHint.Focus.PROFILE, hint.focus());
    }

    @Test
    void rule2FiresForASegmentWithNoNeedsAtAll() {
        SegmentationHint hint = only(canvas(s -> s.withProfile(CustomerProfile.EMPTY)), 2);
        assertEquals(SegmentationHint.Kind.NO_NEEDS, hint.kind());
        assertEquals(List.of(NURSES), hint.names());
    }

    @Test
    void rule2IsQuietWhenAPainOrAGainIsKnown() {
        assertTrue(!rules(canvas(s -> s.withProfile(new CustomerProfile(List.of(), List.of(item("queues")), List.of()))))
                .contains(2));
        assertTrue(!rules(canvas(s -> s.withProfile(new CustomerProfile(List.of(), List.of(), List.of(item("fresh"))))))
                .contains(2));
    }

    // --- 3: served by at least one value proposition ---

    @Test
    void rule3FiresWhenNoValuePropositionLinksToTheSegment() {
        Map<BlockType, List<Card>> blocks = new EnumMap<>(canvas(s -> s, List.of(plain("vp")), List.of()).blocks());
        blocks.put(BlockType.CHANNELS, List.of(plain("shop", "nurses")));
        Canvas canvas = new Canvas("canvas-1", "Today", CanvasKind.BUSINESS_MODEL, blocks);
        SegmentationHint hint = only(canvas, 3);
        assertEquals("nurses", hint.cardId());
        assertEquals(SegmentationHint.Kind.NOT_SERVED, hint.kind());
        assertEquals(List.of(NURSES), hint.names());
        assertEquals(SegmentationHint.Focus.LINKS, hint.focus());
    }

    @Test
    void rule3IsQuietWhenAnyValuePropositionLinksToIt() {
        assertEquals(List.of(), rules(canvas(s -> s, List.of(plain("vp1"), plain("vp2", "tourists", "nurses")), List.of())));
    }

    // --- 4: at least one group named as not our customer ---

    @Test
    void rule4FiresWhenNoGroupIsExcludedAndNamesTheCanvas() {
        Map<BlockType, List<Card>> blocks = new EnumMap<>(canvas(s -> s).blocks());
        blocks.put(BlockType.CUSTOMER_SEGMENTS, List.of(blocks.get(BlockType.CUSTOMER_SEGMENTS).get(0)));
        SegmentationHint hint = only(new Canvas("canvas-1", "Today", CanvasKind.BUSINESS_MODEL, blocks), 4);
        assertNull(hint.cardId());
        assertEquals(SegmentationHint.Kind.NO_EXCLUDED_GROUP, hint.kind());
        assertEquals(List.of("Today"), hint.names(), "the canvas is named");
        assertEquals(SegmentationHint.Focus.SEGMENTS_BLOCK, hint.focus());
    }

    @Test
    void rule4IsQuietWithAnExcludedGroup() {
        assertTrue(!rules(canvas(s -> s)).contains(4));
    }

    // --- 5: buyer, payer and user identified ---

    @Test
    void rule5FiresAndNamesTheMissingRoles() {
        SegmentationHint hint = only(canvas(s -> s.withRoles(List.of(RoleHolder.persona("maya", List.of(PurchaseRole.BUYER))))), 5);
        assertEquals("nurses", hint.cardId());
        assertEquals(SegmentationHint.Kind.MISSING_ROLES, hint.kind());
        assertEquals(List.of(NURSES), hint.names());
        assertEquals(List.of(PurchaseRole.PAYER, PurchaseRole.USER), hint.roles(), "the roles nobody holds, buyer held");
        assertEquals(SegmentationHint.Focus.ROLES, hint.focus());
        assertEquals(5, only(canvas(s -> s.withRoles(List.of())), 5).rule());
    }

    @Test
    void rule5IsQuietWhenTheRolesAreSpreadOverPersonasAndStakeholders() {
        assertTrue(!rules(canvas(s -> s.withRoles(List.of(RoleHolder.persona("maya", List.of(PurchaseRole.USER)),
                RoleHolder.stakeholder("Hospital", List.of(PurchaseRole.BUYER, PurchaseRole.PAYER)))))).contains(5));
    }

    // --- 6: two segments are not identical in characteristics and needs ---

    @Test
    void rule6FiresForTwoSegmentsWithTheSameCharacteristicsAndNeedsNamingBoth() {
        Segment twin = good().withColor(SegmentColor.ORANGE)
                .withCharacteristics(List.of(new Characteristic(Dimension.BEHAVIORAL, "  WORK   nights "),
                        new Characteristic(Dimension.DEMOGRAPHIC, "25-45")))
                .withProfile(new CustomerProfile(List.of(item("eat after WORK")), List.of(), List.of()));
        Canvas canvas = canvas(s -> s, List.of(plain("vp", "nurses", "twin")), List.of(segmentCard("twin", "Night nurses", twin)));
        SegmentationHint hint = only(canvas, 6);
        assertEquals("twin", hint.cardId());
        assertEquals(SegmentationHint.Kind.SAME_AS_ANOTHER, hint.kind());
        assertEquals("nurses", hint.otherCardId());
        assertEquals(List.of(NURSES, "Night nurses"), hint.names(), "both are named, the first first");
        assertEquals(SegmentationHint.Focus.SEGMENT, hint.focus());
    }

    @Test
    void rule6IsQuietWhenOneNeedOrCharacteristicDiffersOrBothAreEmpty() {
        Segment other = good().withProfile(new CustomerProfile(List.of(item("Eat after work")), List.of(item("cold food")),
                List.of()));
        assertTrue(!rules(canvas(s -> s, List.of(plain("vp", "nurses", "b")), List.of(segmentCard("b", "B", other))))
                .contains(6));
        Segment sameNeedsOtherDimension = good().withCharacteristics(List.of(new Characteristic(Dimension.PSYCHOGRAPHIC,
                "25-45"), new Characteristic(Dimension.BEHAVIORAL, "work nights")));
        assertTrue(!rules(canvas(s -> s, List.of(plain("vp", "nurses", "b")),
                List.of(segmentCard("b", "B", sameNeedsOtherDimension)))).contains(6));
        // two empty segments are unfinished, not identical
        List<Integer> empty = rules(canvas(s -> s, List.of(), List.of(segmentCard("e1", "E1", Segment.of(SegmentColor.TEAL)),
                segmentCard("e2", "E2", Segment.of(SegmentColor.OLIVE)))));
        assertTrue(!empty.contains(6), empty.toString());
    }

    // --- 7: a multi-sided model has segments linked to each other's value ---

    @Test
    void rule7FiresForAMultiSidedSegmentWithNoOtherSegmentLinked() {
        SegmentationHint hint = only(canvas(s -> s.withMarketType(MarketType.MULTI_SIDED)), 7);
        assertEquals("nurses", hint.cardId());
        assertEquals(SegmentationHint.Kind.MULTI_SIDED_ALONE, hint.kind());
        assertEquals(List.of(NURSES), hint.names());
        assertEquals(SegmentationHint.Focus.LINKS, hint.focus());
    }

    @Test
    void rule7IsQuietWhenAnotherSegmentIsLinkedInEitherDirection() {
        Segment hospital = good().withCharacteristics(List.of(new Characteristic(Dimension.GEOGRAPHIC, "city")));
        Card linksToNurses = segmentCard("hospital", "Hospital", hospital).withSegmentLinks(List.of("nurses"));
        assertEquals(List.of(), rules(canvas(s -> s.withMarketType(MarketType.MULTI_SIDED),
                List.of(plain("vp", "nurses", "hospital")), List.of(linksToNurses))));

        Map<BlockType, List<Card>> blocks = new EnumMap<>(canvas(s -> s.withMarketType(MarketType.MULTI_SIDED),
                List.of(plain("vp", "nurses", "hospital")), List.of(segmentCard("hospital", "Hospital", hospital))).blocks());
        List<Card> segments = new ArrayList<>(blocks.get(BlockType.CUSTOMER_SEGMENTS));
        segments.set(0, segments.get(0).withSegmentLinks(List.of("hospital")));
        blocks.put(BlockType.CUSTOMER_SEGMENTS, segments);
        assertEquals(List.of(), rules(new Canvas("canvas-1", "Today", CanvasKind.BUSINESS_MODEL, blocks)));
    }

    @Test
    void rule7IsQuietForOtherMarketTypes() {
        for (MarketType type : MarketType.values()) {
            if (type != MarketType.MULTI_SIDED) {
                assertEquals(List.of(), rules(canvas(s -> s.withMarketType(type))), type.id());
            }
        }
    }

    // --- across a project ---

    @Test
    void hintsOfAProjectComeCanvasByCanvasAndRuleByRule() {
        Canvas first = canvas(s -> s.withPersonaIds(List.of()).withMarketType(MarketType.MULTI_SIDED));
        Canvas second = new Canvas("canvas-2", "Later", CanvasKind.PRODUCT, Map.of(BlockType.CUSTOMER_SEGMENTS,
                List.of(segmentCard("later", "", Segment.of(SegmentColor.BLUE)))));
        List<SegmentationHint> hints = SegmentationChecks.run(new Project("P", List.of(first, second)));
        assertEquals(List.of(1, 7, 1, 2, 3, 4, 5), hints.stream().map(SegmentationHint::rule).toList(), hints.toString());
        assertEquals(List.of("canvas-1", "canvas-1", "canvas-2", "canvas-2", "canvas-2", "canvas-2", "canvas-2"),
                hints.stream().map(SegmentationHint::canvasId).toList());
        assertEquals("", hints.get(2).name(), "an unnamed segment is named blank (the words say unnamed)");
        assertEquals("Later", hints.get(5).name());
    }
}
