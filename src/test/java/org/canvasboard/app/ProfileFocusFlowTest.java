package org.canvasboard.app;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.canvasboard.model.BlockType;
import org.canvasboard.model.Conversation;
import org.canvasboard.model.JobKind;
import org.canvasboard.model.Level;
import org.canvasboard.model.ProfileArea;
import org.canvasboard.model.ProfileItem;
import org.canvasboard.model.Segment;
import org.canvasboard.viewmodel.PersonaViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.canvasboard.app.RunningEditor.clickCard;
import static org.canvasboard.app.RunningEditor.ctrl;
import static org.canvasboard.app.RunningEditor.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The keyboard and focus contract of the customer profile on the real window: Enter in an add
 * field adds and keeps the field; typing, Tab, a severity, a job kind, the "outside our offering"
 * toggle and evidence from a conversation leave the focus where the user is and never recreate a
 * row; typing survives the undo of an unrelated edit. Also the card's segment links.
 */
class ProfileFocusFlowTest extends ExampleEditorFlow {
    private static final String COMMUTERS = "card-ex019";
    /** Commuters' first pain, "Bike stolen from the station rack" (severe). */
    private static final String STOLEN = "item-ex04";
    /** Commuters' first job, "Get to work on time, every day" (functional). */
    private static final String ON_TIME = "item-ex01";

    @Override
    void opened(Stage stage) {
        RunningEditor.size(stage, 1600, 1000);
    }

    private void openProfile(FxRobot robot) {
        clickCard(robot, COMMUTERS, false);
        ctrl(robot, KeyCode.DIGIT2);
        assertNotEquals(null, robot.lookup("#profile-view").tryQuery().orElse(null), "the profile is shown");
    }

    private Segment commuters() {
        return editor.card(COMMUTERS).segment();
    }

