package org.canvasboard.app;

import javafx.scene.control.ChoiceBox;
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

    @Start
    void start(Stage stage) throws Exception {
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
}
