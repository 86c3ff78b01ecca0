package org.canvasboard.ui.persona;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.canvasboard.model.SegmentColor;
import org.canvasboard.ui.common.Chips;
import org.canvasboard.ui.common.KeyedRows;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.ui.common.Navigator;
import org.canvasboard.ui.common.SegmentStyles;
import org.canvasboard.viewmodel.LinkedSegment;

import java.util.function.Consumer;

/**
 * A segment's chip on a persona tile or in the editor: its colour and name, a click or Enter goes
 * to the segment; in the editor a small button unlinks it. Renaming or recolouring the segment
 * updates the chip in place.
 */
final class SegmentChip implements KeyedRows.Row<LinkedSegment> {
    private final Label label;
    private final Button unlink;
    private final Node node;
    private SegmentColor colour;

    private SegmentChip(LinkedSegment segment, Navigator navigator, Consumer<LinkedSegment> onUnlink) {
        this.colour = segment.colour();
        if (onUnlink == null) {
            label = SegmentStyles.chip(segment.name(), colour);
            unlink = null;
            node = label;
        } else {
            HBox box = Chips.removable(segment.name(), colour, "", () -> onUnlink.accept(segment));
            label = (Label) box.getChildren().get(0);
            unlink = (Button) box.getChildren().get(1);
            node = box;
        }
        label.setTooltip(new Tooltip());
        SegmentStyles.onActivate(label, () -> navigator.showCard(segment.card()));
        update(segment);
    }

    /** A chip that only leads to its segment (a gallery tile). */
    static SegmentChip link(LinkedSegment segment, Navigator navigator) {
        return new SegmentChip(segment, navigator, null);
    }

    /** A chip with an unlink button (the editor). */
    static SegmentChip removable(LinkedSegment segment, Navigator navigator, Consumer<LinkedSegment> onUnlink) {
        return new SegmentChip(segment, navigator, onUnlink);
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void update(LinkedSegment segment) {
        if (!label.getText().equals(segment.name())) {
            label.setText(segment.name());
        }
        if (segment.colour() != colour) {
            colour = segment.colour();
            label.setGraphic(SegmentStyles.dot(colour, null));
        }
        label.getTooltip().setText(Messages.get("persona.segment.goTo", segment.name()));
        if (unlink != null) {
            String tip = Messages.get("persona.segments.unlink", segment.name());
            unlink.getTooltip().setText(tip);
            unlink.setAccessibleText(tip);
        }
    }
}
