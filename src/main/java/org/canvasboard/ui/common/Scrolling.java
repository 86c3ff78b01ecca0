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
        Span span = span(scroll, node);
        if (span == null) {
            return;
        }
        double top = scroll.getVvalue() * span.range();
        double target = top;
        if (span.node().getMinY() < top || span.node().getHeight() > span.viewport()) {
            target = span.node().getMinY();
        } else if (span.node().getMaxY() > top + span.viewport()) {
            target = span.node().getMaxY() - span.viewport();
        }
        scroll.setVvalue(Math.max(0, Math.min(1, target / span.range())));
    }

    /** Scrolls so the node stands at the top of the view (as far as the content allows). */
    public static void toTop(ScrollPane scroll, Node node) {
        Span span = span(scroll, node);
        if (span != null) {
            scroll.setVvalue(Math.max(0, Math.min(1, span.node().getMinY() / span.range())));
        }
    }

    /** Where the node stands in the content, the viewport's height and how far the content scrolls. */
    private record Span(Bounds node, double viewport, double range) {
    }

    /** The span of a node in a scroll pane's content, or null when the content fits (or is not shown). */
    private static Span span(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        if (content == null || node.getScene() == null) {
            return null;
        }
        scroll.applyCss();
        scroll.layout();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        return contentHeight <= viewport ? null : new Span(inContent, viewport, contentHeight - viewport);
    }
}
