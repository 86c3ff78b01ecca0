package org.canvasboard.app;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.canvasboard.ui.canvas.CanvasTabs;
import org.canvasboard.ui.canvas.CanvasView;
import org.canvasboard.ui.canvas.ZoomPane;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.ui.common.Navigator;
import org.canvasboard.ui.compare.SegmentComparisonView;
import org.canvasboard.ui.persona.PersonaGallery;
import org.canvasboard.ui.profile.CustomerProfileView;
import org.controlsfx.control.SegmentedButton;
import org.canvasboard.viewmodel.CanvasViewModel;
import org.canvasboard.viewmodel.CardViewModel;
import org.canvasboard.viewmodel.PersonaSection;
import org.canvasboard.viewmodel.PersonaViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;
import org.canvasboard.viewmodel.WindowViewModel;
import org.canvasboard.viewmodel.WindowViewModel.MainView;
import org.canvasboard.viewmodel.WindowViewModel.SideTab;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The window's main area: the canvas tabs with the view switch above, and below them the canvas
 * shown (in its zoom pane), the customer profile, the persona gallery or the comparison, as the
 * window's viewmodel says. The profile, gallery and comparison are made when first shown.
 */
final class MainArea {
    private final Stage stage;
    private final WindowViewModel window;
    private final Supplier<ContextMenu> cardMenu;
    private final VBox area = new VBox();
    private final StackPane host = new StackPane();
    private final SegmentedButton viewSwitch = new SegmentedButton();
    private final Map<MainView, ToggleButton> viewButtons = new EnumMap<>(MainView.class);
    private final Map<CanvasViewModel, ZoomPane> canvasViews = new HashMap<>();
    private ProjectViewModel project;
    private Lazy<CustomerProfileView> profileView;
    private Lazy<PersonaGallery> gallery;
    private Lazy<SegmentComparisonView> compareView;

    MainArea(Stage stage, WindowViewModel window, Supplier<ContextMenu> cardMenu) {
        this.stage = stage;
        this.window = window;
        this.cardMenu = cardMenu;
        addViewButton(MainView.CANVAS, AppAction.VIEW_CANVAS);
        addViewButton(MainView.PROFILE, AppAction.VIEW_PROFILE);
        addViewButton(MainView.PERSONAS, AppAction.VIEW_PERSONAS);
        addViewButton(MainView.COMPARE, AppAction.VIEW_COMPARE);
        viewSwitch.getStyleClass().add("view-switch");
        viewSwitch.setId("view-switch");
        // when the row is short, the canvas tabs scroll; the view buttons keep their names
        viewSwitch.setMinWidth(Region.USE_PREF_SIZE);
        VBox.setVgrow(host, Priority.ALWAYS);
        window.mainViewProperty().addListener((obs, old, now) -> display(now));
        showButtons(window.getMainView());
    }

    private void addViewButton(MainView view, AppAction action) {
        ToggleButton button = new ToggleButton(action.label(), action.icon().map(AppIcon::node).orElse(null));
        button.setId("view-" + view.name().toLowerCase(Locale.ROOT));
        button.setTooltip(new Tooltip(Messages.get("window.view.tooltip", action.label(), action.shortcutText())));
        button.setFocusTraversable(false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> show(view));
        viewButtons.put(view, button);
        viewSwitch.getButtons().add(button);
    }

    VBox node() {
        return area;
    }

    /** Shows another project: its canvas tabs and its first canvas; its other views wait until shown. */
    void showProject(ProjectViewModel shown, Navigator navigator, CanvasTabs tabs) {
        project = shown;
        canvasViews.clear();
        area.getChildren().setAll(new CanvasTabsRow(tabs, viewSwitch), host);
        profileView = new Lazy<>(() -> new CustomerProfileView(shown));
        gallery = new Lazy<>(() -> new PersonaGallery(shown, navigator, () -> PictureImport.choose(stage)));
        compareView = new Lazy<>(() -> new SegmentComparisonView(shown, navigator));
        shown.selection().leadProperty().addListener((obs, was, now) -> followLead(shown, now));
        shown.currentCanvasProperty().addListener((obs, was, now) -> {
            if (shown == project) {
                showCanvas(now);
            }
        });
        showButtons(window.getMainView());
        showCanvas(shown.getCurrentCanvas());
    }

