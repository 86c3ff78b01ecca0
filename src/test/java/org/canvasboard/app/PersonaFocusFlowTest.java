package org.canvasboard.app;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.canvasboard.model.ContactStatus;
import org.canvasboard.model.Conversation;
import org.canvasboard.model.Evidence;
import org.canvasboard.model.Persona;
import org.canvasboard.model.RealPerson;
import org.canvasboard.ui.persona.PersonaGallery;
import org.canvasboard.viewmodel.CardViewModel;
import org.canvasboard.viewmodel.PersonaSection;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.canvasboard.app.RunningEditor.ctrl;
import static org.canvasboard.app.RunningEditor.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The keyboard and focus contract of the persona editor on the real window: a persona with four
 * real people and a conversation, typed field by field, with drop-downs and Tab. After every step
 * the text is where it was typed (model and field), the focus is on the field in use (never the
 * Find box), and no row was made again.
 */
class PersonaFocusFlowTest extends ExampleEditorFlow {
    private static final String COMMUTERS = "City commuters (25-45) without a car";
    private static final String STOLEN_BIKE = "item-ex04";

    /** The rows seen so far, by person id: each must stay the same node. */
    private final Map<String, Node> rows = new LinkedHashMap<>();

    @Override
    void opened(Stage stage) {
        RunningEditor.size(stage, 1600, 1000);
    }

    private Node focusOwner() {
        return editor.stage.getScene().getFocusOwner();
    }

    private void assertFocus(Node expected, String step) {
        WaitForAsyncUtils.waitForFxEvents();
        Node owner = focusOwner();
        assertNotEquals("search", owner == null ? null : owner.getId(), step + ": the focus went to Find");
        assertSame(expected, owner, step + ": the focus is on " + (owner == null ? null : owner.getId()));
        assertEquals("", editor.project().searchQueryProperty().get(), step + ": nothing was typed into Find");
    }

    private void assertRowsKept(FxRobot robot, String step) {
        rows.forEach((id, node) -> assertSame(node, robot.lookup("#person-" + id).query(),
                step + ": the row of " + id + " was made again"));
    }

    private Persona persona() {
        return editor.model().personas().get(editor.model().personas().size() - 1);
    }

    private RealPerson person(int index) {
        return persona().people().get(index);
    }

    private static <T extends Node> T node(FxRobot robot, String query) {
        return robot.lookup(query).query();
    }

    /** True when the node lies wholly within the visible part of the persona editor. */
    private static boolean inEditorView(FxRobot robot, Node node) {
        ScrollPane scroll = (ScrollPane) node(robot, "#persona-editor").getParent().getParent().getParent();
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        Bounds shown = node.localToScene(node.getLayoutBounds());
        return shown.getMinY() >= view.getMinY() - 1 && shown.getMaxY() <= view.getMaxY() + 1;
    }

    /** Opens the drop-down and clicks the choice with this text, as a user would. */
    private static void choose(FxRobot robot, ChoiceBox<?> box, String text) {
        robot.clickOn(box);
        clickMenuItem(robot, text);
    }

