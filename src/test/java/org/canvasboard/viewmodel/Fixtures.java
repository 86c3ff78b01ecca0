package org.canvasboard.viewmodel;

import org.canvasboard.model.BlockType;
import org.canvasboard.model.Canvas;
import org.canvasboard.model.CanvasKind;
import org.canvasboard.model.Card;
import org.canvasboard.model.Project;

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

    /** Texts of the cards of a block, in order. */
    static List<String> texts(CanvasViewModel canvas, BlockType block) {
        return canvas.block(block).cards().stream().map(CardViewModel::getText).toList();
    }

    static CardViewModel find(CanvasViewModel canvas, String id) {
        return canvas.findCard(id).orElseThrow(() -> new AssertionError("no card " + id));
    }
}