    private ProfileItem item(ProfileArea area, String id) {
        return commuters().profile().items(area).stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + area.itemName() + " " + id));
    }

    private Node focusOwner() {
        return editor.stage.getScene().getFocusOwner();
    }

    /** The focus is on the node a query finds, and not in the Find box. */
    private void assertFocusOn(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        Node owner = focusOwner();
        assertNotEquals("search", owner == null ? null : owner.getId(), "the focus went to the Find box");
        assertSame(robot.lookup(query).query(), owner, "the focus is on " + query + ", not on " + owner);
    }

    /** Every row of the profile, by id: the same objects must be there after each step. */
    private static Map<String, Node> rows(FxRobot robot) {
        return robot.lookup(".profile-item").queryAll().stream()
                .collect(Collectors.toMap(Node::getId, Function.identity()));
    }

    private static void assertRowsKept(Map<String, Node> before, Map<String, Node> now) {
        before.forEach((id, node) -> assertSame(node, now.get(id), "row " + id + " was recreated"));
    }

    /** Opens a choice box by a click and clicks the choice with this text. */
    private static void choose(FxRobot robot, String choiceBox, String text) {
        robot.clickOn(choiceBox);
        pick(robot, text);
    }

    /** Clicks the item with this text in the menu or choice list open now. */
    private static void pick(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        Node choice = robot.lookup(".menu-item").queryAll().stream()
                .filter(n -> n instanceof Parent p && p.lookupAll(".label").stream()
                        .anyMatch(l -> l instanceof Labeled labeled && text.equals(labeled.getText())))
                .findFirst().orElseThrow(() -> new AssertionError("no choice " + text));
        robot.clickOn(choice);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** True when the node lies wholly inside the visible part of the scroll pane around it. */
    private static boolean inView(Node node) {
        Node n = node.getParent();
        while (!(n instanceof ScrollPane)) {
            n = n.getParent();
        }
        ScrollPane scroll = (ScrollPane) n;
        var bounds = scroll.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        return bounds.getMinY() >= -1 && bounds.getMaxY() <= scroll.getHeight() + 1;
    }

    @Test
    void enterInAnAddFieldAddsTheItemEmptiesTheFieldAndKeepsItsFocus(FxRobot robot) {
        openProfile(robot);
        for (ProfileArea area : ProfileArea.values()) {
            Map<String, Node> before = rows(robot);
            int count = commuters().profile().items(area).size();
            robot.clickOn("#add-" + area.id()).write("First new " + area.itemName());
            key(robot, KeyCode.ENTER);
            // straight on with the next one: the field kept the keyboard
            robot.write("Second new " + area.itemName());
            key(robot, KeyCode.ENTER);
            List<ProfileItem> items = commuters().profile().items(area);
            assertEquals(count + 2, items.size(), area.id());
            assertEquals("First new " + area.itemName(), items.get(count).text());
            assertEquals("Second new " + area.itemName(), items.get(count + 1).text());
            assertEquals("", robot.lookup("#add-" + area.id()).queryAs(TextField.class).getText(), "the field is emptied");
            assertFocusOn(robot, "#add-" + area.id());
            assertRowsKept(before, rows(robot));
            assertTrue(inView(robot.lookup("#row-" + items.get(count + 1).id()).query()), "the new row is in view");
        }
        int pains = commuters().profile().pains().size();
        robot.clickOn("#add-pains").write("   ");
        key(robot, KeyCode.ENTER);
        assertEquals(pains, commuters().profile().pains().size(), "a blank pain is not added");
        assertFocusOn(robot, "#add-pains");
    }

    @Test
    void newRowsScrollIntoViewWhenTheListIsFull(FxRobot robot) {
        openProfile(robot);
        robot.clickOn("#add-gains");
        for (int i = 1; i <= 9; i++) {
            robot.write("Gain number " + i);
            key(robot, KeyCode.ENTER);
            List<ProfileItem> gains = commuters().profile().gains();
            Node row = robot.lookup("#row-" + gains.get(gains.size() - 1).id()).query();
            assertTrue(inView(row), "gain " + i + " is in view");
        }
        assertFocusOn(robot, "#add-gains");
    }

    @Test
    void typingTabbingAndEachChoiceKeepTheFocusAndTheRows(FxRobot robot) {
        openProfile(robot);
        Map<String, Node> before = rows(robot);
        String text = item(ProfileArea.PAINS, STOLEN).text();

        robot.clickOn("#item-" + STOLEN);
        key(robot, KeyCode.END);
        robot.write(" twice");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(text + " twice", item(ProfileArea.PAINS, STOLEN).text());
        assertEquals(text + " twice", robot.lookup("#item-" + STOLEN).queryAs(TextArea.class).getText());
        assertFocusOn(robot, "#item-" + STOLEN);
        assertRowsKept(before, rows(robot));

        // Tab goes through the row's controls and on to the next row, typing no tab character
        key(robot, KeyCode.TAB);
        assertFocusOn(robot, "#level-" + STOLEN);
        assertEquals(text + " twice", item(ProfileArea.PAINS, STOLEN).text());
        key(robot, KeyCode.TAB);
        assertFocusOn(robot, "#outside-" + STOLEN);
        key(robot, KeyCode.TAB);
        assertFocusOn(robot, "#remove-" + STOLEN);
        key(robot, KeyCode.TAB);
        String secondPain = commuters().profile().pains().get(1).id();
        assertFocusOn(robot, "#item-" + secondPain);
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertFocusOn(robot, "#remove-" + STOLEN);

        choose(robot, "#level-" + STOLEN, "moderate");
        assertEquals(Level.MEDIUM, item(ProfileArea.PAINS, STOLEN).level());
        assertFocusOn(robot, "#level-" + STOLEN);
        assertRowsKept(before, rows(robot));

        robot.clickOn("#outside-" + STOLEN);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(item(ProfileArea.PAINS, STOLEN).outsideOffering());
        assertTrue(robot.lookup("#outside-" + STOLEN).queryAs(ToggleButton.class).isSelected());
        assertFocusOn(robot, "#outside-" + STOLEN);
        assertRowsKept(before, rows(robot));

        choose(robot, "#kind-" + ON_TIME, "Social");
        assertEquals(JobKind.SOCIAL, item(ProfileArea.JOBS, ON_TIME).kind());
        assertFocusOn(robot, "#kind-" + ON_TIME);

        // a gain: its importance, then typing in it
        String gain = commuters().profile().gains().get(0).id();
        choose(robot, "#level-" + gain, "nice to have");
        assertEquals(Level.LOW, item(ProfileArea.GAINS, gain).level());
        assertFocusOn(robot, "#level-" + gain);
        robot.clickOn("#item-" + gain);
        key(robot, KeyCode.END);
        robot.write("!");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(item(ProfileArea.GAINS, gain).text().endsWith("!"));
        assertFocusOn(robot, "#item-" + gain);
        assertRowsKept(before, rows(robot));
        assertEquals(6, editor.project().history().undoCount(), "each change one undo step, typing one per field");
    }

    @Test
    void whatAConversationConfirmedShowsOnTheRowWhileTheUserTypesThere(FxRobot robot) {
        openProfile(robot);
        Map<String, Node> before = rows(robot);
        robot.clickOn("#item-" + STOLEN);
        key(robot, KeyCode.END);
        robot.write(" again");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#evidence-" + STOLEN).query().isVisible(), "no conversation said anything yet");
        // what the interviews form records when "Confirmed" is chosen for this pain
        robot.interact(() -> {
            PersonaViewModel maya = editor.project().persona("persona-ex01").orElseThrow();
            Conversation talk = maya.addConversation(null, "2026-04-02");
            maya.setEvidence(talk.id(), STOLEN, true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Labeled badge = robot.lookup("#evidence-" + STOLEN).queryAs(Labeled.class);
        assertTrue(badge.isVisible());
        assertEquals("\u2713 1", badge.getText());
        assertFocusOn(robot, "#item-" + STOLEN);
        assertRowsKept(before, rows(robot));
        robot.write(".");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(item(ProfileArea.PAINS, STOLEN).text().endsWith(" again."), "typing goes on where it was");
    }

    @Test
    void typingSurvivesTheUndoOfAnUnrelatedEdit(FxRobot robot) {
        openProfile(robot);
        Map<String, Node> before = rows(robot);
        TextArea field = robot.lookup("#item-" + ON_TIME).queryAs(TextArea.class);
        robot.clickOn(field);
        key(robot, KeyCode.HOME);
        robot.write("Always ");
        WaitForAsyncUtils.waitForFxEvents();
        int caret = field.getCaretPosition();
        String typed = field.getText();
        assertEquals("Always Get to work on time, every day", typed);
        // elsewhere (another window's command, a script) a card is renamed and that is undone
        robot.interact(() -> {
            editor.project().getCurrentCanvas().findCard("card-ex001").orElseThrow().changeText("Bike maker");
            editor.project().undo();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(typed, field.getText());
        assertEquals(caret, field.getCaretPosition(), "the caret stays where it was");
        assertFocusOn(robot, "#item-" + ON_TIME);
        assertRowsKept(before, rows(robot));
        assertEquals(typed, item(ProfileArea.JOBS, ON_TIME).text());
        robot.write("and ");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Always and Get to work on time, every day", item(ProfileArea.JOBS, ON_TIME).text());

        // the field's own Ctrl+Z takes back its typing and shows it
        ctrl(robot, KeyCode.Z);
        assertEquals("Always Get to work on time, every day", field.getText());
        assertFocusOn(robot, "#item-" + ON_TIME);
        assertRowsKept(before, rows(robot));
    }

    @Test
    void rankingByKeyboardAndRemovingKeepTheFocusInTheProfile(FxRobot robot) {
        openProfile(robot);
        Map<String, Node> before = rows(robot);
        String second = commuters().profile().jobs().get(1).id();
        robot.clickOn("#item-" + second);
        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(second, commuters().profile().jobs().get(0).id(), "Alt+Up ranks the job first");
        assertFocusOn(robot, "#item-" + second);
        assertRowsKept(before, rows(robot));
        assertEquals("1", robot.lookup("#row-" + second + " .profile-rank").queryAs(Labeled.class).getText());

        robot.clickOn("#remove-" + second);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, commuters().profile().jobs().size());
        assertNull(robot.lookup("#row-" + second).tryQuery().orElse(null));
        assertFocusOn(robot, "#item-" + ON_TIME);
        before.remove("row-" + second);
        assertRowsKept(before, rows(robot));
        ctrl(robot, KeyCode.Z);
        assertEquals(3, commuters().profile().jobs().size(), "undo brings the job back");
        assertFocusOn(robot, "#item-" + ON_TIME);
    }

    @Test
    void linkingACardShowsItsChipAndKeepsTheFocusOnTheLinkMenu(FxRobot robot) {
        clickCard(robot, "card-ex001", false);
        robot.clickOn("#tab-card");
        assertTrue(robot.lookup("#card-links-section .chip").queryAll().isEmpty(), "a key partner linked to nothing");

        robot.clickOn(UiFlows.inView(robot, "#link-to-segment"));
        pick(robot, "Sport cyclists");
        assertEquals(List.of("card-ex021"), editor.card("card-ex001").segmentLinks());
        Node cyclists = robot.lookup("#link-chip-card-ex021").query();
        assertFocusOn(robot, "#link-to-segment");

        robot.clickOn("#link-to-segment");
        pick(robot, "International students, one-year stay");
        assertEquals(List.of("card-ex021", "card-ex020"), editor.card("card-ex001").segmentLinks());
        assertSame(cyclists, robot.lookup("#link-chip-card-ex021").query(), "the first chip stays the same node");
        assertFocusOn(robot, "#link-to-segment");

        // the x of a chip unlinks; the focus moves to the other chip's x, not to the Find box
        Node remove = robot.lookup("#link-chip-card-ex021").query().getParent().lookup(".button");
        robot.clickOn(remove);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("card-ex020"), editor.card("card-ex001").segmentLinks());
        Node students = robot.lookup("#link-chip-card-ex020").query();
        assertSame(students.getParent().lookup(".button"), focusOwner());
    }

    /** True when the node is drawn at its full width and inside the panel around it, not cut at its right edge. */
    private static void assertWhole(Node node, Node panel) {
        var mine = node.localToScene(node.getLayoutBounds());
        var room = panel.localToScene(panel.getLayoutBounds());
        assertTrue(node.getLayoutBounds().getWidth() >= node.prefWidth(-1) - 0.5, node + " is cut short");
        assertTrue(mine.getMaxX() <= room.getMaxX() + 0.5, node + " runs off the panel's right edge: " + mine + " in " + room);
    }

    @Test
    void theLinkButtonsAndChipsKeepTheirLabelsInsideThePanel(FxRobot robot) {
        robot.interact(() -> editor.project().addCard(BlockType.CUSTOMER_SEGMENTS));
        robot.clickOn("#tab-card");
        WaitForAsyncUtils.waitForFxEvents();
        Node panel = robot.lookup("#card-details").query().getParent();
        while (!(panel instanceof ScrollPane)) {
            panel = panel.getParent();
        }
        assertTrue(robot.lookup("#open-as-segment").query().isVisible(), "a plain card in Customer Segments");
        assertWhole(robot.lookup("#link-to-segment").query(), panel);
        assertWhole(robot.lookup("#open-as-segment").query(), panel);
        robot.clickOn(UiFlows.inView(robot, "#link-to-segment"));
        pick(robot, "International students, one-year stay");
        robot.clickOn("#link-to-segment");
        pick(robot, "City commuters (25-45) without a car");
        for (String id : List.of("card-ex020", "card-ex019")) {
            Node chip = robot.lookup("#link-chip-" + id).query();
            assertWhole(chip.getParent().lookup(".button"), panel);
        }
    }

    @Test
    void typingInCardNotesSurvivesTheUndoOfAnUnrelatedEdit(FxRobot robot) {
        clickCard(robot, "card-ex002", false);
        TextArea notes = robot.lookup("#details-notes").queryAs(TextArea.class);
        robot.clickOn(notes).write("Call them");
        WaitForAsyncUtils.waitForFxEvents();
        int caret = notes.getCaretPosition();
        robot.interact(() -> {
            editor.project().getCurrentCanvas().findCard("card-ex001").orElseThrow().changeText("Bike maker");
            editor.project().undo();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Call them", notes.getText());
        assertEquals(caret, notes.getCaretPosition());
        assertFocusOn(robot, "#details-notes");
        robot.write(" soon");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Call them soon", editor.card("card-ex002").notes());
    }
}
