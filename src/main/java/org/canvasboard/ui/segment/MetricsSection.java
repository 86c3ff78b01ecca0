package org.canvasboard.ui.segment;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.canvasboard.model.Metric;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.ui.common.Chips;
import org.canvasboard.ui.common.Forms;
import org.canvasboard.ui.common.KeyedRows;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.ui.common.Scrolling;
import org.canvasboard.ui.common.TypingFields;
import org.canvasboard.viewmodel.ProjectViewModel;
import org.canvasboard.viewmodel.SegmentPanelViewModel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A segment's metrics: a row of name and value per metric, and a button that adds one and puts
 * the caret in its name. Metrics have no id of their own, so a row stands for a position.
 */
final class MetricsSection extends VBox {
    private final SegmentPanelViewModel panel;
    private final VBox rows = new VBox(4);
    private final KeyedRows<Indexed, MetricRow> keyed;

    /** A metric and where it stands. */
    record Indexed(int index, Metric metric) {
    }

    MetricsSection(SegmentPanelViewModel panel, ProjectViewModel project, Supplier<ScrollPane> scroll) {
        super(4);
        this.panel = panel;
        keyed = new KeyedRows<>(rows, Indexed::index, m -> new MetricRow(panel, project, m.index(), this::update));
        keyed.onAdded(row -> Platform.runLater(() -> {
            Scrolling.intoView(scroll.get(), row.node());
            row.name.requestFocus();
        }));
        Button add = new Button(Messages.get("segment.metric.add"), AppIcon.ADD.node());
        keyed.focusWhenEmpty(() -> add);
        add.setId("add-metric");
        add.setOnAction(e -> panel.addMetric());
        getChildren().addAll(rows, add);
    }

    void update() {
        List<Metric> metrics = panel.getSegment() == null ? List.of() : panel.getSegment().metrics();
        List<Indexed> indexed = new ArrayList<>();
        for (int i = 0; i < metrics.size(); i++) {
            indexed.add(new Indexed(i, metrics.get(i)));
        }
        keyed.sync(indexed);
    }

    void reset() {
        keyed.reset();
    }

    private static final class MetricRow implements KeyedRows.Row<Indexed> {
        private final TextField name = new TextField();
        private final TextField value = new TextField();
        private final HBox node;

        MetricRow(SegmentPanelViewModel panel, ProjectViewModel project, int index, Runnable showStored) {
            name.setPromptText(Messages.get("segment.metric.name.prompt"));
            name.setId("metric-name-" + index);
            value.setPromptText(Messages.get("segment.metric.value.prompt"));
            value.setId("metric-value-" + index);
            value.setPrefColumnCount(7);
            TypingFields.wire(name, project, () -> !panel.editable(),
                    v -> panel.changeMetricName(index, v), showStored);
            TypingFields.wire(value, project, () -> !panel.editable(),
                    v -> panel.changeMetricValue(index, v), showStored);
            Button remove = Chips.iconButton(AppIcon.CLOSE, Messages.get("segment.metric.remove"),
                    () -> panel.removeMetric(index));
            HBox.setHgrow(name, Priority.ALWAYS);
            name.setMinWidth(0);
            value.setMinWidth(0);
            node = Forms.row(name, value, remove);
            node.setSpacing(4);
        }

        @Override
        public Node node() {
            return node;
        }

        @Override
        public void update(Indexed item) {
            TypingFields.setIfChanged(name, item.metric().name());
            TypingFields.setIfChanged(value, item.metric().value());
        }
    }
}
