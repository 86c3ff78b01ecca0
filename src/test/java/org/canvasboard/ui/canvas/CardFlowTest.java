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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The block's card layout: rows of equal columns, cards at their own height, and a row-position
 * cache that must never show a stale layout whatever is added, removed or resized.
 */
@ExtendWith(ApplicationExtension.class)
class CardFlowTest {
    private static final double GAP = 8;
    /** This test's pace for cards near the visible part (a new one per test: no queue is shared). */
    private final CardReadying readying = new CardReadying();

    @Test
    void placesCardsInRowsAsTallAsTheirTallestCard() {
        onFx(this::placesCardsInRowsAsTallAsTheirTallestCardOnFx);
    }

    private void placesCardsInRowsAsTallAsTheirTallestCardOnFx() {
        CardFlow flow = new CardFlow(GAP, readying);
        flow.setColumns(2, 100);
        flow.setCards(List.of(card(30), card(50), card(20), card(40), card(10)));
        flow.resize(300, 500);
        flow.layout();

        List<Node> cards = flow.getChildren();
        assertEquals(5, cards.size(), "with no viewport told, every card is shown");
        assertEquals(List.of(0.0, 108.0, 0.0, 108.0, 0.0), cards.stream().map(Node::getLayoutX).toList());
        assertEquals(List.of(0.0, 0.0, 58.0, 58.0, 106.0), cards.stream().map(Node::getLayoutY).toList());
        assertEquals(30, ((Region) cards.get(0)).getHeight(), "a card keeps its own height, it is not stretched");
        assertEquals(100, ((Region) cards.get(0)).getWidth());
        assertEquals(116, flow.prefHeight(-1), "three rows of 50, 40 and 10 with two gaps");
        assertEquals(208, flow.prefWidth(-1));
    }

    @Test
    void randomEditsAlwaysGiveTheLayoutAFreshFlowWouldGive() {
        onFx(this::randomEditsAlwaysGiveTheLayoutAFreshFlowWouldGiveOnFx);
    }

    private void randomEditsAlwaysGiveTheLayoutAFreshFlowWouldGiveOnFx() {
        Random random = new Random(20261129);
        CardFlow flow = new CardFlow(GAP, readying);
        flow.resize(600, 2000);
        List<Region> cards = new ArrayList<>();
        for (int step = 0; step < 400; step++) {
            int action = random.nextInt(4);
            if (action == 0 || cards.isEmpty()) {
                Region card = card(10 + random.nextInt(80));
                int at = random.nextInt(cards.size() + 1);
                cards.add(at, card);
                flow.setCards(cards);
            } else if (action == 1) {
                cards.remove(random.nextInt(cards.size()));
                flow.setCards(cards);
            } else if (action == 2) {
                cards.get(random.nextInt(cards.size())).setPrefHeight(10 + random.nextInt(80));
            } else {
                flow.setColumns(1 + random.nextInt(4), 60 + random.nextInt(80));
            }
            flow.layout();
            assertEquals(expected(cards, flow.columns(), flow.cardWidth()), actual(cards), "after step " + step);
        }
    }

    @Test
    void onlyCardsNearTheVisiblePartAreInTheSceneAndTheyStandWhereTheFullLayoutPutsThem() {
        onFx(this::onlyCardsNearTheVisiblePartAreInTheSceneAndTheyStandWhereTheFullLayoutPutsThemOnFx);
    }

    private void onlyCardsNearTheVisiblePartAreInTheSceneAndTheyStandWhereTheFullLayoutPutsThemOnFx() {
        List<Region> cards = cardsOf(100, 50);
        double[] top = {0};
        CardFlow flow = scrolledColumn(cards, top, 200);
        // visible 0-200, one viewport of margin either side: rows starting up to 400
        assertEquals(cards.subList(0, 7), shown(flow));
        assertEquals(100 * 50 + 99 * GAP, flow.prefHeight(-1), "the full height counts every card");

        top[0] = 2900;
        flow.viewportMoved();
        settle(flow);
        List<Node> shown = shown(flow);
        // visible 2900-3100, margins to 2700 and 3300: rows 46 (ends at 2718) to 56 (starts at 3248)
        assertEquals(cards.subList(46, 57), shown);
        for (Node node : shown) {
            assertEquals(cards.indexOf(node) * (50 + GAP), node.getLayoutY(), "card " + cards.indexOf(node));
        }
    }

    @Test
    void visibleCardsJoinTheSceneAtOnceAndTheOnesNearThemAFewPerFrame() {
        onFx(this::visibleCardsJoinTheSceneAtOnceAndTheOnesNearThemAFewPerFrameOnFx);
    }

