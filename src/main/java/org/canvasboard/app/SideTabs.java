package org.canvasboard.app;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * The side panel's tab strip, whose labels are never cut: each tab has an icon and a text, and
 * when the full texts do not fit the panel's width the tabs show their icons alone (style class
 * {@value #ICONS_ONLY}), with the text as the tooltip. The decision is taken from the texts'
 * widths, so it is the same whichever form the tabs have now.
 */
final class SideTabs extends TabPane {
    static final String ICONS_ONLY = "icons-only";
    /** A little room to spare, so a label never ends exactly at the edge. */
    private static final double SLACK = 6;

    SideTabs() {
        getStyleClass().add("side-tabs");
    }

    /** Adds a tab with an icon, whose tooltip repeats its text. */
    void add(Tab tab, Node icon) {
        tab.setClosable(false);
        tab.setGraphic(icon);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(tab.textProperty());
        tab.setTooltip(tip);
        getTabs().add(tab);
    }

    /** Whether the tabs show their icons alone. */
    boolean iconsOnly() {
        return getStyleClass().contains(ICONS_ONLY);
    }

    @Override
    protected void layoutChildren() {
        Boolean fits = labelsFit();
        if (fits != null && fits == iconsOnly()) {
            if (fits) {
                getStyleClass().remove(ICONS_ONLY);
            } else {
                getStyleClass().add(ICONS_ONLY);
            }
        }
        super.layoutChildren();
    }

    /** Whether every tab's full text fits the strip; null before the tab headers exist. */
    private Boolean labelsFit() {
        Node area = lookup(".tab-header-area");
        Node headers = area == null ? null : area.lookup(".headers-region");
        if (!(area instanceof Region strip) || !(headers instanceof Region region)
                || region.getChildrenUnmodifiable().size() != getTabs().size()) {
            return null;
        }
        double needed = 0;
        for (Node header : region.getChildrenUnmodifiable()) {
            Node found = header.lookup(".tab-label");
            if (!(found instanceof Label label)) {
                return null;
            }
            // the header without its label, plus the label showing its text alone
            needed += header.prefWidth(-1) - label.prefWidth(-1) + LabelWidths.textOnly(label);
        }
        // the strip gets the pane's width when the pane lays it out (after this): measure from the pane
        Insets insets = strip.getInsets();
        double room = getWidth() - snappedLeftInset() - snappedRightInset() - insets.getLeft() - insets.getRight();
        return getWidth() <= 0 ? null : needed + SLACK <= room;
    }
}
