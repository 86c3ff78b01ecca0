package org.canvasboard.app;

import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import org.canvasboard.model.EvidenceStatus;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A card's marks explain themselves when the pointer rests on them, though their tips are only
 * made on first need; a changed status changes the tip.
 */
class CardTipsFlowTest extends ExampleEditorFlow {
    @Test
    void theStatusMarkShowsItsTipAndTheTipFollowsTheStatus(FxRobot robot) throws Exception {
        Node mark = robot.lookup("#card-ex001 .card-mark").query();
        EvidenceStatus before = editor.card("card-ex001").status();
        assertEquals(before.label(), shownTipAfterHovering(robot, mark));
        EvidenceStatus after = before == EvidenceStatus.HYPOTHESIS ? EvidenceStatus.INVALIDATED : EvidenceStatus.HYPOTHESIS;

        robot.moveTo(robot.point("#zoom-pane").atPosition(javafx.geometry.Pos.TOP_LEFT).atOffset(new javafx.geometry.Point2D(5, 5)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> showingTip(robot) == null);
        robot.interact(() -> editor.project().getCurrentCanvas().findCard("card-ex001").orElseThrow()
                .changeStatus(after));
        WaitForAsyncUtils.waitForFxEvents();
        Node markNow = robot.lookup("#card-ex001 .card-mark").query();
        assertEquals(after.label(), shownTipAfterHovering(robot, markNow));
    }

    private static String shownTipAfterHovering(FxRobot robot, Node mark) throws Exception {
        robot.moveTo(mark).moveBy(1, 0).moveBy(-1, 1);
        WaitForAsyncUtils.waitFor(8, TimeUnit.SECONDS, () -> showingTip(robot) != null);
        return showingTip(robot).getText();
    }

    private static Tooltip showingTip(FxRobot robot) {
        for (Window window : robot.listWindows()) {
            if (window instanceof Tooltip tip && tip.isShowing()) {
                return tip;
            }
        }
        return null;
    }
}
