package org.canvasboard.ui.canvas;

import javafx.scene.Node;
import org.canvasboard.model.BlockType;
import org.canvasboard.ui.common.AppIcon;

/** The icon that stands for each block. */
public final class BlockIcons {
    private BlockIcons() {
    }

    public static AppIcon of(BlockType type) {
        return switch (type) {
            case KEY_PARTNERS -> AppIcon.KEY_PARTNERS;
            case KEY_ACTIVITIES -> AppIcon.KEY_ACTIVITIES;
            case KEY_RESOURCES -> AppIcon.KEY_RESOURCES;
            case VALUE_PROPOSITIONS -> AppIcon.VALUE_PROPOSITIONS;
            case CUSTOMER_RELATIONSHIPS -> AppIcon.CUSTOMER_RELATIONSHIPS;
            case CHANNELS -> AppIcon.CHANNELS;
            case CUSTOMER_SEGMENTS -> AppIcon.CUSTOMER_SEGMENTS;
            case COST_STRUCTURE -> AppIcon.COST_STRUCTURE;
            case REVENUE_STREAMS -> AppIcon.REVENUE_STREAMS;
            case CUSTOMER_PROBLEM -> AppIcon.CUSTOMER_PROBLEM;
            case ECO_SOCIAL_COSTS -> AppIcon.ECO_SOCIAL_COSTS;
            case ECO_SOCIAL_BENEFITS -> AppIcon.ECO_SOCIAL_BENEFITS;
            case KPIS -> AppIcon.KPIS;
        };
    }

    static Node iconFor(BlockType type) {
        return of(type).node();
    }
}
