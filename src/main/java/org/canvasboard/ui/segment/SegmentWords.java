package org.canvasboard.ui.segment;

import javafx.scene.control.ListCell;
import org.canvasboard.model.Dimension;
import org.canvasboard.model.MarketType;
import org.canvasboard.model.PurchaseRole;
import org.canvasboard.ui.common.Messages;

/** What the segment panel says about market types, purchase roles and dimensions. */
final class SegmentWords {
    private SegmentWords() {
    }

    static String marketMeaning(MarketType type) {
        return Messages.get("segment.market." + type.name());
    }

    static String roleMeaning(PurchaseRole role) {
        return Messages.get("segment.role." + role.name());
    }

    static String dimensionPrompt(Dimension dimension) {
        return Messages.get("segment.dimension." + dimension.name());
    }

    /** A market type with what it means, or "not chosen yet" for none. */
    static ListCell<MarketType> marketCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(MarketType item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? Messages.get("segment.marketType.none")
                        : Messages.get("segment.marketType.choice", item.label(), marketMeaning(item)));
            }
        };
    }
}
