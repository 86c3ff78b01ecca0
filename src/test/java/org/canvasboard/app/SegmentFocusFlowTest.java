package org.canvasboard.app;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.canvasboard.model.BlockType;
import org.canvasboard.model.MarketType;
import org.canvasboard.model.PurchaseRole;
import org.canvasboard.model.RoleHolder;
import org.canvasboard.model.Segment;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;

import static org.canvasboard.app.RunningEditor.ctrl;
import static org.canvasboard.app.RunningEditor.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The keyboard and focus contract of the segment panel, on the real window: what is typed lands
 * in the field it was typed in, the focus stays where the user put it (never the Find box), and
 * no row is made again when something else changes.
 */
class SegmentFocusFlowTest extends ExampleEditorFlow {
    private static final String COMMUTERS = "card-ex019";

    @Override
    void opened(Stage stage) {
        RunningEditor.size(stage, 1600, 1000);
    }

    private void openCommuters(FxRobot robot) {
        RunningEditor.clickCard(robot, COMMUTERS, false);
        ctrl(robot, KeyCode.G);
    }

    private Segment segment() {
        return editor.card(COMMUTERS).segment();
    }

    private Node focusOwner(FxRobot robot) {
        return editor.stage.getScene().getFocusOwner();
    }

    private void assertFocusOn(FxRobot robot, Node expected, String step) {
        WaitForAsyncUtils.waitForFxEvents();
        Node owner = focusOwner(robot);
        assertNotSame(robot.lookup("#search").query(), owner, step + ": the focus went to the Find box");
        assertSame(expected, owner, step + ": the focus is on " + owner);
    }

    @SuppressWarnings("unchecked")
    private <T extends Node> T field(FxRobot robot, String id) {
        return (T) UiFlows.inView(robot, "#" + id);
    }

    private void clickAndType(FxRobot robot, String id, String text) {
        Node f = field(robot, id);
        robot.clickOn(f);
        RunningEditor.ctrl(robot, KeyCode.END);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
        assertFocusOn(robot, f, "typing in " + id);
    }

    @Test
    void typingInEachFieldStaysInThatField(FxRobot robot) {
        openCommuters(robot);
        String name = editor.card(COMMUTERS).text();
        clickAndType(robot, "segment-name", " downtown");
        assertEquals(name + " downtown", editor.card(COMMUTERS).text());
        String description = segment().description();
        clickAndType(robot, "segment-description", " They read on the train.");
        assertEquals(description + " They read on the train.", segment().description());
        String objective = segment().objectiveGroup();
        clickAndType(robot, "segment-objective-group", "Monthly pass holders");
        assertEquals(objective + "Monthly pass holders", segment().objectiveGroup());
        assertEquals(" downtown", ((TextInputControl) robot.lookup("#segment-name").query()).getText()
                .substring(name.length()), "the name field shows what was typed");
    }

    @Test
    void tabFromTheNameMovesToTheNextControlOfTheForm(FxRobot robot) {
        openCommuters(robot);
        robot.clickOn((Node) field(robot, "segment-name"));
        key(robot, KeyCode.TAB);
        Node owner = focusOwner(robot);
        assertNotSame(robot.lookup("#search").query(), owner);
        assertTrue(isInside(owner, robot.lookup("#segment-details").query()), "Tab stays in the segment form: " + owner);
    }

    @Test
    void dropDownsAndTogglesKeepTheFocus(FxRobot robot) {
        openCommuters(robot);
        ComboBox<?> market = field(robot, "segment-market-type");
        robot.clickOn(market);
        WaitForAsyncUtils.waitForFxEvents();
        Node choice = robot.lookup(".list-cell").queryAll().stream()
                .filter(n -> n instanceof Labeled l && l.getText() != null && l.getText().startsWith(MarketType.NICHE.label()))
                .findFirst().orElseThrow();
        robot.clickOn(choice);
        assertEquals(MarketType.NICHE, segment().marketType());
        assertFocusOn(robot, market, "after choosing a market type");

        CheckBox excluded = field(robot, "segment-excluded");
        robot.clickOn(excluded);
        assertTrue(segment().excluded());
        assertFocusOn(robot, excluded, "after ticking not our customer");
    }

