package org.canvasboard.app;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.canvasboard.model.BlockType;
import org.canvasboard.model.Dimension;
import org.canvasboard.model.Level;
import org.canvasboard.model.ProfileArea;
import org.canvasboard.model.ProfileItem;
import org.canvasboard.model.Project;
import org.canvasboard.persistence.ProjectWriter;
import org.canvasboard.ui.checks.ChecksPane;
import org.canvasboard.ui.workbook.WorkbookPane;
import org.canvasboard.viewmodel.CardViewModel;
import org.canvasboard.viewmodel.PersonaViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;
import org.canvasboard.viewmodel.SegmentViewModel;
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
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A student's workbook from an empty project to 100 % and a hand-in. The segment, profile and
 * persona are entered through the viewmodels (their UI has its own flow test); the workbook, the
 * real people, questions, conversation and reflections through the window.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbookFlowTest {
    @TempDir
    Path tmp;
    private CanvasboardApp.MainWindowHandle app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path file = tmp.resolve("assignment.canvasboard");
        Files.write(file, new ProjectWriter().toBytes(Project.blank(), null));
        app = CanvasboardApp.open(stage, List.of(file.toString()), new SettingsKeeper(tmp.resolve("settings")), Runnable::run);
        RunningEditor.size(stage, 1600, 1000);
        new FxRobot().targetWindow(stage);
    }

    @AfterEach
    void closeAllWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    private ProjectViewModel project() {
        return app.workspace().getProject();
    }

    private int level(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        WorkbookPane pane = robot.lookup("#workbook-pane").queryAs(WorkbookPane.class);
        int[] level = new int[1];
        robot.interact(() -> level[0] = pane.completionLevel());
        return level[0];
    }

    private static void type(FxRobot robot, String query, String text) {
        robot.clickOn(query).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void fromAnEmptyProjectToAHundredPercentAndAHandIn(FxRobot robot) throws Exception {
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.W);
        robot.clickOn("#start-workbook");
        assertEquals(0, level(robot));
        assertTrue(robot.lookup("#workbook-missing-1").queryLabeled().getText().startsWith("Create your customer group"));
        type(robot, "#workbook-student", "Lena Park");
        type(robot, "#workbook-course", "Marketing 101");

        PersonaViewModel[] sam = new PersonaViewModel[1];
        robot.interact(() -> {
            ProjectViewModel p = project();
            CardViewModel card = p.getCurrentCanvas().addCard(BlockType.CUSTOMER_SEGMENTS, 0, "Busy parents");
            p.getCurrentCanvas().makeSegment(card);
            SegmentViewModel s = new SegmentViewModel(card);
            s.addCharacteristic(Dimension.DEMOGRAPHIC, "Parents of children under 6");
            s.addCharacteristic(Dimension.BEHAVIORAL, "Order groceries online at night");
            for (String g : List.of("Children eat vegetables", "Time to play in the evening", "Less food thrown away")) {
                s.addProfileItem(ProfileArea.GAINS, g);
            }
            for (String pain : List.of("No time to cook", "Hidden delivery fees", "Children refuse new food")) {
                s.addProfileItem(ProfileArea.PAINS, pain);
            }
            ProfileItem gain = card.getSegment().profile().gains().get(0);
            ProfileItem pain = card.getSegment().profile().pains().get(1);
            s.changeProfileItem(ProfileArea.GAINS, gain.id(), "flag", i -> i.withOutsideOffering(true).withLevel(Level.HIGH));
            s.changeProfileItem(ProfileArea.PAINS, pain.id(), "flag", i -> i.withOutsideOffering(true));
            sam[0] = p.addPersona("Sam");
            sam[0].changeStory("Sam gets home at seven after a long commute and wants a healthy dinner on the table by "
                    + "half past, without standing in a shop or at the stove after a day of meetings and calls.");
            s.linkPersona(sam[0]);
        });
        assertEquals(50, level(robot), "steps 1 to 4 done");

        // step 5 from the workbook: "Go there" opens the persona, where the real people are added
        assertEquals("Workbook", robot.lookup("#side-tabs").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().getSelectedItem().getText());
        robot.clickOn(UiFlows.inView(robot, "#workbook-go-5"));
        for (String name : List.of("Ana", "Ben", "Cleo")) {
            robot.clickOn(UiFlows.inView(robot, "#add-real-person"));
            WaitForAsyncUtils.waitForFxEvents();
            robot.write(name);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(List.of("Ana", "Ben", "Cleo"), sam[0].get().people().stream().map(r -> r.name()).toList());
        assertEquals(63, level(robot));

        robot.clickOn(UiFlows.inView(robot, "#suggested-questions"));
        assertEquals(75, level(robot));

        robot.clickOn(UiFlows.inView(robot, "#add-conversation"));
        WaitForAsyncUtils.waitForFxEvents();
        String talk = sam[0].get().conversations().get(0).id();
        UiFlows.inView(robot, "#talk-notes-" + talk);
        type(robot, "#talk-notes-" + talk, "Ana cooks twice a week and orders the rest.");
        String painId = project().getCurrentCanvas().segments().get(0).getSegment().profile().pains().get(0).id();
        ChoiceBox<?> verdict = robot.lookup("#evidence-" + talk + "-" + painId).queryAs(ChoiceBox.class);
        robot.interact(() -> verdict.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(88, level(robot));

        for (int i = 0; i < 3; i++) {
            robot.clickOn(UiFlows.inView(robot, "#reflection-" + i)).write("Answer " + (i + 1) + " in my own words.");
        }
        assertEquals(100, level(robot));

        Path pdf = tmp.resolve("handin.pdf");
        Path md = tmp.resolve("handin.md");
        robot.interact(() -> {
            app.exports().exportTo(ExportFormat.HANDIN, pdf, 0);
            app.exports().exportTo(ExportFormat.HANDIN_MARKDOWN, md, 0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        for (String expected : List.of("Lena Park", "Marketing 101", "Completion: 100 %", "Busy parents",
                "Parents of children under 6", "Children eat vegetables", "outside our offering", "Sam gets home at seven",
                "Ana", "Cleo", "Tell me about the last time", "Ana cooks twice a week", "Confirmed: No time to cook",
                "Answer 1 in my own words.", "Answer 3 in my own words.")) {
            assertTrue(text.contains(expected), "hand-in PDF lacks " + expected);
        }
        String markdown = Files.readString(md);
        assertTrue(markdown.startsWith("# Customer segmentation: Busy parents\n"), markdown);
        assertTrue(markdown.contains("Completion: 100 %") && markdown.contains("- Confirmed: No time to cook")
                && markdown.contains("Answer 2 in my own words."), markdown);
    }

    // --- the panel's keyboard, focus and scrolling contract ---

    /** Opens the workbook tab, starts the workbook, and adds the segment "Busy parents" with two characteristics. */
    private CardViewModel startWithSegment(FxRobot robot) {
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.W);
        robot.clickOn("#start-workbook");
        CardViewModel[] card = new CardViewModel[1];
        robot.interact(() -> {
            ProjectViewModel p = project();
            card[0] = p.getCurrentCanvas().addCard(BlockType.CUSTOMER_SEGMENTS, 0, "Busy parents");
            p.getCurrentCanvas().makeSegment(card[0]);
            SegmentViewModel s = new SegmentViewModel(card[0]);
            s.addCharacteristic(Dimension.DEMOGRAPHIC, "Parents of children under 6");
            s.addCharacteristic(Dimension.BEHAVIORAL, "Order groceries online at night");
        });
        level(robot);
        return card[0];
    }

    private Node focusOwner() {
        WaitForAsyncUtils.waitForFxEvents();
        return stage.getScene().getFocusOwner();
    }

    private void assertNotInFind(FxRobot robot, String after) {
        Node find = robot.lookup("#search").query();
        Node owner = focusOwner();
        assertNotSame(find, owner, "after " + after + " the focus is not in the Find box");
        assertFalse(find.isFocused(), "after " + after + " the Find box has no focus");
    }

    private String selectedSideTab(FxRobot robot) {
        return robot.lookup("#side-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId();
    }

    /** The scroll pane of the segment panel and the title of one of its sections. */
    private static ScrollPane segmentScroll(FxRobot robot) {
        return robot.from(robot.lookup("#segment-details").queryAs(Parent.class)).lookup(".scroll-pane")
                .queryAs(ScrollPane.class);
    }

    private static Node sectionTitle(FxRobot robot, String title) {
        return robot.lookup("#segment-details").queryAs(Parent.class).lookupAll(".section-title").stream()
                .filter(n -> n instanceof Labeled l && title.equals(l.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + title));
    }

    /** True when the node lies wholly inside what the scroll pane shows. */
    private static boolean inViewport(ScrollPane scroll, Node node) {
        Node viewport = scroll.lookup(".viewport");
        Bounds view = viewport.localToScene(viewport.getLayoutBounds());
        Bounds b = node.localToScene(node.getLayoutBounds());
        return node.isVisible() && b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5;
    }

    private static void scrollTo(FxRobot robot, ScrollPane scroll, double v) {
        robot.interact(() -> {
            scroll.applyCss();
            scroll.layout();
            scroll.setVvalue(v);
            scroll.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void goThereScrollsTheSegmentPanelToTheSectionTheStepNames(FxRobot robot) {
        CardViewModel segment = startWithSegment(robot);
        // the segment panel once shown and scrolled to its end, then back to the workbook
        robot.interact(() -> project().selection().select(segment));
        robot.clickOn("#tab-segment");
        ScrollPane scroll = segmentScroll(robot);
        scrollTo(robot, scroll, 1);
        Node characteristics = sectionTitle(robot, "Characteristics");
        assertFalse(inViewport(scroll, characteristics), "the test starts with the section out of sight");
        robot.clickOn("#tab-workbook");

        robot.clickOn(UiFlows.inView(robot, "#workbook-go-1"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("tab-segment", selectedSideTab(robot), "step 1 leads to the segment's details");
        assertEquals(segment, project().selection().getLead());
        assertTrue(inViewport(scroll, characteristics), "Go there scrolled the characteristics into view");

        // from the top, step 4 (no persona yet) leads down to the segment's personas
        scrollTo(robot, scroll, 0);
        Node personas = sectionTitle(robot, "Personas");
        robot.clickOn("#tab-workbook");
        robot.clickOn(UiFlows.inView(robot, "#workbook-go-4"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("tab-segment", selectedSideTab(robot));
        assertTrue(inViewport(scroll, personas), "Go there scrolled the personas section into view");
    }

    @Test
    void aHintScrollsTheSegmentPanelToItsSection(FxRobot robot) {
        CardViewModel segment = startWithSegment(robot);
        robot.interact(() -> project().selection().select(segment));
        robot.clickOn("#tab-segment");
        ScrollPane scroll = segmentScroll(robot);
        scrollTo(robot, scroll, 0);
        Node links = sectionTitle(robot, "Linked cards");
        assertFalse(inViewport(scroll, links), "the test starts with the section out of sight");

        robot.clickOn("#tab-checks");
        robot.clickOn("#hint-notServed-" + segment.id());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("tab-segment", selectedSideTab(robot));
        assertTrue(inViewport(scroll, links), "the hint scrolled the linked cards into view");
        assertNotInFind(robot, "following a hint");
    }

    @Test
    void rowsStayTheSameNodesThroughAnUnrelatedEditAndItsUndo(FxRobot robot) {
        startWithSegment(robot);
        Node step1 = robot.lookup("#workbook-step-1").query();
        Node step5 = robot.lookup("#workbook-step-5").query();
        Labeled missing2 = robot.lookup("#workbook-missing-2").queryLabeled();
        assertEquals("List at least 3 gains of \u201cBusy parents\u201d (now 0).", missing2.getText());

        robot.interact(() -> project().getCurrentCanvas().addCard(BlockType.KEY_PARTNERS, 0, "Local farms"));
        level(robot);
        assertSame(step1, robot.lookup("#workbook-step-1").query(), "an unrelated edit keeps the row");
        assertSame(step5, robot.lookup("#workbook-step-5").query());
        robot.interact(() -> project().undo());
        level(robot);
        assertSame(step1, robot.lookup("#workbook-step-1").query(), "its undo keeps the row");
        assertSame(step5, robot.lookup("#workbook-step-5").query());

        // a relevant edit changes the words in the same label
        robot.interact(() -> new SegmentViewModel(project().getCurrentCanvas().segments().get(0))
                .addProfileItem(ProfileArea.GAINS, "Children eat vegetables"));
        level(robot);
        assertSame(missing2, robot.lookup("#workbook-missing-2").queryLabeled());
        assertEquals("List at least 3 gains of \u201cBusy parents\u201d (now 1).", missing2.getText());

        // the checks panel keeps its rows the same way
        robot.clickOn("#tab-checks");
        Node hint = robot.lookup(".hint-item").query();
        robot.interact(() -> project().getCurrentCanvas().addCard(BlockType.KEY_PARTNERS, 0, "Local farms"));
        robot.interact(() -> robot.lookup("#checks-pane").queryAs(ChecksPane.class).settleNow());
        assertSame(hint, robot.lookup(".hint-item").query(), "an unrelated edit keeps the hint's row");
        robot.interact(() -> project().undo());
        robot.interact(() -> robot.lookup("#checks-pane").queryAs(ChecksPane.class).settleNow());
        assertSame(hint, robot.lookup(".hint-item").query(), "its undo keeps the hint's row");
    }

    @Test
    void typingStaysInItsFieldWhileAnUnrelatedEditIsUndone(FxRobot robot) {
        startWithSegment(robot);
        TextField student = robot.lookup("#workbook-student").queryAs(TextField.class);
        robot.clickOn(student).write("Le");
        robot.interact(() -> project().getCurrentCanvas().addCard(BlockType.KEY_PARTNERS, 0, "Local farms"));
        robot.interact(() -> project().undo());
        level(robot);
        robot.write("na");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Lena", student.getText());
        assertEquals("Lena", project().getWorkbook().student());
        assertSame(student, focusOwner(), "the student field keeps the keyboard");
        assertEquals(4, student.getCaretPosition(), "the caret stays at the end of what was typed");

        // Tab moves on to the course, typing there lands there
        robot.type(KeyCode.TAB);
        TextField course = robot.lookup("#workbook-course").queryAs(TextField.class);
        assertSame(course, focusOwner());
        robot.write("Marketing 101");
        level(robot);
        assertEquals("Marketing 101", project().getWorkbook().course());
        assertSame(course, focusOwner());

        // an answer to a reflection question, typed while the steps are re-checked
        TextArea answer = robot.lookup("#reflection-1").queryAs(TextArea.class);
        robot.clickOn(UiFlows.inView(robot, "#reflection-1")).write("By age");
        level(robot);
        robot.write(" and habits");
        level(robot);
        assertEquals("By age and habits", project().getWorkbook().reflections().get(1));
        assertSame(answer, focusOwner());
        assertSame(answer, robot.lookup("#reflection-1").query(), "the answer field is never made again");
    }

    @Test
    void focusNeverLandsInTheFindBoxAfterAStepsButton(FxRobot robot) {
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.W);
        robot.clickOn("#start-workbook");
        assertNotInFind(robot, "starting the workbook");
        robot.interact(() -> {
            ProjectViewModel p = project();
            CardViewModel card = p.getCurrentCanvas().addCard(BlockType.CUSTOMER_SEGMENTS, 0, "Busy parents");
            p.getCurrentCanvas().makeSegment(card);
            CardViewModel other = p.getCurrentCanvas().addCard(BlockType.CUSTOMER_SEGMENTS, 1, "Office workers");
            p.getCurrentCanvas().makeSegment(other);
            PersonaViewModel sam = p.addPersona("Sam");
            new SegmentViewModel(card).linkPersona(sam);
        });
        level(robot);
        for (int step = 1; step <= 7; step++) {
            robot.clickOn("#tab-workbook");
            robot.clickOn(UiFlows.inView(robot, "#workbook-go-" + step));
            assertNotInFind(robot, "Go there of step " + step);
        }

        // the segment drop-down keeps the keyboard after a choice
        robot.clickOn("#tab-workbook");
        @SuppressWarnings("unchecked")
        ChoiceBox<CardViewModel> choice = robot.lookup("#workbook-segment").queryAs(ChoiceBox.class);
        Node step1 = robot.lookup("#workbook-step-1").query();
        robot.clickOn(UiFlows.inView(robot, "#workbook-segment"));
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        level(robot);
        assertEquals("Office workers", choice.getValue().getText());
        assertEquals(project().getCurrentCanvas().segments().get(1).id(), project().getWorkbook().segmentCardId());
        assertSame(choice, focusOwner(), "the drop-down keeps the keyboard after a choice");
        assertSame(step1, robot.lookup("#workbook-step-1").query(), "choosing a segment keeps the rows");
    }
}
