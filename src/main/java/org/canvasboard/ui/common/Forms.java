package org.canvasboard.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** The small pieces every side-panel form is built from: captions, section titles, hints, rows. */
public final class Forms {
    private Forms() {
    }

    /** A field's caption, above the field. */
    public static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("details-caption");
        label.setWrapText(true);
        label.setMinWidth(0);
        return label;
    }

    /** A field's caption with an icon before it. */
    public static Label caption(String text, AppIcon icon) {
        Label label = caption(text);
        label.setGraphic(icon.node());
        return label;
    }

    /** The title of a section of a form (a place the panel can scroll to). */
    public static Label sectionTitle(String text, AppIcon icon) {
        Label label = new Label(text, icon.node());
        label.getStyleClass().add("section-title");
        label.setWrapText(true);
        label.setMinWidth(0);
        return label;
    }

    /** A wrapping hint; kept out of flow panes, which would lay it out on one long line. */
    public static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("details-hint");
        label.setWrapText(true);
        label.setMinWidth(0);
        return label;
    }

    /** A horizontal row of controls, centred vertically. */
    public static HBox row(Node... nodes) {
        HBox row = new HBox(6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Shows or hides a node, taking it out of the layout while hidden. */
    public static void show(Node node, boolean on) {
        node.setVisible(on);
        node.setManaged(on);
    }
}