    @Test
    void fiveRoleHoldersAreAddedTypedAndToggledWithoutARowMadeAgain(FxRobot robot) {
        openCommuters(robot);
        List<String> names = List.of("Commuter", "Employer's HR", "Partner at home", "Station kiosk", "Travel app");
        List<Node> rows = new ArrayList<>();
        for (String who : names) {
            robot.clickOn((Node) field(robot, "segment-add-holder"));
            chooseMenuItem(robot, "Someone who is not a persona");
            List<RoleHolder> holders = segment().roles();
            RoleHolder added = holders.get(holders.size() - 1);
            Node nameField = robot.lookup("#holder-name-" + added.id()).query();
            assertFocusOn(robot, nameField, "a new role holder's name takes the caret");
            assertTrue(inViewport(nameField), "the new role holder scrolls into view");
            robot.write(who);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(who, holder(added.id()).name());
            rows.add(robot.lookup("#holder-" + added.id()).query());

            ToggleButton buyer = field(robot, "role-" + added.id() + "-" + PurchaseRole.BUYER.id());
            robot.clickOn(buyer);
            assertTrue(holder(added.id()).holds(PurchaseRole.BUYER));
            assertFocusOn(robot, buyer, "after a role toggle");

            TextInputControl pain = field(robot, "holder-pains-" + added.id());
            robot.clickOn(pain).write("Waits for " + who);
            key(robot, KeyCode.ENTER);
            assertEquals("Waits for " + who, holder(added.id()).pains().get(0).text());
            assertEquals("", pain.getText(), "the pain field is emptied for the next one");
            assertFocusOn(robot, pain, "after Enter in a role holder's pain");
        }
        for (int i = 0; i < rows.size(); i++) {
            RoleHolder h = segment().roles().get(segment().roles().size() - names.size() + i);
            assertSame(rows.get(i), robot.lookup("#holder-" + h.id()).query(), "row " + i + " is the same node");
            assertEquals(names.get(i), h.name());
        }
    }

    @Test
    void typingGoesOnWhileAnUnrelatedEditIsUndoneAndTheProjectAutosaves(FxRobot robot) {
        openCommuters(robot);
        String partner = editor.ids(BlockType.KEY_PARTNERS).get(0);
        String partnerNotes = editor.card(partner).notes();
        TextInputControl description = field(robot, "segment-description");
        robot.clickOn(description);
        RunningEditor.ctrl(robot, KeyCode.END);
        robot.write(" Early");
        robot.interact(() -> editor.project().getCurrentCanvas().findCard(partner).orElseThrow().changeNotes("call them"));
        robot.interact(() -> editor.project().undo());
        robot.write(" trains");
        robot.interact(() -> editor.app.autosave().snapshotNow());
        robot.write(" too.");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(segment().description().endsWith(" Early trains too."), segment().description());
        assertTrue(description.getText().endsWith(" Early trains too."));
        assertEquals(description.getText().length(), description.getCaretPosition(), "the caret stays at the end");
        assertFocusOn(robot, description, "after the undo and the autosave");
        assertEquals(partnerNotes, editor.card(partner).notes(), "the undo took back the other edit");
    }

    @Test
    void removingARowWithTheKeyboardLeavesTheFocusInThePanel(FxRobot robot) {
        openCommuters(robot);
        List<RoleHolder> before = segment().roles();
        RoleHolder first = before.get(0);
        Node removeFirst = robot.lookup("#holder-" + first.id() + " .button-icon").query();
        robot.interact(removeFirst::requestFocus);
        key(robot, KeyCode.SPACE);
        assertEquals(before.size() - 1, segment().roles().size(), "the role holder is removed");
        Node owner = focusOwner(robot);
        assertNotSame(robot.lookup("#search").query(), owner, "the focus went to the Find box");
        assertTrue(isInside(owner, robot.lookup("#segment-details").query()), "the focus stays in the panel: " + owner);

        Node chipRemove = robot.lookup("#characteristics-demographic .button-icon").query();
        int chips = segment().characteristics().size();
        robot.interact(chipRemove::requestFocus);
        key(robot, KeyCode.SPACE);
        assertEquals(chips - 1, segment().characteristics().size());
        owner = focusOwner(robot);
        assertTrue(isInside(owner, robot.lookup("#segment-details").query()), "after removing a chip: " + owner);
        robot.write("Shift workers");
        key(robot, KeyCode.ENTER);
        assertTrue(robot.lookup("#search").query() instanceof TextInputControl search && search.getText().isEmpty(),
                "nothing typed reached the Find box");
    }

    private RoleHolder holder(String id) {
        return segment().roles().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean inViewport(Node node) {
        javafx.scene.control.ScrollPane scroll = null;
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane s) {
                scroll = s;
                break;
            }
        }
        if (scroll == null) {
            return true;
        }
        javafx.geometry.Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        javafx.geometry.Bounds b = node.localToScene(node.getLayoutBounds());
        return b.getMinY() >= view.getMinY() - 1 && b.getMaxY() <= view.getMaxY() + 1;
    }

    private static void chooseMenuItem(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        Node item = robot.lookup(".menu-item").queryAll().stream()
                .filter(n -> n instanceof Parent p && p.lookupAll(".label").stream()
                        .anyMatch(l -> l instanceof Labeled labeled && text.equals(labeled.getText())))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + text));
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