    private void visibleCardsJoinTheSceneAtOnceAndTheOnesNearThemAFewPerFrameOnFx() {
        List<Region> cards = cardsOf(100, 50);
        double[] top = {0};
        CardFlow flow = scrolledColumn(cards, top, 400);
        readying.nextFrame();
        top[0] = 4005; // far from any card shown so far: rows 69 (4002-4052) to 75 (4350-4400) are in view
        flow.viewportMoved();
        flow.layout();
        List<Node> shown = shown(flow);
        assertTrue(shown.containsAll(cards.subList(69, 76)), "the cards in view are there in the same frame: " + shown);
        assertTrue(shown.size() <= 7 + CardReadying.PER_FRAME, "the margin waits for later frames: " + shown.size());

        settle(flow);
        // margins to 3605 and 4805: rows 62 (ends at 3646) to 82 (starts at 4756)
        assertEquals(cards.subList(62, 83), shown(flow), "a few frames later the margin is ready too");
    }

    @Test
    void duringAZoomGestureOnlyTheCardsInViewJoin() {
        onFx(this::duringAZoomGestureOnlyTheCardsInViewJoinOnFx);
    }

    private void duringAZoomGestureOnlyTheCardsInViewJoinOnFx() {
        List<Region> cards = cardsOf(100, 50);
        double[] top = {0};
        CardFlow flow = scrolledColumn(cards, top, 400);
        readying.hold(true);
        try {
            top[0] = 4005;
            flow.viewportMoved();
            settle(flow);
            assertEquals(cards.subList(69, 76), shown(flow), "frames pass, but while the gesture runs only the cards in view join");
        } finally {
            readying.hold(false);
        }
        settle(flow);
        assertEquals(cards.subList(62, 83), shown(flow), "after the gesture the margin joins too");
    }

    @Test
    void eachCanvasViewHasItsOwnShareOfCardsPerFrame() {
        onFx(this::eachCanvasViewHasItsOwnShareOfCardsPerFrameOnFx);
    }

    private void eachCanvasViewHasItsOwnShareOfCardsPerFrameOnFx() {
        List<Region> these = cardsOf(100, 50);
        List<Region> others = cardsOf(100, 50);
        double[] top = {0};
        double[] otherTop = {0};
        CardReadying otherView = new CardReadying();
        CardFlow flow = scrolledColumn(these, top, 400);
        CardFlow otherFlow = scrolledColumn(others, otherTop, 400, otherView);
        readying.nextFrame();
        otherView.nextFrame();
        top[0] = 4005;
        otherTop[0] = 4005;
        flow.viewportMoved();
        otherFlow.viewportMoved();
        flow.layout();
        otherFlow.layout();
        assertEquals(7 + CardReadying.PER_FRAME, shown(flow).size(), "this view's share of the frame, all used");
        assertEquals(7 + CardReadying.PER_FRAME, shown(otherFlow).size(), "the other view had a share of its own");
    }

    @Test
    void aZoomGestureInOneCanvasViewHoldsNoOtherViewsCards() {
        onFx(this::aZoomGestureInOneCanvasViewHoldsNoOtherViewsCardsOnFx);
    }

    private void aZoomGestureInOneCanvasViewHoldsNoOtherViewsCardsOnFx() {
        List<Region> these = cardsOf(100, 50);
        List<Region> others = cardsOf(100, 50);
        double[] top = {0};
        double[] otherTop = {0};
        CardReadying otherView = new CardReadying();
        CardFlow flow = scrolledColumn(these, top, 400);
        CardFlow otherFlow = scrolledColumn(others, otherTop, 400, otherView);
        readying.hold(true);
        top[0] = 4005;
        otherTop[0] = 4005;
        flow.viewportMoved();
        otherFlow.viewportMoved();
        for (int frame = 0; frame < 30; frame++) {
            readying.nextFrame();
            otherView.nextFrame();
            flow.layout();
            otherFlow.layout();
        }
        assertEquals(these.subList(69, 76), shown(flow), "held: only the cards in view");
        assertEquals(others.subList(62, 83), shown(otherFlow), "the other view's margin joined all the same");
    }

    @Test
    void cardsNeverShownCountAsTheAverageOfThoseMeasuredAndAreCorrectedWhenShown() {
        onFx(this::cardsNeverShownCountAsTheAverageOfThoseMeasuredAndAreCorrectedWhenShownOnFx);
    }

    private void cardsNeverShownCountAsTheAverageOfThoseMeasuredAndAreCorrectedWhenShownOnFx() {
        List<Region> cards = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            cards.add(card(i < 10 ? 40 : 90));
        }
        double[] top = {0};
        CardFlow flow = scrolledColumn(cards, top, 100);
        // the first cards (40 high) are measured; the rest are taken to be 40 high too
        assertEquals(10 * 40 + 40 * 40 + 49 * GAP, flow.prefHeight(-1));

