package org.canvasboard.ui.canvas;

import javafx.scene.Node;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The block's card layout: rows of equal columns, cards at their own height, and a row-position
 * cache that must never show a stale layout whatever is added, removed or resized.
 */
@ExtendWith(ApplicationExtension.class)
class CardFlowTest {
    private static final double GAP = 8;

    @Test
    void placesCardsInRowsAsTallAsTheirTallestCard() {
        CardFlow flow = new CardFlow(GAP);
        flow.setColumns(2, 100);
        flow.getChildren().addAll(card(30), card(50), card(20), card(40), card(10));
        flow.resize(300, 500);
        flow.layout();

        List<Node> cards = flow.getChildren();
        assertEquals(List.of(0.0, 108.0, 0.0, 108.0, 0.0), cards.stream().map(Node::getLayoutX).toList());
        assertEquals(List.of(0.0, 0.0, 58.0, 58.0, 106.0), cards.stream().map(Node::getLayoutY).toList());
        assertEquals(30, ((Region) cards.get(0)).getHeight(), "a card keeps its own height, it is not stretched");
        assertEquals(100, ((Region) cards.get(0)).getWidth());
        assertEquals(116, flow.prefHeight(-1), "three rows of 50, 40 and 10 with two gaps");
        assertEquals(208, flow.prefWidth(-1));
    }

    @Test
    void randomEditsAlwaysGiveTheLayoutAFreshFlowWouldGive() {
        Random random = new Random(20261129);
        CardFlow flow = new CardFlow(GAP);
        flow.resize(600, 2000);
        List<Region> cards = new ArrayList<>();
        for (int step = 0; step < 400; step++) {
            int action = random.nextInt(4);
            if (action == 0 || cards.isEmpty()) {
                Region card = card(10 + random.nextInt(80));
                int at = random.nextInt(cards.size() + 1);
                cards.add(at, card);
                flow.getChildren().add(at, card);
            } else if (action == 1) {
                flow.getChildren().remove(cards.remove(random.nextInt(cards.size())));
            } else if (action == 2) {
                cards.get(random.nextInt(cards.size())).setPrefHeight(10 + random.nextInt(80));
            } else {
                flow.setColumns(1 + random.nextInt(4), 60 + random.nextInt(80));
            }
            flow.layout();
            assertEquals(expected(cards, flow.columns(), flow.cardWidth()), actual(cards), "after step " + step);
        }
    }

    private static List<List<Double>> expected(List<Region> cards, int columns, double width) {
        List<List<Double>> boxes = new ArrayList<>();
        double top = 0;
        for (int row = 0; row * columns < cards.size(); row++) {
            double height = 0;
            for (int i = row * columns; i < Math.min(cards.size(), (row + 1) * columns); i++) {
                height = Math.max(height, cards.get(i).getPrefHeight());
            }
            for (int i = row * columns; i < Math.min(cards.size(), (row + 1) * columns); i++) {
                boxes.add(List.of((i % columns) * (width + GAP), top, width, cards.get(i).getPrefHeight()));
            }
            top += height + GAP;
        }
        return boxes;
    }

    private static List<List<Double>> actual(List<Region> cards) {
        return cards.stream().map(c -> List.of(c.getLayoutX(), c.getLayoutY(), c.getWidth(), c.getHeight())).toList();
    }

    private static Region card(double height) {
        Region card = new Region();
        card.setPrefHeight(height);
        return card;
    }
}
