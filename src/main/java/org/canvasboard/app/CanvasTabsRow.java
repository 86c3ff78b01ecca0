package org.canvasboard.app;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.SegmentedButton;

/**
 * The row above the canvas: the canvas tabs (which scroll when short of room) and the view
 * switch. When the row cannot hold the view buttons' names beside the tabs' own minimum, the
 * buttons show their icons alone (style class {@value #ICONS_ONLY}; their tooltips name them),
 * so the canvas area stays narrow enough for a wide side panel.
 */
final class CanvasTabsRow extends HBox {
    static final String ICONS_ONLY = "icons-only";
    /** A little room to spare, so a name never ends exactly at the edge. */
    private static final double SLACK = 8;

    private final Region tabs;
    private final SegmentedButton views;

    CanvasTabsRow(Region tabs, SegmentedButton views) {
        super(tabs, views);
        this.tabs = tabs;
        this.views = views;
        HBox.setHgrow(tabs, Priority.ALWAYS);
        getStyleClass().add("canvas-tabs-row");
        setAlignment(Pos.BOTTOM_LEFT);
    }

    @Override
    protected void layoutChildren() {
        if (getWidth() > 0) {
            boolean fit = namesFit();
            if (fit == views.getStyleClass().contains(ICONS_ONLY)) {
                if (fit) {
                    views.getStyleClass().remove(ICONS_ONLY);
                } else {
                    views.getStyleClass().add(ICONS_ONLY);
                }
            }
        }
        super.layoutChildren();
    }

    /** As narrow as the tabs' minimum beside the view buttons' icons: the row compacts itself to that. */
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + tabs.minWidth(-1) + viewsWidth(true);
    }

    private boolean namesFit() {
        double room = getWidth() - snappedLeftInset() - snappedRightInset() - tabs.minWidth(-1);
        return viewsWidth(false) + SLACK <= room;
    }

    /** The view switch's width with icons alone, or with icons and names. */
    private double viewsWidth(boolean iconsOnly) {
        double width = views.snappedLeftInset() + views.snappedRightInset();
        for (ToggleButton button : views.getButtons()) {
            width += iconsOnly ? LabelWidths.iconOnly(button) : LabelWidths.iconAndText(button);
        }
        for (Node n : views.getChildrenUnmodifiable()) {
            if (n instanceof HBox box) { // the skin's row of buttons
                width += box.getSpacing() * Math.max(0, views.getButtons().size() - 1)
                        + box.snappedLeftInset() + box.snappedRightInset();
            }
        }
        return width;
    }
}