    /** Clicks the item with this text in the menu or drop-down that is open now. */
    private static void clickMenuItem(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        Node item = robot.lookup(".menu-item").queryAll().stream()
                .filter(n -> n instanceof Parent p && p.lookupAll(".label").stream()
                        .anyMatch(l -> l instanceof Labeled labeled && text.equals(labeled.getText())))
                .findFirst().orElseThrow(() -> new AssertionError("no choice " + text));
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks into a field, goes to the end of its text and types. */
    private static void type(FxRobot robot, Node field, String text) {
        robot.clickOn(UiFlows.inView(robot, "#" + field.getId()));
        RunningEditor.chord(robot, KeyCode.CONTROL, KeyCode.END);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens the gallery, adds a persona, names it and links it to the commuters segment. */
    private void newPersonaForCommuters(FxRobot robot) {
        ctrl(robot, KeyCode.DIGIT3);
        robot.clickOn("#new-persona");
        TextInputControl name = node(robot, "#persona-name");
        assertFocus(name, "a new persona");
        robot.write("Sam");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Sam", persona().name());
        assertFocus(name, "naming the persona");
        robot.clickOn("#persona-link-segment");
        clickMenuItem(robot, COMMUTERS);
        assertTrue(editor.model().canvases().get(0).cards(org.canvasboard.model.BlockType.CUSTOMER_SEGMENTS).get(0)
                .segment().personaIds().contains(persona().id()), "linked to the commuters");
        assertEquals(COMMUTERS, robot.lookup("#persona-editor .chip").queryLabeled().getText());
        assertSame(name, node(robot, "#persona-name"), "the name field stays");
    }

    /** Adds a person with the button: its row appears in view and its name field has the focus. */
    private String addPerson(FxRobot robot, int index) {
        robot.clickOn(UiFlows.inView(robot, "#add-real-person"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(index + 1, persona().people().size());
        String id = person(index).id();
        TextInputControl name = node(robot, "#person-name-" + id);
        assertFocus(name, "person " + index + " added");
        assertTrue(inEditorView(robot, name), "the new person's name field is in view");
        assertRowsKept(robot, "person " + index + " added");
        rows.put(id, node(robot, "#person-" + id));
        return id;
    }

    @Test
    void fourRealPeopleTypedFieldByFieldKeepTheFocusWhereTheTypingIs(FxRobot robot) {
        newPersonaForCommuters(robot);
        List<String> names = List.of("Ana", "Ben", "Cleo", "Dev");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String id = addPerson(robot, i);
            ids.add(id);
            TextInputControl name = node(robot, "#person-name-" + id);
            TextInputControl contact = node(robot, "#person-contact-" + id);
            ChoiceBox<?> status = node(robot, "#person-status-" + id);
            String step = names.get(i);

            type(robot, name, names.get(i));
            assertEquals(names.get(i), person(i).name());
            assertEquals(names.get(i), name.getText());
            assertFocus(name, step + ": typing the name");
            assertRowsKept(robot, step + ": typing the name");

            type(robot, contact, names.get(i).toLowerCase() + "@example.org");
            assertEquals(names.get(i).toLowerCase() + "@example.org", person(i).contact());
            assertEquals(names.get(i), person(i).name(), "the name stays as typed");
            assertFocus(contact, step + ": typing how to reach them");
            assertRowsKept(robot, step + ": typing the contact");

            // the drop-down right after typing: the click opens it and the choice lands
            choose(robot, status, "Contacted");
            assertEquals(ContactStatus.CONTACTED, person(i).status());
            assertFocus(status, step + ": after choosing a status");
            assertSame(status, node(robot, "#person-status-" + id));
            assertRowsKept(robot, step + ": choosing a status");

            // Tab goes through the person's fields in order, then on to what follows
            robot.clickOn(UiFlows.inView(robot, "#person-name-" + id));
            key(robot, KeyCode.TAB);
            assertFocus(contact, step + ": Tab from the name");
            key(robot, KeyCode.TAB);
            assertFocus(status, step + ": Tab from the contact");
            key(robot, KeyCode.TAB);
            assertFocus(node(robot, "#person-remove-" + id), step + ": Tab from the status");
            key(robot, KeyCode.TAB);
            assertFocus(node(robot, "#add-real-person"), step + ": Tab from the last person's row");
            RunningEditor.chord(robot, KeyCode.SHIFT, KeyCode.TAB);
            assertFocus(node(robot, "#person-remove-" + id), step + ": Shift+Tab back");
            assertRowsKept(robot, step + ": tabbing through");
        }
        assertEquals(names, persona().people().stream().map(RealPerson::name).toList());
        assertEquals("4 people named; the assignment asks for 3 to 5.",
                robot.lookup("#real-people-count").queryLabeled().getText());

        // Tab from one person's row leads into the next person's, never to Find
        robot.clickOn(UiFlows.inView(robot, "#person-contact-" + ids.get(1)));
        key(robot, KeyCode.TAB);
        key(robot, KeyCode.TAB);
        key(robot, KeyCode.TAB);
        assertFocus(node(robot, "#person-name-" + ids.get(2)), "Tab from Ben's row");

        // an edit elsewhere (a card renamed, then undone) leaves every row and field alone
        robot.interact(() -> editor.project().getCurrentCanvas().findCard("card-ex001").orElseThrow().changeText("Bike shops"));
        robot.interact(() -> editor.project().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertFocus(node(robot, "#person-name-" + ids.get(2)), "after an unrelated undo");
        assertRowsKept(robot, "an unrelated undo");

        // removing a person hands the focus to the next person's name; the other rows stay
        robot.clickOn(UiFlows.inView(robot, "#person-remove-" + ids.get(1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Ana", "Cleo", "Dev"), persona().people().stream().map(RealPerson::name).toList());
        rows.remove(ids.get(1));
        assertFocus(node(robot, "#person-name-" + ids.get(2)), "after removing Ben");
        assertRowsKept(robot, "removing Ben");
    }

    @Test
    void aConversationIsTypedAndItsDropDownsKeepTheFocus(FxRobot robot) {
        newPersonaForCommuters(robot);
        String ana = addPerson(robot, 0);
        robot.write("Ana");
        String ben = addPerson(robot, 1);
        robot.write("Ben");
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(UiFlows.inView(robot, "#add-conversation"));
        WaitForAsyncUtils.waitForFxEvents();
        Conversation talk = persona().conversations().get(0);
        assertEquals(ana, talk.personId(), "a conversation starts with the first person named");
        TextInputControl notes = node(robot, "#talk-notes-" + talk.id());
        Node row = node(robot, "#conversation-" + talk.id());
        assertFocus(notes, "a conversation added");
        assertTrue(inEditorView(robot, notes), "the new conversation's notes are in view");

        robot.write("Ana cooks twice a week.");
        key(robot, KeyCode.TAB);
        assertFocus(node(robot, "#evidence-" + talk.id() + "-item-ex04"), "Tab leaves the notes");
        assertEquals("Ana cooks twice a week.", persona().conversations().get(0).notes());

        ChoiceBox<String> who = node(robot, "#talk-person-" + talk.id());
        UiFlows.inView(robot, "#talk-person-" + talk.id());
        choose(robot, who, "Ben");
        assertEquals(ben, persona().conversations().get(0).personId());
        assertFocus(who, "after choosing whom it was with");

        ChoiceBox<?> verdict = node(robot, "#evidence-" + talk.id() + "-" + STOLEN_BIKE);
        UiFlows.inView(robot, "#evidence-" + talk.id() + "-" + STOLEN_BIKE);
        choose(robot, verdict, "Confirmed");
        assertEquals(List.of(new Evidence(STOLEN_BIKE, true)), persona().conversations().get(0).evidence());
        assertFocus(verdict, "after choosing Confirmed");

        type(robot, notes, " She fears theft.");
        assertEquals("Ana cooks twice a week. She fears theft.", persona().conversations().get(0).notes());
        assertEquals("Ana cooks twice a week. She fears theft.", notes.getText());
        assertFocus(notes, "typing on in the notes");
        assertSame(row, node(robot, "#conversation-" + talk.id()), "the conversation's row stays");
        assertSame(notes, node(robot, "#talk-notes-" + talk.id()));

        // renaming the person it was with shows in its drop-down, the row stays
        type(robot, node(robot, "#person-name-" + ben), "jamin");
        assertEquals("Benjamin", who.getConverter().toString(who.getValue()));
        assertSame(row, node(robot, "#conversation-" + talk.id()));
    }

    @Test
    void typingInAPersonsFieldKeepsTextCaretAndFocusWhileAnUnrelatedEditIsUndone(FxRobot robot) {
        newPersonaForCommuters(robot);
        String id = addPerson(robot, 0);
        TextInputControl name = node(robot, "#person-name-" + id);
        robot.write("An");
        WaitForAsyncUtils.waitForFxEvents();
        CardViewModel partner = editor.project().getCurrentCanvas().findCard("card-ex001").orElseThrow();
        String before = partner.getText();
        robot.interact(() -> partner.changeText("Bike shops"));
        assertEquals(2, name.getCaretPosition());
        robot.interact(() -> editor.project().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, partner.getText(), "the card edit was undone, not the typing");
        assertEquals("An", name.getText());
        assertEquals(2, name.getCaretPosition(), "the caret stays where the typing was");
        assertFocus(name, "after the undo");
        robot.write("a");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Ana", person(0).name());
        assertEquals("Ana", name.getText());
        assertSame(rows.get(id), node(robot, "#person-" + id));
    }

    @Test
    void aSectionOfThePersonaCanBeScrolledTo(FxRobot robot) {
        ctrl(robot, KeyCode.DIGIT3);
        robot.clickOn("#persona-tile-persona-ex01");
        WaitForAsyncUtils.waitForFxEvents();
        Node conversations = node(robot, "#persona-section-conversations");
        assertTrue(!inEditorView(robot, conversations), "the conversations start below the fold");
        PersonaGallery gallery = robot.lookup("#persona-gallery").queryAs(PersonaGallery.class);
        robot.interact(() -> gallery.reveal(PersonaSection.CONVERSATIONS));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(inEditorView(robot, conversations), "the section is shown");
        robot.interact(() -> gallery.reveal(PersonaSection.PERSONA));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(inEditorView(robot, node(robot, "#persona-name")));
    }
}
