package org.canvasboard.ui.canvas;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import org.canvasboard.bench.BenchProjects;
import org.canvasboard.model.BlockType;
import org.canvasboard.viewmodel.CardViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A card remembers its measured height (and its text's) for a width, to spare the layout pass;
 * a change of its text must still make it grow and shrink.
 */
@ExtendWith(ApplicationExtension.class)
class CardViewTest {
    @Test
    void theRememberedHeightFollowsTheText() {
        WaitForAsyncUtils.waitForAsyncFx(20_000, () -> {
            ProjectViewModel project = new ProjectViewModel(BenchProjects.denseCanvas(9));
            CardViewModel card = project.getCurrentCanvas().block(BlockType.VALUE_PROPOSITIONS).cards().get(0);
            card.changeText("Short");
            CardView view = new CardView(card, () -> { });
            view.build();
            Pane holder = new Pane(view);
            Scene scene = new Scene(holder, 400, 400);
            scene.getStylesheets().add(CardViewTest.class.getResource("/org/canvasboard/ui/canvasboard.css").toExternalForm());
            holder.applyCss();
            double shortHeight = view.prefHeight(150);

            card.changeText("A much longer text that cannot fit on one line of a card this narrow, so it wraps");
            holder.applyCss();
            double longHeight = view.prefHeight(150);
            assertTrue(longHeight > shortHeight + 30, shortHeight + " then " + longHeight);
            assertTrue(view.prefHeight(400) < longHeight, "wider, the same text takes fewer lines");

            card.changeText("Short");
            holder.applyCss();
            assertEquals(shortHeight, view.prefHeight(150), "back to one line");
            assertEquals(shortHeight, view.prefHeight(400), "at every width remembered before");
        });
    }
}
