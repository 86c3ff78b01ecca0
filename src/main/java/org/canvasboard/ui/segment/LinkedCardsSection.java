package org.canvasboard.ui.segment;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.canvasboard.ui.common.Forms;
import org.canvasboard.ui.common.KeyedRows;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.ui.common.Navigator;
import org.canvasboard.ui.common.SegmentStyles;
import org.canvasboard.viewmodel.CardViewModel;
import org.canvasboard.viewmodel.SegmentPanelViewModel;

/** The cards of the canvas linked to a segment, each a chip that shows the card on the canvas. */
final class LinkedCardsSection extends VBox {
    private final SegmentPanelViewModel panel;
    private final FlowPane chips = new FlowPane(6, 6);
    private final KeyedRows<CardViewModel, Chip> rows;
    private final Label none = Forms.hint(Messages.get("segment.links.none"));

    LinkedCardsSection(SegmentPanelViewModel panel, Navigator navigator) {
        super(6);
        this.panel = panel;
        rows = new KeyedRows<>(chips, CardViewModel::id, c -> new Chip(navigator, c));
        getChildren().addAll(chips, none);
    }

    void update() {
        rows.sync(panel.linkedCards());
        rows.rows().forEach(r -> r.where(panel.blockTitleOf(r.card)));
        Forms.show(none, rows.isEmpty());
    }

    void reset() {
        rows.reset();
    }

    private static final class Chip implements KeyedRows.Row<CardViewModel> {
        private final CardViewModel card;
        private final Label label = new Label();
        private final Tooltip tip = new Tooltip();
        private String where = "";

        Chip(Navigator navigator, CardViewModel card) {
            this.card = card;
            label.getStyleClass().add("chip");
            label.setMaxWidth(300);
            label.setMinWidth(0);
            label.setTooltip(tip);
            label.setId("linked-card-" + card.id());
            SegmentStyles.onActivate(label, () -> navigator.showCard(card));
        }

        void where(String block) {
            where = block;
            tip.setText(Messages.get("segment.links.tip", where, card.getText()));
        }

        @Override
        public Node node() {
            return label;
        }

        @Override
        public void update(CardViewModel item) {
            String text = item.getText().isBlank() ? Messages.get("segment.links.emptyCard") : item.getText();
            if (!text.equals(label.getText())) {
                label.setText(text);
            }
            tip.setText(Messages.get("segment.links.tip", where, item.getText()));
        }
    }
}
