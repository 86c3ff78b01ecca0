package org.canvasboard.app;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * How wide a label is when it shows its whole text, whatever it shows now: the window's tab
 * strips and view buttons decide from it whether their names fit or only their icons, and the
 * answer must not change with the form they have at the moment.
 */
final class LabelWidths {
    private LabelWidths() {
    }

    /** The label with its text alone (no icon). */
    static double textOnly(Labeled label) {
        Insets insets = label.getInsets();
        Insets padding = label.getLabelPadding();
        return Math.ceil(textWidth(label)) + insets.getLeft() + insets.getRight() + padding.getLeft() + padding.getRight();
    }

    /** The label with its icon and its text side by side. */
    static double iconAndText(Labeled label) {
        Node graphic = label.getGraphic();
        return textOnly(label) + (graphic == null ? 0 : Math.ceil(graphic.prefWidth(-1)) + label.getGraphicTextGap());
    }

    /** The label with its icon alone. */
    static double iconOnly(Labeled label) {
        Node graphic = label.getGraphic();
        Insets insets = label.getInsets();
        Insets padding = label.getLabelPadding();
        return (graphic == null ? 0 : Math.ceil(graphic.prefWidth(-1))) + insets.getLeft() + insets.getRight()
                + padding.getLeft() + padding.getRight();
    }

    private static double textWidth(Labeled label) {
        Text text = new Text(label.getText() == null ? "" : label.getText());
        text.setFont(label.getFont());
        return text.getLayoutBounds().getWidth();
    }
}