    /** Shows a main view; shown again, the canvas takes the keyboard back. */
    void show(MainView view) {
        if (window.getMainView() == view) {
            display(view);
        } else {
            window.showMainView(view); // the listener displays it
        }
    }

    private void display(MainView view) {
        if (project == null || project != window.project()) {
            return; // another project is on its way in; it shows the canvas
        }
        showButtons(view);
        switch (view) {
            case CANVAS -> showCanvas(project.getCurrentCanvas());
            case PROFILE -> {
                CardViewModel lead = project.selection().getLead();
                if (lead != null && lead.isSegment()) {
                    profileView.get().showSegment(lead);
                }
                host.getChildren().setAll(profileView.get());
            }
            case PERSONAS -> host.getChildren().setAll(gallery.get());
            case COMPARE -> {
                host.getChildren().setAll(compareView.get());
                compareView.get().refresh();
            }
        }
        if (view != MainView.CANVAS) {
            // the canvas that had the keyboard is gone; without this the search field would take it
            host.getChildren().get(0).requestFocus();
        }
    }

    private void showButtons(MainView view) {
        viewButtons.forEach((v, b) -> b.setSelected(v == view));
    }

    private void followLead(ProjectViewModel shown, CardViewModel lead) {
        SideTab tab = window.getSideTab();
        if (shown == project && lead != null && lead.isSegment() && window.getMainView() == MainView.PROFILE
                && tab != SideTab.CHECKS && tab != SideTab.WORKBOOK) {
            profileView.get().showSegment(lead);
        }
    }

    private void showCanvas(CanvasViewModel canvas) {
        if (canvas == null) {
            return;
        }
        ZoomPane view = canvasViews.computeIfAbsent(canvas, c -> {
            ZoomPane pane = new ZoomPane(new CanvasView(project, c, cardMenu));
            // however the zoom changed (keys, menu, Ctrl+wheel), the status line says it
            pane.zoomProperty().addListener((obs, old, now) -> {
                window.showZoom(now.doubleValue());
                window.showStatus(Messages.get("window.status.zoom", Math.round(now.doubleValue() * 100)));
            });
            return pane;
        });
        window.showZoom(view.getZoom());
        if (window.getMainView() == MainView.CANVAS) {
            host.getChildren().setAll(view);
            // a new zoom pane puts the canvas in the scene only when it gets its skin; without
            // that, the canvas cannot take the keyboard and it went to the search box
            view.applyCss();
            view.canvas().requestFocus();
        }
    }

    /** The zoom pane of the canvas shown, or null before it is made. */
    ZoomPane currentZoom() {
        return project == null ? null : canvasViews.get(project.getCurrentCanvas());
    }

    /** The canvas shown, or null before it is made. */
    CanvasView currentCanvasView() {
        ZoomPane zoom = currentZoom();
        return zoom == null ? null : zoom.canvas();
    }

    /** Shows the canvas, then changes its zoom. */
    void zoom(Consumer<ZoomPane> change) {
        show(MainView.CANVAS);
        ZoomPane zoom = currentZoom();
        if (zoom != null) {
            change.accept(zoom);
        }
    }

    /** Shows a segment's profile in the profile view (made if need be). */
    void showProfileOf(CardViewModel segment) {
        show(MainView.PROFILE);
        profileView.get().showSegment(segment);
    }

    void showPersona(PersonaViewModel persona) {
        show(MainView.PERSONAS);
        gallery.get().select(persona);
    }

    /** Shows a persona in the gallery, its editor scrolled to one section. */
    void showPersonaSection(PersonaViewModel persona, PersonaSection section) {
        showPersona(persona);
        gallery.get().reveal(section);
    }
}
