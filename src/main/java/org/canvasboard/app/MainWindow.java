package org.canvasboard.app;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.canvasboard.model.BlockType;
import org.canvasboard.model.EvidenceStatus;
import org.canvasboard.ui.canvas.CanvasTabs;
import org.canvasboard.ui.canvas.CanvasView;
import org.canvasboard.ui.card.CardDetailsPane;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.viewmodel.CanvasViewModel;
import org.canvasboard.viewmodel.CardViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;
import org.canvasboard.viewmodel.WorkspaceViewModel;
import atlantafx.base.controls.CustomTextField;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The editor window: menu bar and toolbar built from {@link AppAction}, canvas tabs, the canvas,
 * the card details panel and a status bar. Rebuilds its project-bound parts when another project
 * is opened.
 */
final class MainWindow {
    private final Stage stage;
    private final WorkspaceViewModel workspace;
    private final DocumentController documents;
    private final Actions actions = new Actions();
    private final CardClipboard clipboard = new CardClipboard();
    private final BorderPane root = new BorderPane();
    private final StackPane canvasHost = new StackPane();
    private final VBox canvasArea = new VBox();
    private final javafx.scene.control.TabPane sideTabs = new javafx.scene.control.TabPane();
    private final javafx.scene.control.Tab cardTab = new javafx.scene.control.Tab("Card");
    private final javafx.scene.control.Tab segmentTab = new javafx.scene.control.Tab("Segment");
    private final javafx.scene.control.Tab checksTab = new javafx.scene.control.Tab("Checks");
    private final javafx.scene.control.Tab workbookTab = new javafx.scene.control.Tab("Workbook");
    private final org.controlsfx.control.SegmentedButton viewSwitch = new org.controlsfx.control.SegmentedButton();
    private final Map<MainView, javafx.scene.control.ToggleButton> viewButtons = new java.util.EnumMap<>(MainView.class);
    private MainView mainView = MainView.CANVAS;
    private Lazy<org.canvasboard.ui.segment.SegmentDetailsPane> segmentPane;
    private Lazy<org.canvasboard.ui.profile.CustomerProfileView> profileView;
    private Lazy<org.canvasboard.ui.persona.PersonaGallery> gallery;
    private Lazy<org.canvasboard.ui.compare.SegmentComparisonView> compareView;
    private org.canvasboard.ui.card.CardLinksSection linksSection;

    /** What the main area shows. */
    enum MainView { CANVAS, PROFILE, PERSONAS, COMPARE }
    private final Label statusMessage = new Label();
    private final Label statusCounts = new Label();
    private final Label statusWorkbook = new Label();
    private final CustomTextField search = new CustomTextField();
    private final Map<CanvasViewModel, org.canvasboard.ui.canvas.ZoomPane> canvasViews = new HashMap<>();
    private final Menu recentMenu = new Menu("Open recent");
    private MainMenus menus;

