package org.canvasboard.app;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.canvasboard.model.BlockType;
import org.canvasboard.viewmodel.CanvasViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Optional;

import static org.canvasboard.app.RunningEditor.clickCard;
import static org.canvasboard.app.RunningEditor.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A block with far more cards than it can show: only those near its visible part are in the
 * scene, and walking to the last card with the keyboard brings it into view, where it can be
 * edited in place like any other.
 */
class CrowdedBlockFlowTest extends ExampleEditorFlow {
    private static final int ADDED = 60;

    @Test
    void theLastOfManyCardsIsReachedByKeyboardAndEditedInPlace(FxRobot robot) {
        crowdKeyPartners(robot);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> ids = editor.ids(BlockType.KEY_PARTNERS);
        String first = ids.get(0);
        String last = ids.get(ids.size() - 1);
        assertFalse(showing(robot, last), "the last card is far below the visible part, so not in the scene");

        clickCard(robot, first, false);
        for (int i = 1; i < ids.size(); i++) {
            robot.type(KeyCode.DOWN);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(last, editor.project().selection().getLead().id());
        assertTrue(showsSoon(robot, last), "walking to the last card brings it into the scene");
        Node block = robot.lookup("#block-keyPartners .block-scroll").query();
        Bounds card = robot.lookup("#" + last).query().localToScreen(robot.lookup("#" + last).query().getBoundsInLocal());
        Bounds visible = block.localToScreen(block.getBoundsInLocal());
        assertTrue(visible.contains(card.getMinX() + 2, card.getMinY() + 2) && visible.contains(card.getMaxX() - 2, card.getMaxY() - 2),
                "the last card is scrolled fully into view: " + card + " in " + visible);
        assertFalse(showing(robot, first), "the first card, far above now, has left the scene");

        key(robot, KeyCode.ENTER);
        robot.write("Edited at the bottom");
        key(robot, KeyCode.ENTER);
        assertEquals("Edited at the bottom", editor.card(last).text());

        // a new card in a crowded block opens for typing where it lands, below all the others
        robot.clickOn("#add-keyPartners");
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Newest partner");
        key(robot, KeyCode.ENTER);
        List<String> after = editor.ids(BlockType.KEY_PARTNERS);
        assertEquals(ids.size() + 1, after.size());
        assertEquals("Newest partner", editor.card(after.get(after.size() - 1)).text());
        assertTrue(showsSoon(robot, after.get(after.size() - 1)));
    }

    @Test
    void aCardDraggedFromFarDownACrowdedBlockLandsWhereItIsDropped(FxRobot robot) {
        crowdKeyPartners(robot);
        List<String> ids = editor.ids(BlockType.KEY_PARTNERS);
        String deep = ids.get(ids.size() - 2);
        clickCard(robot, ids.get(0), false);
        for (int i = 1; i < ids.size() - 1; i++) {
            robot.type(KeyCode.DOWN);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(showsSoon(robot, deep));
        assertFalse(showing(robot, ids.get(0)), "the top of the block has left the scene");

        Node deepNode = robot.lookup("#" + deep).query();
        robot.drag(deepNode).dropTo("#block-channels .block-title");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(editor.ids(BlockType.KEY_PARTNERS).contains(deep));
        assertEquals(deep, editor.ids(BlockType.CHANNELS).get(0), "dropped on the title, it goes to the top of Channels");
        assertTrue(showsSoon(robot, ids.get(ids.size() - 1)), "the card that was below it is still in the scene");

        // within the block, far down: the last card dropped on the upper half of the card four above it
        String last = ids.get(ids.size() - 1);
        String target = ids.get(ids.size() - 5);
        assertTrue(showsSoon(robot, target));
        Node targetNode = robot.lookup("#" + target).query();
        Bounds before = targetNode.localToScreen(targetNode.getLayoutBounds());
        robot.drag(robot.lookup("#" + last).<Node>query()).moveTo(targetNode).moveBy(0, -before.getHeight() / 4);
        WaitForAsyncUtils.waitForFxEvents();
        Node marker = robot.lookup("#block-keyPartners .drop-marker").query();
        Bounds bar = marker.localToScreen(marker.getLayoutBounds());
        assertTrue(marker.isVisible() && bar.getMaxY() <= before.getMinY() + 0.5 && bar.getMinY() >= before.getMinY() - 8,
                "a bar in the gap above the card it would land before: " + bar + " above " + before);
        assertEquals(before, targetNode.localToScreen(targetNode.getLayoutBounds()),
                "showing where the card would land moves nothing under the pointer");
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        List<String> now = editor.ids(BlockType.KEY_PARTNERS);
        assertEquals(now.indexOf(target) - 1, now.indexOf(last), "it lands just before the card it was dropped on: " + now);
    }

    @Test
    void holdingADraggedCardAtABlocksEdgeScrollsItSoTheCardCanGoFarDown(FxRobot robot) {
        crowdKeyPartners(robot);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> ids = editor.ids(BlockType.KEY_PARTNERS);
        javafx.scene.control.ScrollPane scroll = robot.lookup("#block-keyPartners .block-scroll")
                .queryAs(javafx.scene.control.ScrollPane.class);
        Bounds view = scroll.localToScreen(scroll.getLayoutBounds());
        assertEquals(0, scroll.getVvalue(), 0.001);

        robot.drag(RunningEditor.cardNode(robot, ids.get(0)))
                .moveTo(new javafx.geometry.Point2D(view.getCenterX(), view.getMaxY() - 6));
        WaitForAsyncUtils.sleep(1500, java.util.concurrent.TimeUnit.MILLISECONDS);
        double held = scroll.getVvalue();
        assertTrue(held > 0.2, "held at the bottom edge, the block scrolled down: " + held);
        robot.moveTo(new javafx.geometry.Point2D(view.getCenterX(), view.getCenterY()));
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        double away = scroll.getVvalue();
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertEquals(away, scroll.getVvalue(), 0.001, "away from the edge it stops");
        // the card was scrolled far out of its block's view: its picture must still follow
        Node other = robot.lookup("#block-keyActivities").query();
        Bounds there = other.localToScreen(other.getLayoutBounds());
        robot.moveTo(new javafx.geometry.Point2D(there.getCenterX(), there.getCenterY()));
        robot.moveTo(new javafx.geometry.Point2D(view.getCenterX(), view.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        Node ghost = robot.lookup(".drag-ghost").query();
        Bounds picture = ghost.localToScreen(ghost.getLayoutBounds());
        assertTrue(Math.abs(picture.getCenterY() - view.getCenterY()) < picture.getHeight() + 10,
                "the dragged card's picture follows the pointer: " + picture + " for " + view.getCenterY());
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        int landed = editor.ids(BlockType.KEY_PARTNERS).indexOf(ids.get(0));
        assertTrue(landed > 10, "the card went far down the block: " + landed);
    }

    @Test
    void theSelectedCardStaysInViewWhenTheZoomChanges(FxRobot robot) {
        String last = crowdAndSelectTheLastKeyPartner(robot);
        assertTrue(fullyInView(robot, last), "selected, the card is scrolled into view");

        RunningEditor.ctrl(robot, KeyCode.MINUS);
        WaitForAsyncUtils.sleep(600, java.util.concurrent.TimeUnit.MILLISECONDS);
        RunningEditor.ctrl(robot, KeyCode.DIGIT0);
        WaitForAsyncUtils.sleep(600, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fullyInView(robot, last), "laid out again for 100 %, the block still shows the selected card");
    }

    @Test
    void undoingADeletionShowsTheCardAgainSelected(FxRobot robot) {
        String last = crowdAndSelectTheLastKeyPartner(robot);
        RunningEditor.key(robot, KeyCode.DELETE);
        javafx.scene.control.ScrollPane scroll = robot.lookup("#block-keyPartners .block-scroll")
                .queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(0)); // the user scrolls back up, then thinks better of it
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(editor.ids(BlockType.KEY_PARTNERS).contains(last));

        RunningEditor.ctrl(robot, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(editor.ids(BlockType.KEY_PARTNERS).contains(last), "undo brings the card back");
        assertEquals(last, editor.project().selection().getLead().id(), "selected again");
        assertTrue(fullyInView(robot, last), "and scrolled into view, where the block was left at its top");
    }

    /** Crowds Key Partners and selects its last card (which the block scrolls to); returns its id. */
    private String crowdAndSelectTheLastKeyPartner(FxRobot robot) {
        crowdKeyPartners(robot);
        List<String> ids = editor.ids(BlockType.KEY_PARTNERS);
        String last = ids.get(ids.size() - 1);
        robot.interact(() -> editor.project().selection().select(
                editor.project().getCurrentCanvas().findCard(last).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        return last;
    }

    /** Whether a card is wholly inside the visible part of its block. */
    private static boolean fullyInView(FxRobot robot, String id) {
        if (!showing(robot, id)) {
            return false;
        }
        Node card = robot.lookup("#" + id).query();
        Node block = robot.lookup("#block-keyPartners .block-scroll").query();
        Bounds c = card.localToScreen(card.getLayoutBounds());
        Bounds v = block.localToScreen(block.getLayoutBounds());
        return c.getMinY() >= v.getMinY() - 0.5 && c.getMaxY() <= v.getMaxY() + 0.5;
    }

    /** Adds {@value #ADDED} cards at the end of Key Partners, far more than the block can show. */
    private void crowdKeyPartners(FxRobot robot) {
        CanvasViewModel canvas = editor.project().getCurrentCanvas();
        robot.interact(() -> {
            for (int i = 0; i < ADDED; i++) {
                canvas.addCard(BlockType.KEY_PARTNERS, canvas.block(BlockType.KEY_PARTNERS).cards().size(), "Partner " + (i + 1));
            }
        });
    }

    /** Whether a card is in the scene and showing. */
    /** Cards join the scene a few per frame: whether this one is there within a second. */
    private static boolean showsSoon(FxRobot robot, String id) {
        try {
            WaitForAsyncUtils.waitFor(1, java.util.concurrent.TimeUnit.SECONDS, () -> showing(robot, id));
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    private static boolean showing(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        Optional<Node> node = robot.lookup("#" + id).tryQuery();
        return node.isPresent() && node.get().getScene() != null && node.get().isVisible();
    }
}
