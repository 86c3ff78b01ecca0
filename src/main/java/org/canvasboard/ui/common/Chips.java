package org.canvasboard.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.canvasboard.model.SegmentColor;

/** Chips with a remove button, and the flat icon buttons used beside fields. */
public final class Chips {
    private Chips() {
    }

    /** A wrapping chip with a small remove button after it. */
    public static HBox removable(String text, SegmentColor colour, String removeTip, Runnable remove) {
        Label chip = SegmentStyles.chip(text, colour);
        chip.setWrapText(true);
        chip.setMaxWidth(280);
        chip.setMinWidth(0);
        chip.setContentDisplay(ContentDisplay.LEFT);
        HBox box = new HBox(0, chip, iconButton(AppIcon.CLOSE, removeTip, remove));
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(0);
        return box;
    }

    /** A flat button showing only an icon; the tooltip doubles as its accessible name. */
    public static Button iconButton(AppIcon icon, String tooltip, Runnable action) {
        Button b = new Button(null, icon.node());
        b.getStyleClass().addAll("flat", "button-icon");
        b.setTooltip(new Tooltip(tooltip));
        b.setAccessibleText(tooltip);
        b.setOnAction(e -> action.run());
        return b;
    }
}
