package org.canvasboard.app;

import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.canvasboard.ui.canvas.CanvasTabs;
import org.canvasboard.ui.canvas.CanvasView;
import org.canvasboard.ui.common.Later;
import org.canvasboard.viewmodel.ProjectViewModel;
import org.canvasboard.viewmodel.WindowViewModel;
import org.canvasboard.viewmodel.WorkspaceViewModel;

import java.util.function.Consumer;

/**
 * The editor window, assembled from its parts: menu bar and toolbar (built from
 * {@link AppAction}), the main area (canvas tabs, view switch, canvas or other view), the side
 * panel and the status bar, with the commands wired by area. Its own state is a
 * {@link WindowViewModel}; when another project is opened, the project-bound parts follow it.
 */
final class MainWindow {
    private final Stage stage;
    private final WindowViewModel window;
    private final Actions actions = new Actions();
    private final BorderPane root = new BorderPane();
    private final SearchBar search;
    private final MainArea main;
    private final SidePanel side;
    private final WindowNavigator navigator;
    private final MainMenus menus;
    private final CanvasCommands canvasCommands;
    private final ViewCommands viewCommands;
    private final Presentation presentation;
    private ExportController exports;
    private boolean firstFrameDrawn;
    private Runnable pendingPanels;

    MainWindow(Stage stage, WorkspaceViewModel workspace, DocumentController documents, SettingsKeeper settings) {
        this.stage = stage;
        this.window = new WindowViewModel(workspace);
        this.presentation = new Presentation(stage);
        search = new SearchBar(this::focusCanvas);
        main = new MainArea(stage, window, () -> menus().cardMenu());
        side = new SidePanel(window, root, settings.sidePanelWidth(SidePanelWidth.DEFAULT),
                settings::rememberSidePanelWidth);
        navigator = new WindowNavigator(window, main, side);
        FileCommands.wire(actions, documents, () -> exports);
        new EditCommands(actions, stage, window, main, search);
        canvasCommands = new CanvasCommands(actions, stage, window, main, presentation);
        viewCommands = new ViewCommands(actions, stage, window, main);
        SegmentCommands.wire(actions, window, navigator, documents);
        menus = new MainMenus(actions, window::project, Bindings.not(window.hasSelectionProperty()), viewCommands.theme());
        RecentFilesMenu recent = new RecentFilesMenu(documents);
        root.setTop(new VBox(menus.menuBar(recent.menu()), menus.toolBar(search.node())));
        root.setCenter(main.node());
        root.setRight(side.node());
        root.setBottom(new StatusBar(window).node());
        root.setId("main-window");
        workspace.projectProperty().addListener((obs, old, now) -> showProject(now));
        documents.setStatusSink(window::showStatus);
        showProject(workspace.getProject());
    }

    private MainMenus menus() {
        return menus;
    }

    void setExports(ExportController exports) {
        this.exports = exports;
    }

    /** The theme in use and what choosing another does (apply it and remember it). */
    void setThemes(Theme current, Consumer<Theme> chooser) {
        viewCommands.setThemes(current, chooser);
    }

    BorderPane root() {
        return root;
    }

    void install(Scene scene) {
        actions.installExtraAccelerators(scene);
        Later.afterNextLayout(scene, this::firstFrameDrawn);
    }

    private void firstFrameDrawn() {
        firstFrameDrawn = true;
        if (pendingPanels != null) {
            pendingPanels.run();
            pendingPanels = null;
        }
    }

    /** Whether the whole window is built (the side panel follows the first frame). */
    boolean isComplete() {
        return firstFrameDrawn;
    }

    void showStatus(String message) {
        window.showStatus(message);
    }

    /** Gives the keyboard to the canvas (call once the window is showing). */
    void focusCanvas() {
        CanvasView view = main.currentCanvasView();
        if (view != null) {
            view.requestFocus();
        }
    }

    private void showProject(ProjectViewModel project) {
        presentation.stop();
        search.follow(project);
        main.showProject(project, navigator, new CanvasTabs(project, () -> actions.run(AppAction.NEW_CANVAS),
                canvasCommands::rename, menus::canvasMenu));
        side.showProject(project, navigator);
        project.selection().leadProperty().addListener((obs, was, now) -> {
            if (project == window.project()) {
                side.followLead(now);
            }
        });
        // the side panel's card, checks and workbook panes: at start-up they are built right
        // after the window's first frame, so the canvas shows a tenth of a second sooner
        Runnable panels = () -> side.buildPanels(project, navigator, () -> exports.export(ExportFormat.HANDIN),
                () -> exports.export(ExportFormat.HANDIN_MARKDOWN));
        if (firstFrameDrawn) {
            panels.run();
        } else {
            pendingPanels = panels;
        }
    }
}