        top[0] = 1200;
        flow.viewportMoved();
        settle(flow);
        assertTrue(flow.prefHeight(-1) > 10 * 40 + 40 * 40 + 49 * GAP, "measuring taller cards grew the flow");
        List<Node> shown = shown(flow);
        assertTrue(shown.size() >= 3, shown.toString());
        for (int i = 0; i < shown.size(); i++) {
            assertEquals(90, ((Region) shown.get(i)).getHeight(), "a shown card has its own height");
            if (i > 0) {
                assertEquals(shown.get(i - 1).getLayoutY() + 90 + GAP, shown.get(i).getLayoutY(), "shown cards do not overlap");
            }
        }
    }

    @Test
    void theCardsInViewStayPutWhenCardsAboveThemChangeHeight() {
        onFx(this::theCardsInViewStayPutWhenCardsAboveThemChangeHeightOnFx);
    }

    private void theCardsInViewStayPutWhenCardsAboveThemChangeHeightOnFx() {
        List<Region> cards = cardsOf(60, 50);
        double[] top = {0};
        CardFlow flow = scrolledColumn(cards, top, 200);
        top[0] = 40 * (50 + GAP) + 20; // card 40 starts 20 above the visible part
        flow.viewportMoved();
        settle(flow);
        double card42 = cards.get(42).getLayoutY() - top[0];
        assertTrue(card42 > 0 && card42 < 200, "card 42 is in view: " + card42);

        cards.get(38).setPrefHeight(130); // above the visible part, and shown (within the margin)
        flow.layout();
        assertEquals(card42, cards.get(42).getLayoutY() - top[0], "a card above grew: the view follows the cards");

        cards.add(10, card(70)); // far above, never shown
        cards.remove(0);
        flow.setCards(cards);
        flow.layout();
        assertEquals(card42, cards.get(42).getLayoutY() - top[0], "cards added and removed above: the view follows the cards");

        top[0] = flow.prefHeight(-1) - 200; // the bottom
        flow.viewportMoved();
        settle(flow);
        cards.remove(58);
        flow.setCards(cards);
        flow.layout();
        Region last = cards.get(cards.size() - 1);
        assertEquals(flow.prefHeight(-1), last.getLayoutY() + last.getHeight(), 0.5);
        assertEquals(Math.min(top[0], flow.prefHeight(-1) - 200) + 200, last.getLayoutY() + last.getHeight(), 0.5,
                "at the bottom, the card before the last one removed: the last card still ends where the view ends");
    }

    /**
     * One column of 100-wide cards, laid out once, seen through a viewport of the given height
     * whose top is {@code top[0]} (change it, then call viewportMoved and layout). The flow may
     * scroll it as far as its content allows.
     */
    private CardFlow scrolledColumn(List<Region> cards, double[] top, double viewportHeight) {
        return scrolledColumn(cards, top, viewportHeight, readying);
    }

    /** The same, for a flow of another canvas view: its cards join at the pace of {@code pace}. */
    private static CardFlow scrolledColumn(List<Region> cards, double[] top, double viewportHeight, CardReadying pace) {
        CardFlow flow = new CardFlow(GAP, pace);
        flow.setColumns(1, 100);
        // like a scroll pane, the visible part never goes past the end of the content
        flow.setViewport(() -> Math.max(0, Math.min(top[0], flow.prefHeight(-1) - viewportHeight)), () -> viewportHeight,
                wanted -> top[0] = wanted);
        flow.setCards(cards);
        flow.resize(120, 6000);
        for (int frame = 0; frame < 30; frame++) {
            pace.nextFrame();
            flow.layout();
        }
        return flow;
    }

    /**
     * Lets frames pass until the cards near the visible part have joined the scene (the visible
     * ones join at once, the others a few per frame).
     */
    private void settle(CardFlow flow) {
        for (int frame = 0; frame < 30; frame++) {
            readying.nextFrame();
            flow.layout();
        }
    }

    private static List<Region> cardsOf(int count, double height) {
        List<Region> cards = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cards.add(card(height));
        }
        return cards;
    }

    /** Runs on the JavaFX thread, as the flow always does in the app (it defers work to it). */
    private static void onFx(Runnable body) {
        org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(20_000, body);
    }

    /** The cards showing, top to bottom (hidden ones leave the scene a moment later). */
    private static List<Node> shown(CardFlow flow) {
        return flow.getChildren().stream().filter(flow::isShown)
                .sorted(java.util.Comparator.comparingDouble(Node::getLayoutY)).toList();
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
