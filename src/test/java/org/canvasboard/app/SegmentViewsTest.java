package org.canvasboard.app;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.canvasboard.model.BlockType;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.canvasboard.app.RunningEditor.clickCard;
import static org.canvasboard.app.RunningEditor.ctrl;
import static org.canvasboard.app.RunningEditor.has;
import static org.canvasboard.app.RunningEditor.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The segment views on the bundled example: highlight, comparison, gallery, checks, guards. */
class SegmentViewsTest extends ExampleEditorFlow {
    private static final String COMMUTERS = "card-ex019";
    private static final String STUDENTS = "card-ex020";

    @Override
    void opened(Stage stage) {
        RunningEditor.size(stage, 1600, 1000);
    }

    @Test
    void selectingASegmentHighlightsWhatIsLinkedToItAndDimsTheRest(FxRobot robot) {
        clickCard(robot, COMMUTERS, false);
        assertTrue(has(robot.lookup("#card-ex010").query(), "linked"), "a value proposition for commuters");
        assertTrue(has(robot.lookup("#card-ex017").query(), "linked"), "a channel for commuters");
        assertTrue(has(robot.lookup("#card-ex001").query(), "unrelated"), "a key partner, not linked");
        assertTrue(has(robot.lookup("#" + STUDENTS).query(), "unrelated"));
        assertFalse(has(robot.lookup("#" + COMMUTERS).query(), "unrelated"));
        assertEquals("Segment", robot.lookup("#side-tabs").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().getSelectedItem().getText(), "a segment opens the Segment tab");

        clickCard(robot, "card-ex001", false);
        assertFalse(has(robot.lookup("#card-ex010").query(), "linked"), "a plain card selected: no highlight");
        assertFalse(has(robot.lookup("#" + STUDENTS).query(), "unrelated"));
    }

    @Test
    void linkedCardsShowTheirSegmentsColoursAndLinkChipsNavigate(FxRobot robot) {
        // "No big upfront purchase" is for students (orange) and commuters (blue)
        List<Node> dots = List.copyOf(robot.lookup("#card-ex012 .card-links .segment-dot").queryAll());
        assertEquals(2, dots.size());
        clickCard(robot, "card-ex012", false);
        robot.clickOn("#tab-card");
        robot.clickOn("#link-chip-" + STUDENTS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(STUDENTS, editor.project().selection().getLead().id(), "the chip selects its segment");
    }

    @Test
    void compareShowsAColumnPerSegmentWithItsPersonasAndLinkedPropositions(FxRobot robot) {
        ctrl(robot, KeyCode.DIGIT4);
        List<String> headers = List.of(0, 1, 2).stream()
                .map(i -> robot.lookup("#compare-header-" + i).queryAs(Label.class).getText()).toList();
        assertEquals(List.of("City commuters (25-45) without a car", "International students, one-year stay",
                "Sport cyclists"), headers);
        String all = robot.lookup(".compare-cell").queryAllAs(Labeled.class).stream().map(Labeled::getText)
                .reduce("", (a, b) -> a + "\n" + b);
        assertTrue(all.contains("Maya"), all);
        assertTrue(all.contains("Jonas: user, buyer"), all);
        assertTrue(all.contains("No big upfront purchase"), all);
        assertTrue(all.contains("Not our customer"), all);
    }

    @Test
    void deletingAPersonaInTheGalleryUnlinksItAndUndoBringsItBack(FxRobot robot) {
        ctrl(robot, KeyCode.DIGIT3);
        robot.clickOn("#persona-tile-persona-ex02");
        robot.clickOn(UiFlows.inView(robot, "#delete-persona"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, editor.model().personas().size());
        assertEquals(List.of(), editor.card(STUDENTS).segment().personaIds());
        assertEquals("Jonas", editor.card(STUDENTS).segment().roles().get(0).name(),
                "the roles Jonas held stay with a stakeholder of his name");
        ctrl(robot, KeyCode.Z);
        assertEquals(3, editor.model().personas().size());
        assertEquals(List.of("persona-ex02"), editor.card(STUDENTS).segment().personaIds());
        assertEquals("persona-ex02", editor.card(STUDENTS).segment().roles().get(0).personaId());
    }

    @Test
    void cardCommandsDoNothingWhileTheCanvasIsNotShown(FxRobot robot) {
        clickCard(robot, "card-ex001", false);
        ctrl(robot, KeyCode.DIGIT3);
        key(robot, KeyCode.DELETE);
        assertEquals(3, editor.cards(BlockType.KEY_PARTNERS).size(), "Delete in the gallery keeps the hidden card");
        assertTrue(robot.lookup("#status-message").queryAs(Label.class).getText().contains("Ctrl+1"));
        ctrl(robot, KeyCode.DIGIT1);
        key(robot, KeyCode.DELETE);
        assertEquals(2, editor.cards(BlockType.KEY_PARTNERS).size(), "on the canvas Delete works");
    }

    @Test
    void aHintAboutAWholeCanvasShowsThatCanvas(FxRobot robot) {
        robot.clickOn("#tab-checks");
        Node hint = robot.lookup(".hint-item").queryAll().stream()
                .filter(n -> n.getAccessibleText().contains("Next year: offices\u201d is named as not our customer"))
                .findFirst().orElseThrow(() -> new AssertionError("the second canvas names no excluded group"));
        robot.clickOn(hint);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Next year: offices", editor.project().getCurrentCanvas().getName());
    }
}
