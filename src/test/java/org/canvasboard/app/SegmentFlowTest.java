package org.canvasboard.app;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.canvasboard.model.BlockType;
import org.canvasboard.model.Canvas;
import org.canvasboard.model.Card;
import org.canvasboard.model.Dimension;
import org.canvasboard.model.Persona;
import org.canvasboard.model.ProfileItem;
import org.canvasboard.model.Project;
import org.canvasboard.model.PurchaseRole;
import org.canvasboard.model.RoleHolder;
import org.canvasboard.model.Segment;
import org.canvasboard.persistence.ProjectReader;
import org.canvasboard.persistence.ProjectWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.canvasboard.app.UiFlows.press;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A student's segment from an empty project: the segment with characteristics, a persona with a
 * story, a ranked customer profile, buyer / payer / user roles and a linked value proposition,
 * all done through the window, then saved, reopened and found linked as before.
 */
@ExtendWith(ApplicationExtension.class)
class SegmentFlowTest {
    @TempDir
    Path tmp;
    private Path file;
    private CanvasboardApp.MainWindowHandle app;

    @Start
    void start(Stage stage) throws Exception {
        file = tmp.resolve("assignment.canvasboard");
        Files.write(file, new ProjectWriter().toBytes(Project.blank(), null));
        app = CanvasboardApp.open(stage, List.of(file.toString()), new SettingsKeeper(tmp.resolve("settings")), Runnable::run);
        RunningEditor.size(stage, 1600, 1000);
    }

    @AfterEach
    void closeAllWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    private Project model() {
        return app.workspace().getProject().toModel();
    }

    private Canvas canvas() {
        return model().canvases().get(0);
    }

