package org.canvasboard.viewmodel;

import org.canvasboard.model.BlockType;
import org.canvasboard.model.Canvas;
import org.canvasboard.model.CanvasKind;
import org.canvasboard.model.Card;
import org.canvasboard.model.Characteristic;
import org.canvasboard.model.CustomerProfile;
import org.canvasboard.model.Dimension;
import org.canvasboard.model.JobKind;
import org.canvasboard.model.Level;
import org.canvasboard.model.Metric;
import org.canvasboard.model.Persona;
import org.canvasboard.model.ProfileItem;
import org.canvasboard.model.Project;
import org.canvasboard.model.PurchaseRole;
import org.canvasboard.model.RoleHolder;
import org.canvasboard.model.Segment;
import org.canvasboard.model.SegmentColor;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Small projects and canvases with known cards, for viewmodel tests. */
final class Fixtures {
    private Fixtures() {
    }

    /** A card with a readable, fixed id (the id equals the text). */
    static Card card(String text) {
        return new Card(text, text, "", null, List.of(), null);
    }

    /**
     * A business model canvas: key partners [p1, p2], value propositions [v1, v2, v3, v4],
     * channels [c1], customer segments [s1, s2]; the other blocks are empty.
     */
    static Canvas sampleCanvas(String id, String name) {
        Map<BlockType, List<Card>> blocks = new EnumMap<>(BlockType.class);
        blocks.put(BlockType.KEY_PARTNERS, List.of(card("p1"), card("p2")));
        blocks.put(BlockType.VALUE_PROPOSITIONS, List.of(card("v1"), card("v2"), card("v3"), card("v4")));
        blocks.put(BlockType.CHANNELS, List.of(card("c1")));
        blocks.put(BlockType.CUSTOMER_SEGMENTS, List.of(card("s1"), card("s2")));
        return new Canvas(id, name, CanvasKind.BUSINESS_MODEL, blocks);
    }

    /** A project with the sample canvas "Today" and an empty canvas "Next year". */
    static ProjectViewModel sampleProject() {
        return new ProjectViewModel(new Project("Bakery", List.of(
                sampleCanvas("today", "Today"),
                new Canvas("next", "Next year", CanvasKind.BUSINESS_MODEL, Map.of()))));
    }

    /**
     * The sample project with segments and personas. "Today": s1 and s2 are segments, v1, c1 and
     * s2 link to s1. s1 is told by persona "maya" (who is its user and buyer; stakeholder "HR" pays)
     * and has jobs j1, j2, pain p1, gain g1, a metric and two characteristics. s2 is told by maya and
     * "tom" (tom decides). "Next year": segment n-seg (told by maya, who pays) and card n-vp linking
     * to it. Personas: maya ("Maya") and tom ("Tom").
     */
    static ProjectViewModel segmentProject() {
        Segment s1 = new Segment("First", null, List.of(new Characteristic(Dimension.DEMOGRAPHIC, "nurses"),
                new Characteristic(Dimension.GEOGRAPHIC, "city")), false, "", List.of(new Metric("Size", "~400")),
                SegmentColor.BLUE, List.of("maya"), new CustomerProfile(
                        List.of(item("j1"), item("j2")), List.of(item("p1")), List.of(item("g1"))),
                List.of(new RoleHolder("h-maya", "maya", "", List.of(PurchaseRole.USER, PurchaseRole.BUYER), List.of(), List.of()),
                        new RoleHolder("h-hr", null, "HR", List.of(PurchaseRole.PAYER), List.of(item("hp1")), List.of())));
        Segment s2 = Segment.of(SegmentColor.ORANGE).withPersonaIds(List.of("maya", "tom"))
                .withRoles(List.of(new RoleHolder("h-tom", "tom", "", List.of(PurchaseRole.DECISION_MAKER), List.of(), List.of())));
        Segment n = Segment.of(SegmentColor.BLUE).withPersonaIds(List.of("maya"))
                .withRoles(List.of(new RoleHolder("h-maya2", "maya", "", List.of(PurchaseRole.PAYER), List.of(), List.of(item("hg1")))));
        Map<BlockType, List<Card>> today = new EnumMap<>(BlockType.class);
        today.put(BlockType.KEY_PARTNERS, List.of(card("p1"), card("p2")));
        today.put(BlockType.VALUE_PROPOSITIONS, List.of(card("v1").withSegmentLinks(List.of("s1")), card("v2"),
                card("v3"), card("v4")));
        today.put(BlockType.CHANNELS, List.of(card("c1").withSegmentLinks(List.of("s1"))));
        today.put(BlockType.CUSTOMER_SEGMENTS, List.of(card("s1").withSegment(s1),
                card("s2").withSegment(s2).withSegmentLinks(List.of("s1"))));
        Map<BlockType, List<Card>> next = new EnumMap<>(BlockType.class);
        next.put(BlockType.VALUE_PROPOSITIONS, List.of(card("n-vp").withSegmentLinks(List.of("n-seg"))));
        next.put(BlockType.CUSTOMER_SEGMENTS, List.of(card("n-seg").withSegment(n)));
        return new ProjectViewModel(new Project("Bakery", List.of(
                new Canvas("today", "Today", CanvasKind.BUSINESS_MODEL, today),
                new Canvas("next", "Next year", CanvasKind.BUSINESS_MODEL, next)),
                List.of(new Persona("maya", "Maya", "", "woman", "", "", List.of(), ""),
                        new Persona("tom", "Tom", "", "man", "", "", List.of(), ""))));
    }

    static ProfileItem item(String id) {
        return new ProfileItem(id, id, JobKind.FUNCTIONAL, Level.MEDIUM, false);
    }

    /** Texts of the cards of a block, in order. */
    static List<String> texts(CanvasViewModel canvas, BlockType block) {
        return canvas.block(block).cards().stream().map(CardViewModel::getText).toList();
    }

    static CardViewModel find(CanvasViewModel canvas, String id) {
        return canvas.findCard(id).orElseThrow(() -> new AssertionError("no card " + id));
    }
}
