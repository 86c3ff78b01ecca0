package org.canvasboard.ui.common;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made when the pointer first enters its node. A {@link Tooltip} is a popup window
 * with its own scene, and a card carries up to four of them: made up front they were a third of
 * the cost of bringing a card into the scene, for tips most cards never show.
 */
public final class LazyTip {
    private static final Object KEY = new Object();
    private static final EventHandler<MouseEvent> MAKE = e -> {
        Node node = (Node) e.getSource();
        if (node.getProperties().get(KEY) instanceof String text) {
            Tooltip tip = new Tooltip(text);
            node.getProperties().put(KEY, tip);
            Tooltip.install(node, tip);
        }
    };

    private LazyTip() {
    }

    /** Sets the node's tip text; null or blank takes the tip away. */
    public static void set(Node node, String text) {
        Object now = node.getProperties().get(KEY);
        boolean none = text == null || text.isBlank();
        if (now instanceof Tooltip tip) {
            if (none) {
                Tooltip.uninstall(node, tip);
                node.getProperties().remove(KEY);
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, MAKE);
            } else {
                tip.setText(text);
            }
            return;
        }
        if (none) {
            node.getProperties().remove(KEY);
            node.removeEventHandler(MouseEvent.MOUSE_ENTERED, MAKE);
            return;
        }
        if (now == null) {
            node.addEventHandler(MouseEvent.MOUSE_ENTERED, MAKE);
        }
        node.getProperties().put(KEY, text);
    }

    /** The tip text the node shows or will show, or null. */
    public static String text(Node node) {
        Object now = node.getProperties().get(KEY);
        return now instanceof Tooltip tip ? tip.getText() : (String) now;
    }
}
