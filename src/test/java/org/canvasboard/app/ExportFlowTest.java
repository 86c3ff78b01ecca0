package org.canvasboard.app;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.canvasboard.model.BlockType;
import org.canvasboard.model.Canvas;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.canvasboard.app.RunningEditor.ctrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Export and import from the running editor (the file choosers' second half). */
class ExportFlowTest extends ExampleEditorFlow {
    @Test
    void theShownCanvasIsExportedAsAPictureOfTheChosenWidth(FxRobot robot) throws Exception {
        robot.interact(() -> editor.project().showNeighbourCanvas(1));
        Path png = tmp.resolve("offices.png");
        robot.interact(() -> editor.app.exports().exportTo(ExportFormat.PNG, png, 2560));
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(png)));
        assertEquals(2560, image.getWidth());
        assertEquals(1600, image.getHeight());
        assertTrue(robot.lookup("#status-message").queryAs(Label.class).getText()
                .contains("Exported \u201cNext year: offices\u201d"));
    }

    @Test
    void markdownExportedFromTheEditorImportsBackAsANewCanvasThatUndoRemoves(FxRobot robot) throws Exception {
        Path md = tmp.resolve("today.md");
        robot.interact(() -> editor.app.exports().exportTo(ExportFormat.MARKDOWN, md, 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.readString(md).startsWith("# Today\n"));
        Canvas today = editor.model().canvases().get(0);

        robot.interact(() -> editor.app.exports().importFrom(md));
        WaitForAsyncUtils.waitForFxEvents();
        List<Canvas> canvases = editor.model().canvases();
        assertEquals(3, canvases.size());
        Canvas imported = canvases.get(2);
        assertEquals("Today", imported.name());
        assertEquals(editor.project().getCurrentCanvas().id(), imported.id(), "the imported canvas is shown");
        for (BlockType block : today.kind().blocks()) {
            assertEquals(today.cards(block).stream().map(c -> c.text()).toList(),
                    imported.cards(block).stream().map(c -> c.text()).toList(), block.title());
        }
        robot.clickOn("#block-keyPartners"); // back on the canvas, as a person would be
        ctrl(robot, KeyCode.Z);
        assertEquals(2, editor.model().canvases().size(), "undo removes the imported canvas");
    }

    @Test
    void aMarkdownFileThatIsNotACanvasGetsAMessageAndChangesNothing(FxRobot robot) throws Exception {
        Path md = tmp.resolve("notes.md");
        Files.writeString(md, "Shopping list\n\n- milk\n");
        robot.interact(() -> editor.app.exports().importFrom(md));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(UiFlows.dialog(robot).getContentText().contains("block heading"), UiFlows.dialog(robot).getContentText());
        assertEquals(2, editor.model().canvases().size());
        assertEquals("Shopping list\n\n- milk\n", Files.readString(md), "the file is never changed");
    }
}