    /** Clicks the item with this text in the menu that is open now. */
    private static void chooseMenuItem(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        Node item = robot.lookup(".menu-item").queryAll().stream()
                .filter(n -> n instanceof Parent p && p.lookupAll(".label").stream()
                        .anyMatch(l -> l instanceof Labeled labeled && text.equals(labeled.getText())))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + text + " among "
                        + robot.lookup(".menu-item").queryAll().stream().map(n -> n.getStyleClass() + ":"
                        + (n instanceof Parent p ? p.getChildrenUnmodifiable().toString() : "")).toList()));
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void typeLine(FxRobot robot, String query, String text) {
        robot.clickOn(query).write(text);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node holderRow(FxRobot robot, String holderId) {
        return robot.lookup("#holder-" + holderId).query();
    }

    @Test
    void studentBuildsALinkedSegmentThatSurvivesSaveAndReopen(FxRobot robot) throws Exception {
        // the segment: a card in Customer Segments, opened as a segment
        robot.doubleClickOn("#block-customerSegments");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#card-editor").query().isFocused(), "a double-click on a block opens a new card for typing");
        robot.write("Busy parents");
        robot.type(KeyCode.ENTER);
        press(robot, KeyCode.CONTROL, KeyCode.G);
        Card segmentCard = canvas().cards(BlockType.CUSTOMER_SEGMENTS).get(0);
        assertTrue(segmentCard.isSegment(), "Ctrl+G opens the card as a segment");
        assertEquals("Busy parents", segmentCard.text());
        assertNotNull(robot.lookup("#segment-details").query());
        typeLine(robot, "#add-characteristic-demographic", "Parents of children under 6");
        typeLine(robot, "#add-characteristic-behavioral", "Order groceries online after 9 pm");
        typeLine(robot, "#add-characteristic-geographic", "Suburbs with long commutes");

        // a value proposition linked to the segment from its context menu
        robot.clickOn("#add-valuePropositions");
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Healthy dinners ready in 10 minutes");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Card vp = canvas().cards(BlockType.VALUE_PROPOSITIONS).get(0);
        // the keyboard way to a card's menu (Monocle sends no menu event for a right click)
        robot.clickOn("#" + vp.id());
        press(robot, KeyCode.SHIFT, KeyCode.F10);
        chooseMenuItem(robot, "Link to segment");
        chooseMenuItem(robot, "Busy parents");
        assertEquals(List.of(segmentCard.id()), canvas().cards(BlockType.VALUE_PROPOSITIONS).get(0).segmentLinks());

        // a persona with a story, linked from the gallery
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P);
        robot.clickOn("#persona-name").write("Sam");
        robot.clickOn("#persona-headline").write("Sam, the parent on the late train");
        robot.clickOn("#persona-story").write("Sam gets home at seven and wants dinner on the table by half past.");
        robot.clickOn("#persona-link-segment");
        chooseMenuItem(robot, "Busy parents");
        Persona sam = model().personas().get(0);
        assertEquals("Sam", sam.name());
        assertEquals(List.of(sam.id()), canvas().cards(BlockType.CUSTOMER_SEGMENTS).get(0).segment().personaIds());

        // the customer profile: a job, ranked pains, a gain flagged outside the offering
        press(robot, KeyCode.CONTROL, KeyCode.DIGIT2);
        typeLine(robot, "#add-jobs", "Feed the family on weeknights");
        typeLine(robot, "#add-pains", "Hidden delivery fees");
        typeLine(robot, "#add-pains", "No time to cook after work");
        typeLine(robot, "#add-gains", "Children eat vegetables");
        Segment segment = canvas().cards(BlockType.CUSTOMER_SEGMENTS).get(0).segment();
        ProfileItem worst = segment.profile().pains().get(1);
        // drag the second pain above the first: it becomes the top pain
        Node handle = robot.lookup("#row-" + worst.id() + " .profile-drag-handle").query();
        Node firstRow = robot.lookup("#row-" + segment.profile().pains().get(0).id()).query();
        robot.drag(handle).moveTo(firstRow).moveBy(0, -20).drop();
        WaitForAsyncUtils.waitForFxEvents();
        segment = canvas().cards(BlockType.CUSTOMER_SEGMENTS).get(0).segment();
        assertEquals(List.of("No time to cook after work", "Hidden delivery fees"),
                segment.profile().pains().stream().map(ProfileItem::text).toList(), "ranked by dragging");
        javafx.scene.control.ToggleButton outside = robot.lookup("#outside-" + segment.profile().gains().get(0).id())
                .queryAs(javafx.scene.control.ToggleButton.class);
        assertTrue(outside.getWidth() >= outside.prefWidth(-1) - 0.5,
                "in a narrow column the item's settings wrap instead of cutting the label short");
        robot.clickOn(outside);

        // purchase roles: Sam uses and buys, grandparents pay
        // reached from the checks panel: the roles hint leads to the segment's roles section
        press(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        robot.clickOn("#tab-checks");
        Node rolesHint = robot.lookup(".hint-item").queryAll().stream()
                .filter(n -> n.getAccessibleText().contains("nobody is named as buyer, payer, user")).findFirst()
                .orElseThrow(() -> new AssertionError("no roles hint"));
        robot.clickOn(rolesHint);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(segmentCard.id(), app.workspace().getProject().selection().getLead().id(), "the hint selects its segment");
        robot.clickOn("#segment-add-holder");
        chooseMenuItem(robot, "Sam");
        RoleHolder samHolder = canvas().cards(BlockType.CUSTOMER_SEGMENTS).get(0).segment().roles().get(0);
        robot.clickOn(robot.from(holderRow(robot, samHolder.id())).lookup("#role-" + samHolder.id() + "-user").queryAs(ToggleButton.class));
        robot.clickOn(robot.from(holderRow(robot, samHolder.id())).lookup("#role-" + samHolder.id() + "-buyer").queryAs(ToggleButton.class));
        robot.clickOn(UiFlows.inView(robot, "#segment-add-holder"));
        chooseMenuItem(robot, "Someone who is not a persona");
        robot.write("Grandparents");
        WaitForAsyncUtils.waitForFxEvents();
        RoleHolder grand = canvas().cards(BlockType.CUSTOMER_SEGMENTS).get(0).segment().roles().get(1);
        robot.clickOn("#role-" + grand.id() + "-payer");

        Project before = model();
        Segment done = before.canvases().get(0).cards(BlockType.CUSTOMER_SEGMENTS).get(0).segment();
        assertEquals(List.of(PurchaseRole.USER, PurchaseRole.BUYER), done.roles().get(0).roles());
        assertEquals("Grandparents", done.roles().get(1).name());
        assertEquals(List.of(PurchaseRole.PAYER), done.roles().get(1).roles());
        assertTrue(done.profile().gains().get(0).outsideOffering());
        assertEquals(List.of("Parents of children under 6"), done.characteristics(Dimension.DEMOGRAPHIC));

        // save, reopen from disk, and find everything linked as before
        press(robot, KeyCode.CONTROL, KeyCode.S);
        assertFalse(app.workspace().getProject().history().isDirty(), "saved");
        Project onDisk = new ProjectReader().read(file).project();
        assertEquals(before, onDisk);
        robot.interact(() -> app.documents().load(file));
        WaitForAsyncUtils.waitForFxEvents();
        Project reopened = model();
        assertEquals(before, reopened);
        Card reopenedVp = reopened.canvases().get(0).cards(BlockType.VALUE_PROPOSITIONS).get(0);
        assertEquals(List.of(segmentCard.id()), reopenedVp.segmentLinks());
        // the reopened canvas shows the link mark and the segment's roles
        Node dots = robot.lookup("#" + reopenedVp.id() + " .card-links .segment-dot").query();
        assertTrue(dots.isVisible());
        List<String> badges = robot.lookup("#" + segmentCard.id() + " .role-badge").queryAllAs(Labeled.class)
                .stream().map(Labeled::getText).toList();
        assertEquals(List.of("U", "B", "P"), badges);
        // and the checks panel still says what is missing: nobody is named as "not our customer"
        robot.clickOn("#tab-checks");
        List<String> hints = robot.lookup(".hint-item .label").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList();
        assertTrue(hints.stream().anyMatch(h -> h.contains("not our customer")), hints.toString());
        assertFalse(hints.stream().anyMatch(h -> h.contains("Busy parents\u201d has no persona")), hints.toString());
    }
}
