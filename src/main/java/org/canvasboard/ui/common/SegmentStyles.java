package org.canvasboard.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.canvasboard.model.PurchaseRole;
import org.canvasboard.model.SegmentColor;

/** Small shared pieces for drawing segments: colour marks, role badges, chips. */
public final class SegmentStyles {
    private SegmentStyles() {
    }

    /** Inline style giving a node a segment's colour as background. */
    public static String background(SegmentColor colour) {
        return "-fx-background-color: " + colour.hex() + ";";
    }

    /** A round dot in a segment's colour, with the segment's name as tooltip. */
    public static Region dot(SegmentColor colour, String tooltip) {
        Region dot = new Region();
        dot.getStyleClass().add("segment-dot");
        dot.setStyle(background(colour));
        if (tooltip != null) {
            Tooltip.install(dot, new Tooltip(tooltip));
        }
        return dot;
    }

    /** One or two letters for a role, for the compact badges on a segment card. */
    public static String abbreviation(PurchaseRole role) {
        return switch (role) {
            case USER -> "U";
            case INFLUENCER -> "I";
            case RECOMMENDER -> "R";
            case BUYER -> "B";
            case PAYER -> "P";
            case DECISION_MAKER -> "D";
        };
    }

    /** A chip: a rounded label, optionally coloured with a segment's colour. */
    public static Label chip(String text, SegmentColor colour) {
        Label chip = new Label(text);
        chip.getStyleClass().add("chip");
        chip.setMnemonicParsing(false);
        if (colour != null) {
            chip.setGraphic(dot(colour, null));
        }
        return chip;
    }

    /** Makes a node act like a link: hand cursor, runs the action on a click or Enter/Space. */
    public static void onActivate(Node node, Runnable action) {
        node.getStyleClass().add("link-chip");
        node.setFocusTraversable(true);
        node.setOnMouseClicked(e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                action.run();
                e.consume();
            }
        });
        node.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.SPACE) {
                action.run();
                e.consume();
            }
        });
    }
}