    MainWindow(Stage stage, WorkspaceViewModel workspace, DocumentController documents) {
        this.stage = stage;
        this.workspace = workspace;
        this.documents = documents;
        this.presentation = new Presentation(stage);
        wireActions();
        search.setPromptText("Find cards by text or #tag");
        search.setId("search");
        search.setPrefColumnCount(22);
        search.setLeft(AppIcon.SEARCH.node());
        javafx.scene.control.Button clear = new javafx.scene.control.Button(null, AppIcon.CLOSE.node());
        clear.getStyleClass().addAll("flat", "button-icon");
        clear.setFocusTraversable(false);
        clear.setOnAction(e -> search.clear());
        clear.visibleProperty().bind(search.textProperty().isNotEmpty());
        search.setRight(clear);
        search.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                // Enter steps to the next match (Shift+Enter the previous), which the canvas shows
                project().selectMatch(!e.isShiftDown());
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                search.clear();
                CanvasView view = currentCanvasView();
                if (view != null) {
                    view.requestFocus();
                }
            }
        });
        menus = new MainMenus(actions, this::project, noSelection, theme);
        MenuBar menuBar = menus.menuBar(recentMenu);
        ToolBar toolBar = menus.toolBar(search);
        root.setTop(new VBox(menuBar, toolBar));
        buildViewSwitch();
        buildSideTabs();
        SplitPane split = new SplitPane(canvasArea, sideTabs);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(sideTabs, false);
        VBox.setVgrow(canvasHost, Priority.ALWAYS);
        root.setCenter(split);
        root.setBottom(buildStatusBar());
        root.setId("main-window");
        workspace.projectProperty().addListener((obs, old, now) -> showProject(old, now));
        documents.recentFiles().addListener((javafx.collections.ListChangeListener<java.nio.file.Path>) c -> rebuildRecent());
        documents.setStatusSink(statusMessage::setText);
        rebuildRecent();
        showProject(null, workspace.getProject());
    }

    private ExportController exports;
    private final Presentation presentation;

    void setExports(ExportController exports) {
        this.exports = exports;
    }

    private java.util.function.Consumer<Theme> themeChooser = t -> { };
    private final javafx.beans.property.ObjectProperty<Theme> theme = new javafx.beans.property.SimpleObjectProperty<>(Theme.SYSTEM);

    /** The theme in use and what choosing another does (apply it and remember it). */
    void setThemes(Theme current, java.util.function.Consumer<Theme> chooser) {
        theme.set(current);
        themeChooser = chooser;
    }

    private void zoom(java.util.function.Consumer<org.canvasboard.ui.canvas.ZoomPane> change) {
        showMainView(MainView.CANVAS);
        org.canvasboard.ui.canvas.ZoomPane zoom = currentZoom();
        if (zoom != null) {
            change.accept(zoom);
        }
    }

    private void chooseTheme(Theme chosen) {
        theme.set(chosen);
        themeChooser.accept(chosen);
        statusMessage.setText(chosen.label() + ".");
    }

    BorderPane root() {
        return root;
    }

    void install(Scene scene) {
        actions.installExtraAccelerators(scene);
        org.canvasboard.ui.common.Later.afterNextLayout(scene, this::firstFrameDrawn);
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
        statusMessage.setText(message);
    }

    /** Gives the keyboard to the canvas (call once the window is showing). */
    void focusCanvas() {
        CanvasView view = currentCanvasView();
        if (view != null) {
            view.requestFocus();
        }
    }

    private ProjectViewModel project() {
        return workspace.getProject();
    }

    private CanvasView currentCanvasView() {
        org.canvasboard.ui.canvas.ZoomPane zoom = canvasViews.get(project().getCurrentCanvas());
        return zoom == null ? null : zoom.canvas();
    }

    private org.canvasboard.ui.canvas.ZoomPane currentZoom() {
        return canvasViews.get(project().getCurrentCanvas());
    }

    Presentation presentation() {
        return presentation;
    }

    private void showProject(ProjectViewModel old, ProjectViewModel project) {
        presentation.stop();
        canvasViews.clear();
        mainView = MainView.CANVAS;
        viewButtons.forEach((v, b) -> b.setSelected(v == MainView.CANVAS));
        if (old != null) {
            search.textProperty().unbindBidirectional(old.searchQueryProperty());
        }
        search.setText("");
        search.textProperty().bindBidirectional(project.searchQueryProperty());
        CanvasTabs tabs = new CanvasTabs(project, () -> actions.run(AppAction.NEW_CANVAS),
                this::renameCanvas, menus::canvasMenu);
        HBox.setHgrow(tabs, Priority.ALWAYS);
        HBox tabsRow = new HBox(tabs, viewSwitch);
        tabsRow.getStyleClass().add("canvas-tabs-row");
        tabsRow.setAlignment(javafx.geometry.Pos.BOTTOM_LEFT);
        canvasArea.getChildren().setAll(tabsRow, canvasHost);
        segmentPane = new Lazy<>(() -> new org.canvasboard.ui.segment.SegmentDetailsPane(project, navigator));
        segmentTab.setContent(segmentTab.isSelected() ? segmentPane.get() : null);
        profileView = new Lazy<>(() -> new org.canvasboard.ui.profile.CustomerProfileView(project));
        gallery = new Lazy<>(() -> new org.canvasboard.ui.persona.PersonaGallery(project, navigator,
                () -> PictureImport.choose(stage)));
        compareView = new Lazy<>(() -> new org.canvasboard.ui.compare.SegmentComparisonView(project, navigator));
        project.selection().leadProperty().addListener((obs, was, now) -> followSelection(now));
        project.currentCanvasProperty().addListener((obs, was, now) -> showCanvas(now));
        project.history().revisionProperty().addListener((obs, a, b) -> updateCounts());
        project.searchQueryProperty().addListener((obs, a, b) -> updateCounts());
        project.selection().cards().addListener((javafx.collections.SetChangeListener<CardViewModel>) c -> updateCounts());
        showCanvas(project.getCurrentCanvas());
        rebindEnablement(project);
        if (firstFrameDrawn) {
            buildPanels(project);
        } else {
            pendingPanels = () -> buildPanels(project);
        }
    }

    private boolean firstFrameDrawn;
    private Runnable pendingPanels;

    /**
     * The side panel's card, checks and workbook panes. At start-up they are built right after
     * the window's first frame, so the canvas shows a tenth of a second sooner; the window is
     * complete a frame later.
     */
    private void buildPanels(ProjectViewModel project) {
        linksSection = new org.canvasboard.ui.card.CardLinksSection(project, navigator);
        linksSection.show(project.selection().getLead());
        CardDetailsPane cardPane = new CardDetailsPane(project, linksSection);
        javafx.scene.control.ScrollPane cardScroll = new javafx.scene.control.ScrollPane(cardPane);
        cardScroll.setFitToWidth(true);
        cardScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        cardTab.setContent(cardScroll);
        org.canvasboard.ui.checks.ChecksPane checks = new org.canvasboard.ui.checks.ChecksPane(project, navigator);
        checksTab.setContent(checks);
        checksTab.setOnSelectionChanged(e -> {
            if (checksTab.isSelected()) {
                checks.settleNow();
            }
        });
        checksTab.textProperty().bind(Bindings.createStringBinding(() -> checks.countProperty().get() == 0 ? "Checks"
                : "Checks (" + checks.countProperty().get() + ")", checks.countProperty()));
        org.canvasboard.ui.workbook.WorkbookPane workbookPane = new org.canvasboard.ui.workbook.WorkbookPane(project, navigator,
                () -> exports.export(ExportFormat.HANDIN), () -> exports.export(ExportFormat.HANDIN_MARKDOWN));
        workbookTab.setContent(workbookPane);
        // the completion level stays in sight whichever panel is open
        statusWorkbook.textProperty().bind(Bindings.createStringBinding(() -> workbookPane.levelProperty().get() < 0 ? ""
                : "Workbook " + workbookPane.levelProperty().get() + " %", workbookPane.levelProperty()));
        org.canvasboard.ui.card.CardLinksSection links = linksSection;
        project.history().revisionProperty().addListener((obs, a, b) -> links.show(project.selection().getLead()));
    }

    private void showCanvas(CanvasViewModel canvas) {
        if (canvas == null) {
            return;
        }
        org.canvasboard.ui.canvas.ZoomPane view = canvasViews.computeIfAbsent(canvas, c -> {
            org.canvasboard.ui.canvas.ZoomPane pane = new org.canvasboard.ui.canvas.ZoomPane(
                    new CanvasView(project(), c, menus::cardMenu));
            // however the zoom changed (keys, menu, Ctrl+wheel), the status line says it
            pane.zoomProperty().addListener((obs, old, now) -> {
                updateCounts();
                statusMessage.setText("Zoom " + Math.round(now.doubleValue() * 100) + " %.");
            });
            return pane;
        });
        if (mainView == MainView.CANVAS) {
            canvasHost.getChildren().setAll(view);
            // a new zoom pane puts the canvas in the scene only when it gets its skin; without
            // that, the canvas cannot take the keyboard and it went to the search box
            view.applyCss();
            view.canvas().requestFocus();
        }
        updateCounts();
    }

    // --- main views and side tabs ---

    private void buildViewSwitch() {
        addViewButton(MainView.CANVAS, AppAction.VIEW_CANVAS);
        addViewButton(MainView.PROFILE, AppAction.VIEW_PROFILE);
        addViewButton(MainView.PERSONAS, AppAction.VIEW_PERSONAS);
        addViewButton(MainView.COMPARE, AppAction.VIEW_COMPARE);
        viewSwitch.getStyleClass().add("view-switch");
        viewSwitch.setId("view-switch");
        // when the row is short, the canvas tabs scroll; the view buttons keep their names
        viewSwitch.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        viewButtons.get(MainView.CANVAS).setSelected(true);
    }

    private void addViewButton(MainView view, AppAction action) {
        javafx.scene.control.ToggleButton button = new javafx.scene.control.ToggleButton(action.label(),
                action.icon().map(AppIcon::node).orElse(null));
        button.setId("view-" + view.name().toLowerCase(java.util.Locale.ROOT));
        button.setTooltip(new javafx.scene.control.Tooltip(action.label() + " (" + action.shortcutText() + ")"));
        button.setFocusTraversable(false);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        button.setOnAction(e -> showMainView(view));
        viewButtons.put(view, button);
        viewSwitch.getButtons().add(button);
    }

    /** Shows the canvas, the customer profile, the persona gallery or the comparison. */
    void showMainView(MainView view) {
        mainView = view;
        viewButtons.forEach((v, b) -> b.setSelected(v == view));
        switch (view) {
            case CANVAS -> showCanvas(project().getCurrentCanvas());
            case PROFILE -> {
                CardViewModel lead = project().selection().getLead();
                if (lead != null && lead.isSegment()) {
                    profileView.get().showSegment(lead);
                }
                canvasHost.getChildren().setAll(profileView.get());
            }
            case PERSONAS -> canvasHost.getChildren().setAll(gallery.get());
            case COMPARE -> {
                canvasHost.getChildren().setAll(compareView.get());
                compareView.get().refresh();
            }
        }
        if (view != MainView.CANVAS) {
            // the canvas that had the keyboard is gone; without this the search field would take it
            canvasHost.getChildren().get(0).requestFocus();
        }
    }

    private void buildSideTabs() {
        for (javafx.scene.control.Tab tab : List.of(cardTab, segmentTab, checksTab, workbookTab)) {
            tab.setClosable(false);
            sideTabs.getTabs().add(tab);
        }
        // labels only: four tabs with icons do not fit the panel's usual width
        workbookTab.setId("tab-workbook");
        cardTab.setId("tab-card");
        segmentTab.setId("tab-segment");
        checksTab.setId("tab-checks");
        segmentTab.setOnSelectionChanged(e -> {
            if (segmentTab.isSelected() && segmentTab.getContent() == null) {
                segmentTab.setContent(segmentPane.get());
            }
        });
        sideTabs.setId("side-tabs");
        sideTabs.setPrefWidth(400);
        sideTabs.setMinWidth(300);
    }

    /** The side panel follows the selection: a segment shows its details, a plain card its card tab. */
    private void followSelection(CardViewModel lead) {
        if (lead != null && linksSection != null) {
            linksSection.show(lead);
        }
        var selectedTab = sideTabs.getSelectionModel().getSelectedItem();
        if (selectedTab == checksTab || selectedTab == workbookTab || lead == null) {
            return;
        }
        sideTabs.getSelectionModel().select(lead.isSegment() ? segmentTab : cardTab);
        if (mainView == MainView.PROFILE && lead.isSegment()) {
            profileView.get().showSegment(lead);
        }
    }

    private final org.canvasboard.ui.common.Navigator navigator = new org.canvasboard.ui.common.Navigator() {
        @Override
        public void showCard(CardViewModel card) {
            showMainView(MainView.CANVAS);
            project().reveal(card);
            CanvasView view = currentCanvasView();
            if (view != null) {
                view.revealCard(card);
                view.requestFocus();
            }
        }

        @Override
        public void showProfile(CardViewModel segment) {
            project().reveal(segment);
            showMainView(MainView.PROFILE);
            profileView.get().showSegment(segment);
        }

        @Override
        public void showPersona(org.canvasboard.viewmodel.PersonaViewModel persona) {
            showMainView(MainView.PERSONAS);
            gallery.get().select(persona);
        }

        @Override
        public void showSegmentsBlock() {
            showMainView(MainView.CANVAS);
            CanvasView view = currentCanvasView();
            if (view != null) {
                view.focusBlock(BlockType.CUSTOMER_SEGMENTS);
            }
        }

        @Override
        public void showSegmentSection(CardViewModel segment, org.canvasboard.viewmodel.SegmentSection section) {
            if (segment == null) {
                showSegmentsBlock();
                return;
            }
            showCard(segment);
            sideTabs.getSelectionModel().select(segmentTab);
            javafx.application.Platform.runLater(() -> segmentPane.get().reveal(section));
        }
    };

    private void updateCounts() {
        ProjectViewModel p = project();
        CanvasViewModel canvas = p.getCurrentCanvas();
        long cards = canvas.allCards().count();
        int selected = p.selection().cards().size();
        String query = p.searchQueryProperty().get();
        String matches = "";
        if (query != null && !query.isBlank()) {
            long found = canvas.allCards().filter(c -> c.matches(query)).count();
            matches = " · " + found + (found == 1 ? " match" : " matches");
        }
        org.canvasboard.ui.canvas.ZoomPane zoom = currentZoom();
        String zoomText = zoom == null || zoom.getZoom() == 1 ? "" : " · " + Math.round(zoom.getZoom() * 100) + " %";
        statusCounts.setText(canvas.kind().displayName() + " · " + cards + (cards == 1 ? " card" : " cards")
                + matches + (selected > 0 ? " · " + selected + " selected" : "") + zoomText);
    }

    // --- actions ---

    private void wireActions() {
        actions.on(AppAction.NEW_PROJECT, documents::newProject);
        actions.on(AppAction.OPEN, documents::open);
        actions.on(AppAction.SAVE, documents::save);
        actions.on(AppAction.SAVE_AS, documents::saveAs);
        actions.on(AppAction.QUIT, documents::quit);
        actions.on(AppAction.EXPORT_PNG, () -> exports.export(ExportFormat.PNG));
        actions.on(AppAction.EXPORT_PDF, () -> exports.export(ExportFormat.PDF));
        actions.on(AppAction.EXPORT_HANDOUT, () -> exports.export(ExportFormat.HANDOUT));
        actions.on(AppAction.EXPORT_MARKDOWN, () -> exports.export(ExportFormat.MARKDOWN));
        actions.on(AppAction.EXPORT_CSV, () -> exports.export(ExportFormat.CSV));
        actions.on(AppAction.IMPORT_MARKDOWN, () -> exports.importMarkdown());
        actions.on(AppAction.PRINT, () -> exports.print());
        actions.on(AppAction.UNDO, () -> project().undo());
        actions.on(AppAction.REDO, () -> project().redo());
        actions.on(AppAction.CUT, () -> {
            if (!TextEditing.cut(stage)) {
                if (onCanvas()) {
                    clipboard.put(project().cutSelection());
                }
            }
        });
        actions.on(AppAction.COPY, () -> {
            if (!TextEditing.copy(stage)) {
                clipboard.put(project().copySelection());
            }
        });
        actions.on(AppAction.PASTE, () -> {
            if (!TextEditing.paste(stage)) {
                if (onCanvas()) {
                    project().paste(clipboard.get(), targetBlock());
                }
            }
        });
        actions.on(AppAction.DELETE, () -> {
            if (!TextEditing.delete(stage)) {
                if (onCanvas()) {
                    project().deleteSelection();
                }
            }
        });
        actions.on(AppAction.SELECT_ALL, () -> {
            if (!TextEditing.selectAll(stage)) {
                if (onCanvas()) {
                    project().selection().selectAll(project().getCurrentCanvas().block(targetBlock()).cards());
                }
            }
        });
        actions.on(AppAction.FIND, () -> {
            search.requestFocus();
            search.selectAll();
        });
        actions.on(AppAction.ADD_CARD, () -> {
            showMainView(MainView.CANVAS);
            currentCanvasView().addCardAndEdit(targetBlock());
        });
        actions.on(AppAction.EDIT_CARD, () -> {
            CardViewModel lead = project().selection().getLead();
            if (lead != null) {
                currentCanvasView().editCard(lead);
            }
        });
        actions.on(AppAction.MOVE_UP, () -> {
            if (onCanvas()) {
                project().moveSelectionWithinBlock(-1);
            }
        });
        actions.on(AppAction.MOVE_DOWN, () -> {
            if (onCanvas()) {
                project().moveSelectionWithinBlock(1);
            }
        });
        actions.on(AppAction.MOVE_TO_PREVIOUS_BLOCK, () -> {
            if (onCanvas()) {
                project().moveSelectionToNeighbourBlock(-1);
            }
        });
        actions.on(AppAction.MOVE_TO_NEXT_BLOCK, () -> {
            if (onCanvas()) {
                project().moveSelectionToNeighbourBlock(1);
            }
        });
        actions.on(AppAction.MARK_HYPOTHESIS, () -> mark(EvidenceStatus.HYPOTHESIS));
        actions.on(AppAction.MARK_VALIDATED, () -> mark(EvidenceStatus.VALIDATED));
        actions.on(AppAction.MARK_INVALIDATED, () -> mark(EvidenceStatus.INVALIDATED));
        actions.on(AppAction.NEW_CANVAS, () -> Dialogs.askNewCanvas(stage, project().canvases().size())
                .ifPresent(c -> project().addCanvas(c.name(), c.kind())));
        actions.on(AppAction.DUPLICATE_CANVAS, () -> project().duplicateCanvas(project().getCurrentCanvas()));
        actions.on(AppAction.RENAME_CANVAS, () -> renameCanvas(project().getCurrentCanvas()));
        actions.on(AppAction.DELETE_CANVAS, () -> {
            CanvasViewModel canvas = project().getCurrentCanvas();
            if (project().deleteCanvas(canvas)) {
                statusMessage.setText("Deleted canvas \"" + canvas.getName() + "\". Undo brings it back.");
            }
        });
        actions.on(AppAction.NEXT_CANVAS, () -> project().showNeighbourCanvas(1));
        actions.on(AppAction.PREVIOUS_CANVAS, () -> project().showNeighbourCanvas(-1));
        actions.on(AppAction.OPEN_AS_SEGMENT, () -> {
            CardViewModel lead = project().selection().getLead();
            if (lead == null) {
                return;
            }
            if (!lead.isSegment()) {
                if (project().getCurrentCanvas().blockOf(lead).orElse(null) != BlockType.CUSTOMER_SEGMENTS) {
                    statusMessage.setText("Only cards in Customer Segments can be opened as segments.");
                    return;
                }
                project().getCurrentCanvas().makeSegment(lead);
            }
            navigator.showSegmentSection(lead, org.canvasboard.viewmodel.SegmentSection.SEGMENT);
        });
        actions.on(AppAction.NEW_PERSONA, () -> navigator.showPersona(project().addPersona("")));
        actions.on(AppAction.VIEW_CANVAS, () -> showMainView(MainView.CANVAS));
        actions.on(AppAction.VIEW_PROFILE, () -> showMainView(MainView.PROFILE));
        actions.on(AppAction.VIEW_PERSONAS, () -> showMainView(MainView.PERSONAS));
        actions.on(AppAction.VIEW_COMPARE, () -> showMainView(MainView.COMPARE));
        actions.on(AppAction.VIEW_CHECKS, () -> sideTabs.getSelectionModel().select(checksTab));
        actions.on(AppAction.VIEW_WORKBOOK, () -> sideTabs.getSelectionModel().select(workbookTab));
        actions.on(AppAction.NEW_ASSIGNMENT, () -> {
            if (documents.newAssignment()) {
                sideTabs.getSelectionModel().select(workbookTab);
            }
        });
        actions.on(AppAction.PRESENT, () -> {
            showMainView(MainView.CANVAS);
            presentation.start(project(), CanvasboardApp.STYLESHEET);
        });
        actions.on(AppAction.ZOOM_IN, () -> zoom(z -> z.zoomIn()));
        actions.on(AppAction.ZOOM_OUT, () -> zoom(z -> z.zoomOut()));
        actions.on(AppAction.ZOOM_RESET, () -> zoom(z -> z.resetZoom()));
        actions.on(AppAction.THEME_SYSTEM, () -> chooseTheme(Theme.SYSTEM));
        actions.on(AppAction.THEME_LIGHT, () -> chooseTheme(Theme.LIGHT));
        actions.on(AppAction.THEME_DARK, () -> chooseTheme(Theme.DARK));
        actions.on(AppAction.THEME_CONTRAST, () -> chooseTheme(Theme.CONTRAST));
        actions.on(AppAction.SHORTCUTS, () -> Dialogs.shortcuts(stage));
        actions.on(AppAction.ABOUT, () -> Dialogs.about(stage));
    }

    private final javafx.beans.property.BooleanProperty noSelection = new javafx.beans.property.SimpleBooleanProperty(true);
    private final javafx.beans.property.BooleanProperty cannotUndo = new javafx.beans.property.SimpleBooleanProperty(true);
    private final javafx.beans.property.BooleanProperty cannotRedo = new javafx.beans.property.SimpleBooleanProperty(true);
    private final javafx.beans.property.BooleanProperty singleCanvas = new javafx.beans.property.SimpleBooleanProperty(true);

    {
        actions.disableWhen(AppAction.UNDO, cannotUndo);
        actions.disableWhen(AppAction.REDO, cannotRedo);
        for (AppAction a : List.of(AppAction.MOVE_UP, AppAction.MOVE_DOWN, AppAction.MOVE_TO_PREVIOUS_BLOCK,
                AppAction.MOVE_TO_NEXT_BLOCK, AppAction.EDIT_CARD, AppAction.MARK_HYPOTHESIS,
                AppAction.MARK_VALIDATED, AppAction.MARK_INVALIDATED, AppAction.OPEN_AS_SEGMENT)) {
            actions.disableWhen(a, noSelection);
        }
        actions.disableWhen(AppAction.DELETE_CANVAS, singleCanvas);
    }

    private void rebindEnablement(ProjectViewModel project) {
        cannotUndo.bind(project.history().canUndoProperty().not());
        cannotRedo.bind(project.history().canRedoProperty().not());
        noSelection.bind(Bindings.isEmpty(project.selection().cards()));
        singleCanvas.bind(Bindings.size(project.canvases()).lessThanOrEqualTo(1));
    }

    private BlockType targetBlock() {
        CanvasView view = currentCanvasView();
        return view != null ? view.targetBlock() : project().getCurrentCanvas().kind().blocks().get(0);
    }

    /**
     * Whether card commands apply: outside the canvas view the selected cards cannot be seen, so
     * Delete, Cut, Paste and moves must not touch them.
     */
    private boolean onCanvas() {
        if (mainView != MainView.CANVAS) {
            statusMessage.setText("Card commands work on the canvas: press Ctrl+1 to go back to it.");
            return false;
        }
        return true;
    }

    private void mark(EvidenceStatus status) {
        project().getCurrentCanvas().markCards(project().selectedCards(), status);
    }

    private void renameCanvas(CanvasViewModel canvas) {
        Dialogs.askName(stage, "Rename canvas", "Name", canvas.getName()).ifPresent(canvas::rename);
    }

    // --- menus ---

    private void rebuildRecent() {
        recentMenu.getItems().clear();
        for (java.nio.file.Path path : documents.recentFiles()) {
            MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> documents.open(path));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private Node buildStatusBar() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        statusMessage.setId("status-message");
        statusCounts.setId("status-counts");
        statusWorkbook.setId("status-workbook");
        HBox bar = new HBox(statusMessage, spacer, statusWorkbook, statusCounts);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    ReadOnlyObjectProperty<ProjectViewModel> projectProperty() {
        return workspace.projectProperty();
    }
}
