package org.canvasboard.viewmodel;

import org.canvasboard.model.BlockType;
import org.canvasboard.model.CanvasKind;
import org.canvasboard.model.Project;
import org.canvasboard.viewmodel.WindowViewModel.CanvasCounts;
import org.canvasboard.viewmodel.WindowViewModel.MainView;
import org.canvasboard.viewmodel.WindowViewModel.SideTab;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WindowViewModelTest {
    private final WorkspaceViewModel workspace = new WorkspaceViewModel(Fixtures.sampleProject().toModel(), null, null);
    private final WindowViewModel window = new WindowViewModel(workspace);

    private ProjectViewModel project() {
        return workspace.getProject();
    }

    private CardViewModel card(String id) {
        return project().getCurrentCanvas().findCard(id).orElseThrow();
    }

    @Test
    void countsTheCardsOfTheCanvasShown() {
        assertEquals(new CanvasCounts(CanvasKind.BUSINESS_MODEL, 9, -1, 0, 100), window.countsProperty().get());
        project().showNeighbourCanvas(1);
        assertEquals(0, window.countsProperty().get().cards());
    }

    @Test
    void countsFollowAddedCardsSearchSelectionAndZoom() {
        project().addCard(BlockType.CHANNELS);
        assertEquals(10, window.countsProperty().get().cards());
        assertEquals(1, window.countsProperty().get().selected(), "the new card is selected");
        project().searchQueryProperty().set("v");
        assertEquals(4, window.countsProperty().get().matches());
        window.showZoom(1.5);
        assertEquals(150, window.countsProperty().get().zoomPercent());
        project().undo();
        assertEquals(9, window.countsProperty().get().cards());
    }

    @Test
    void countsAreAnEqualValueOnlyWhenNothingChanged() {
        CanvasCounts before = window.countsProperty().get();
        project().searchQueryProperty().set("");
        assertSame(before, window.countsProperty().get(), "an unchanged count is not replaced");
    }

    @Test
    void undoAndRedoAreEnabledByTheHistory() {
        assertFalse(window.canUndoProperty().get());
        project().addCard(BlockType.CHANNELS);
        assertTrue(window.canUndoProperty().get());
        assertFalse(window.canRedoProperty().get());
        project().undo();
        assertFalse(window.canUndoProperty().get());
        assertTrue(window.canRedoProperty().get());
    }

    @Test
    void cardCommandsNeedASelection() {
        assertFalse(window.hasSelectionProperty().get());
        project().selection().select(card("v1"));
        assertTrue(window.hasSelectionProperty().get());
        project().selection().clear();
        assertFalse(window.hasSelectionProperty().get());
    }

    @Test
    void theLastCanvasCannotBeDeleted() {
        assertTrue(window.canDeleteCanvasProperty().get());
        project().deleteCanvas(project().canvases().get(1));
        assertFalse(window.canDeleteCanvasProperty().get());
        project().undo();
        assertTrue(window.canDeleteCanvasProperty().get());
    }

    @Test
    void sideTabFollowsTheSelectionUnlessChecksOrWorkbookAreOpen() {
        project().getCurrentCanvas().makeSegment(card("s1"));
        project().selection().select(card("s1"));
        assertEquals(SideTab.SEGMENT, window.getSideTab());
        project().selection().select(card("v1"));
        assertEquals(SideTab.CARD, window.getSideTab());
        window.showSideTab(SideTab.CHECKS);
        project().selection().select(card("s1"));
        assertEquals(SideTab.CHECKS, window.getSideTab(), "the checks stay open");
        window.showSideTab(SideTab.WORKBOOK);
        project().selection().select(card("v2"));
        assertEquals(SideTab.WORKBOOK, window.getSideTab(), "the workbook stays open");
    }

    @Test
    void cardCommandsApplyOnlyOnTheCanvas() {
        assertTrue(window.cardCommandsApply());
        for (MainView view : List.of(MainView.PROFILE, MainView.PERSONAS, MainView.COMPARE)) {
            window.showMainView(view);
            assertFalse(window.cardCommandsApply(), view + " hides the cards");
        }
        window.showMainView(MainView.CANVAS);
        assertTrue(window.cardCommandsApply());
    }

    @Test
    void anotherProjectStartsOnTheCanvasAndRebindsEverything() {
        ProjectViewModel old = project();
        old.addCard(BlockType.CHANNELS);
        window.showMainView(MainView.PERSONAS);
        window.showZoom(2);
        workspace.show(Project.blank(), null, null);
        assertEquals(MainView.CANVAS, window.getMainView());
        assertFalse(window.canUndoProperty().get(), "the new project has nothing to undo");
        assertEquals(100, window.countsProperty().get().zoomPercent());
        long cards = window.countsProperty().get().cards();
        old.addCard(BlockType.CHANNELS);
        assertEquals(cards, window.countsProperty().get().cards(), "the old project is no longer followed");
        assertFalse(window.canUndoProperty().get());
        workspace.getProject().addCard(BlockType.CHANNELS);
        assertEquals(cards + 1, window.countsProperty().get().cards());
    }

    @Test
    void statusChecksAndWorkbookAreWhatTheWindowLastReported() {
        window.showStatus("Saved.");
        assertEquals("Saved.", window.statusProperty().get());
        window.showStatus(null);
        assertEquals("", window.statusProperty().get());
        assertEquals(-1, window.workbookLevelProperty().get(), "no workbook yet");
        window.showChecksCount(3);
        window.showWorkbookLevel(40);
        assertEquals(3, window.checksCountProperty().get());
        assertEquals(40, window.workbookLevelProperty().get());
    }
}
