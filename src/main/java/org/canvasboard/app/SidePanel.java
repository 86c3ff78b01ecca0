package org.canvasboard.app;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.canvasboard.ui.card.CardDetailsPane;
import org.canvasboard.ui.card.CardLinksSection;
import org.canvasboard.ui.checks.ChecksPane;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.ui.common.Navigator;
import org.canvasboard.ui.segment.SegmentDetailsPane;
import org.canvasboard.ui.workbook.WorkbookPane;
import org.canvasboard.viewmodel.CardViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;
import org.canvasboard.viewmodel.WindowViewModel;
import org.canvasboard.viewmodel.WindowViewModel.SideTab;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.DoubleConsumer;

/**
 * The side panel: the card, segment, checks and workbook tabs and their panes, with a handle on
 * its left edge to make it wider or narrower. Which tab is open is the window viewmodel's; the
 * panes scroll rather than being cut when the panel is narrower than they are.
 */
final class SidePanel {
    private final WindowViewModel window;
    private final SideTabs tabs = new SideTabs();
    private final Map<SideTab, Tab> byKind = new EnumMap<>(SideTab.class);
    private final HBox panel;
    private final SidePanelWidth width;
    private Lazy<SegmentDetailsPane> segmentPane;
    private CardLinksSection linksSection;

    /** {@code windowArea} is the region the panel shares with the canvas. */
    SidePanel(WindowViewModel window, Region windowArea, double initialWidth, DoubleConsumer rememberWidth) {
        this.window = window;
        addTab(SideTab.CARD, "tab-card", "window.tab.card", AppIcon.NOTES);
        addTab(SideTab.SEGMENT, "tab-segment", "window.tab.segment", AppIcon.SEGMENT);
        addTab(SideTab.CHECKS, "tab-checks", "window.tab.checks", AppIcon.CHECKS);
        addTab(SideTab.WORKBOOK, "tab-workbook", "window.tab.workbook", AppIcon.WORKBOOK);
        tab(SideTab.CHECKS).textProperty().bind(Bindings.createStringBinding(() -> checksLabel(
                window.checksCountProperty().get()), window.checksCountProperty()));
        tab(SideTab.SEGMENT).setOnSelectionChanged(e -> {
            if (tab(SideTab.SEGMENT).isSelected() && tab(SideTab.SEGMENT).getContent() == null && segmentPane != null) {
                tab(SideTab.SEGMENT).setContent(scrolling(segmentPane.get()));
            }
        });
        tabs.setId("side-tabs");
        tabs.setMinWidth(0);
        tabs.getSelectionModel().select(tab(window.getSideTab()));
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                window.showSideTab((SideTab) now.getUserData());
            }
        });
        window.sideTabProperty().addListener((obs, old, now) -> tabs.getSelectionModel().select(tab(now)));
        panel = new HBox();
        panel.setId("side-panel");
        panel.getStyleClass().add("side-panel");
        width = new SidePanelWidth(panel, windowArea, initialWidth, rememberWidth);
        HBox.setHgrow(tabs, Priority.ALWAYS);
        panel.getChildren().setAll(width.handle(), tabs);
    }

    private void addTab(SideTab kind, String id, String label, AppIcon icon) {
        Tab tab = new Tab(Messages.get(label));
        tab.setId(id);
        tab.setUserData(kind);
        byKind.put(kind, tab);
        tabs.add(tab, icon.node());
    }

    static String checksLabel(int open) {
        return open == 0 ? Messages.get("window.tab.checks") : Messages.get("window.tab.checks.open", open);
    }

    private Tab tab(SideTab kind) {
        return byKind.get(kind);
    }

    HBox node() {
        return panel;
    }

    SidePanelWidth width() {
        return width;
    }

    /** A pane in a scroll pane that follows the panel's width but never squeezes it below its own. */
    private static ScrollPane scrolling(Node pane) {
        ScrollPane scroll = new ScrollPane(pane);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.getStyleClass().addAll("edge-to-edge", "side-panel-content");
        return scroll;
    }

    /** Another project: its segment pane waits until the segment tab is first shown. */
    void showProject(ProjectViewModel project, Navigator navigator) {
        segmentPane = new Lazy<>(() -> new SegmentDetailsPane(project, navigator));
        Tab segmentTab = tab(SideTab.SEGMENT);
        segmentTab.setContent(segmentTab.isSelected() ? scrolling(segmentPane.get()) : null);
    }

    /** The segment pane (made if need be). */
    SegmentDetailsPane segmentPane() {
        return segmentPane.get();
    }

    /**
     * The card, checks and workbook panes. At start-up they are built right after the window's
     * first frame, so the canvas shows a tenth of a second sooner.
     */
    void buildPanels(ProjectViewModel project, Navigator navigator, Runnable handIn, Runnable handInMarkdown) {
        linksSection = new CardLinksSection(project, navigator);
        linksSection.show(project.selection().getLead());
        CardDetailsPane cardPane = new CardDetailsPane(project, linksSection);
        ScrollPane cardScroll = new ScrollPane(cardPane);
        cardScroll.setFitToWidth(true);
        cardScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        cardScroll.getStyleClass().add("side-panel-content");
        tab(SideTab.CARD).setContent(cardScroll);
        ChecksPane checks = new ChecksPane(project, navigator);
        tab(SideTab.CHECKS).setContent(scrolling(checks));
        tab(SideTab.CHECKS).setOnSelectionChanged(e -> {
            if (tab(SideTab.CHECKS).isSelected()) {
                checks.settleNow();
            }
        });
        window.showChecksCount(checks.countProperty().get());
        checks.countProperty().addListener((obs, old, now) -> window.showChecksCount(now.intValue()));
        WorkbookPane workbookPane = new WorkbookPane(project, navigator, handIn, handInMarkdown);
        tab(SideTab.WORKBOOK).setContent(scrolling(workbookPane));
        // the completion level stays in sight whichever panel is open
        window.showWorkbookLevel(workbookPane.levelProperty().get());
        workbookPane.levelProperty().addListener((obs, old, now) -> window.showWorkbookLevel(now.intValue()));
        CardLinksSection links = linksSection;
        project.history().revisionProperty().addListener((obs, a, b) -> links.show(project.selection().getLead()));
    }

    /** The card tab's links follow the selection's lead card. */
    void followLead(CardViewModel lead) {
        if (lead != null && linksSection != null) {
            linksSection.show(lead);
        }
    }
}
