package org.canvasboard.ui.segment;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.canvasboard.model.Characteristic;
import org.canvasboard.model.Dimension;
import org.canvasboard.ui.common.Chips;
import org.canvasboard.ui.common.Forms;
import org.canvasboard.ui.common.KeyedRows;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.viewmodel.SegmentPanelViewModel;

import java.util.EnumMap;
import java.util.Map;

/**
 * A segment's characteristics, one group per dimension: chips that can be removed, and a field
 * that adds one on Enter and stays ready for the next.
 */
final class CharacteristicsSection extends VBox {
    private final SegmentPanelViewModel panel;
    private final Map<Dimension, KeyedRows<Characteristic, Chip>> chips = new EnumMap<>(Dimension.class);

    CharacteristicsSection(SegmentPanelViewModel panel) {
        super(4);
        this.panel = panel;
        for (Dimension d : Dimension.values()) {
            FlowPane pane = new FlowPane(4, 4);
            pane.setId("characteristics-" + d.id());
            TextField add = new TextField();
            chips.put(d, new KeyedRows<>(pane, c -> c.text(), (Characteristic c) -> new Chip(panel, c))
                    .focusWhenEmpty(() -> add));
            add.setId("add-characteristic-" + d.id());
            add.setPromptText(SegmentWords.dimensionPrompt(d));
            add.setOnAction(e -> {
                if (panel.addCharacteristic(d, add.getText())) {
                    add.clear();
                }
            });
            getChildren().addAll(Forms.caption(d.label()), pane, add);
        }
    }

    void update() {
        chips.forEach((d, rows) -> rows.sync(panel.characteristics(d)));
    }

    /** Forgets the rows of the segment shown before. */
    void reset() {
        chips.values().forEach(KeyedRows::reset);
    }

    private static final class Chip implements KeyedRows.Row<Characteristic> {
        private final HBox node;

        Chip(SegmentPanelViewModel panel, Characteristic c) {
            node = Chips.removable(c.text(), null, Messages.get("segment.removeItem", c.text()),
                    () -> panel.removeCharacteristic(c));
        }

        @Override
        public Node node() {
            return node;
        }

        @Override
        public void update(Characteristic item) {
            // a chip shows its text, which is its key: nothing changes in place
        }
    }
}
