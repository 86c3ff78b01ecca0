package org.canvasboard.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Scrolls a side panel so a node shows: a new row, or the section a hint leads to. */
public final class Scrolling {
    private Scrolling() {
    }

    /** Scrolls as little as needed for the node to be wholly in view (its top if it is taller). */
    public static void intoView(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        if (content == null || node.getScene() == null) {
            return;
        }
        scroll.applyCss();
        scroll.layout();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewport);
        double target = top;
        if (inContent.getMinY() < top || inContent.getHeight() > viewport) {
            target = inContent.getMinY();
        } else if (inContent.getMaxY() > top + viewport) {
            target = inContent.getMaxY() - viewport;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, target / (contentHeight - viewport))));
    }

    /** Scrolls so the node stands at the top of the view (as far as the content allows). */
    public static void toTop(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        if (content == null || node.getScene() == null) {
            return;
        }
        scroll.applyCss();
        scroll.layout();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight > viewport) {
            scroll.setVvalue(Math.max(0, Math.min(1, inContent.getMinY() / (contentHeight - viewport))));
        }
    }
}
