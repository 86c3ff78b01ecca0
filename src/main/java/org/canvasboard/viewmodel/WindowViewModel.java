package org.canvasboard.viewmodel;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import org.canvasboard.model.CanvasKind;

import java.util.List;

/**
 * The screen viewmodel of the editor window itself: which main view and which side tab show,
 * the status line (a message and the counts of the canvas shown), which commands can run, and
 * the numbers the side tabs carry (open checks, workbook level). It follows the workspace's
 * project, so the window only binds to it; no JavaFX scene is needed to test it.
 */
public final class WindowViewModel {
    /** What the main area shows. */
    public enum MainView { CANVAS, PROFILE, PERSONAS, COMPARE }

    /** The tabs of the side panel. */
    public enum SideTab { CARD, SEGMENT, CHECKS, WORKBOOK }

    /**
     * What the status line counts on the canvas shown; {@code matches} is -1 without a search,
     * {@code zoomPercent} is 100 at the canvas's natural size.
     */
    public record CanvasCounts(CanvasKind kind, long cards, long matches, int selected, int zoomPercent) {
    }

    private final WorkspaceViewModel workspace;
    private final ReadOnlyObjectWrapper<MainView> mainView = new ReadOnlyObjectWrapper<>(this, "mainView", MainView.CANVAS);
    private final ReadOnlyObjectWrapper<SideTab> sideTab = new ReadOnlyObjectWrapper<>(this, "sideTab", SideTab.CARD);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<CanvasCounts> counts = new ReadOnlyObjectWrapper<>(this, "counts");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper(this, "hasSelection");
    private final ReadOnlyBooleanWrapper canDeleteCanvas = new ReadOnlyBooleanWrapper(this, "canDeleteCanvas");
    private final ReadOnlyIntegerWrapper checksCount = new ReadOnlyIntegerWrapper(this, "checksCount");
    private final ReadOnlyIntegerWrapper workbookLevel = new ReadOnlyIntegerWrapper(this, "workbookLevel", -1);
    private double zoom = 1;
    private final InvalidationListener recount = o -> updateCounts();
    private final InvalidationListener reenable = o -> updateEnablement();
    private final ChangeListener<CardViewModel> leadFollower = (obs, old, now) -> followSelection(now);
    private ProjectViewModel followed;

    public WindowViewModel(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        workspace.projectProperty().addListener((obs, old, now) -> follow(now));
        follow(workspace.getProject());
    }

    private void follow(ProjectViewModel project) {
        if (followed != null) {
            for (Observable o : watched(followed)) {
                o.removeListener(recount);
                o.removeListener(reenable);
            }
            followed.selection().leadProperty().removeListener(leadFollower);
        }
        followed = project;
        mainView.set(MainView.CANVAS);
        zoom = 1;
        if (project != null) {
            for (Observable o : watched(project)) {
                o.addListener(recount);
                o.addListener(reenable);
            }
            project.selection().leadProperty().addListener(leadFollower);
        }
        updateEnablement();
        updateCounts();
    }

    private static List<Observable> watched(ProjectViewModel p) {
        return List.of(p.history().revisionProperty(), p.history().canUndoProperty(), p.history().canRedoProperty(),
                p.searchQueryProperty(), p.selection().cards(), p.currentCanvasProperty(), p.canvases());
    }

    private void updateEnablement() {
        ProjectViewModel p = followed;
        canUndo.set(p != null && p.history().canUndoProperty().get());
        canRedo.set(p != null && p.history().canRedoProperty().get());
        hasSelection.set(p != null && !p.selection().cards().isEmpty());
        canDeleteCanvas.set(p != null && p.canvases().size() > 1);
    }

    private void updateCounts() {
        ProjectViewModel p = followed;
        CanvasViewModel canvas = p == null ? null : p.getCurrentCanvas();
        if (canvas == null) {
            counts.set(null);
            return;
        }
        String query = p.searchQueryProperty().get();
        long matches = query == null || query.isBlank() ? -1 : canvas.allCards().filter(c -> c.matches(query)).count();
        CanvasCounts now = new CanvasCounts(canvas.kind(), canvas.allCards().count(), matches,
                p.selection().cards().size(), (int) Math.round(zoom * 100));
        if (!now.equals(counts.get())) {
            counts.set(now);
        }
    }

    // --- commands ---

    /** Shows the canvas, the customer profile, the persona gallery or the comparison. */
    public void showMainView(MainView view) {
        mainView.set(view);
    }

    public void showSideTab(SideTab tab) {
        sideTab.set(tab);
    }

    /**
     * The side panel follows the selection: a segment shows its details, a plain card its card
     * tab; while the checks or the workbook are open they stay.
     */
    public void followSelection(CardViewModel lead) {
        if (lead == null || sideTab.get() == SideTab.CHECKS || sideTab.get() == SideTab.WORKBOOK) {
            return;
        }
        sideTab.set(lead.isSegment() ? SideTab.SEGMENT : SideTab.CARD);
    }

    /**
     * Whether card commands (delete, cut, paste, moves) apply: outside the canvas view the
     * selected cards cannot be seen, so they must not touch them.
     */
    public boolean cardCommandsApply() {
        return mainView.get() == MainView.CANVAS;
    }

    /** Puts a sentence (already worded) on the status line. */
    public void showStatus(String message) {
        status.set(message == null ? "" : message);
    }

    /** The zoom of the canvas shown (1 is its natural size). */
    public void showZoom(double factor) {
        zoom = factor;
        updateCounts();
    }

    /** How many checks are open (the checks tab carries it). */
    public void showChecksCount(int count) {
        checksCount.set(count);
    }

    /** The workbook's completion in percent, or -1 when no workbook is started. */
    public void showWorkbookLevel(int percent) {
        workbookLevel.set(percent);
    }

    // --- what the window shows ---

    public ReadOnlyObjectProperty<MainView> mainViewProperty() {
        return mainView.getReadOnlyProperty();
    }

    public MainView getMainView() {
        return mainView.get();
    }

    public ReadOnlyObjectProperty<SideTab> sideTabProperty() {
        return sideTab.getReadOnlyProperty();
    }

    public SideTab getSideTab() {
        return sideTab.get();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The counts of the canvas shown (null without a canvas). */
    public ReadOnlyObjectProperty<CanvasCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Whether cards are selected (the card commands need some). */
    public ReadOnlyBooleanProperty hasSelectionProperty() {
        return hasSelection.getReadOnlyProperty();
    }

    /** Whether the canvas shown may be deleted (a project keeps at least one). */
    public ReadOnlyBooleanProperty canDeleteCanvasProperty() {
        return canDeleteCanvas.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty checksCountProperty() {
        return checksCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty workbookLevelProperty() {
        return workbookLevel.getReadOnlyProperty();
    }

    public ProjectViewModel project() {
        return workspace.getProject();
    }
}
