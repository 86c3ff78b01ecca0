package org.canvasboard.ui.compare;

import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.ui.common.Navigator;
import org.canvasboard.ui.common.SegmentStyles;
import org.canvasboard.viewmodel.ComparisonRowViewModel;
import org.canvasboard.viewmodel.SegmentLabelViewModel;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The comparison's table: a header per segment column and a label and cells per row. It is
 * brought in line with the viewmodel node by node (a header per segment id, a label per aspect,
 * a cell per aspect and segment), so a refresh moves and relabels nodes rather than making new ones.
 */
final class ComparisonGrid extends GridPane {
    private final Navigator navigator;
    private final Map<SegmentLabelViewModel, Label> headers = new HashMap<>();
    private final Map<ComparisonRowViewModel, Label> labels = new HashMap<>();
    private final Map<List<Object>, Label> cells = new HashMap<>();

    ComparisonGrid(Navigator navigator) {
        this.navigator = navigator;
        getStyleClass().add("compare-grid");
        setId("compare-grid");
    }

    void sync(List<SegmentLabelViewModel> columns, List<ComparisonRowViewModel> rows) {
        fitColumns(columns.size());
        headers.keySet().retainAll(Set.copyOf(columns));
        labels.keySet().retainAll(Set.copyOf(rows));
        Set<Node> wanted = new HashSet<>();
        for (int c = 0; c < columns.size(); c++) {
            SegmentLabelViewModel column = columns.get(c);
            Label header = headers.computeIfAbsent(column, this::header);
            setIfChanged(header, column.getName());
            if (header.getUserData() != column.getColour()) {
                header.setUserData(column.getColour());
                header.setGraphic(column.getColour() == null ? null : SegmentStyles.dot(column.getColour(), null));
            }
            header.setId("compare-header-" + c);
            place(header, c + 1, 0);
            wanted.add(header);
        }
        Map<List<Object>, Label> keptCells = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            ComparisonRowViewModel row = rows.get(r);
            Label label = labels.computeIfAbsent(row, this::rowLabel);
            setIfChanged(label, row.label());
            place(label, 0, r + 1);
            wanted.add(label);
            List<List<String>> lines = row.getCells();
            for (int c = 0; c < columns.size() && c < lines.size(); c++) {
                List<Object> key = List.of(row, columns.get(c));
                Label cell = cells.get(key);
                if (cell == null) {
                    cell = cell();
                }
                keptCells.put(key, cell);
                setIfChanged(cell, cellText(lines.get(c)));
                cell.setId("compare-" + (r + 1) + "-" + c);
                place(cell, c + 1, r + 1);
                wanted.add(cell);
            }
        }
        cells.clear();
        cells.putAll(keptCells);
        getChildren().removeIf(n -> !wanted.contains(n));
        for (Node n : wanted) {
            if (n.getParent() != this) {
                getChildren().add(n);
            }
        }
    }

    /** A column of labels, then one growing column per segment. */
    private void fitColumns(int segments) {
        if (getColumnConstraints().size() == segments + 1) {
            return;
        }
        getColumnConstraints().setAll(new ColumnConstraints(175));
        for (int c = 0; c < segments; c++) {
            ColumnConstraints column = new ColumnConstraints(180, 260, Double.MAX_VALUE);
            column.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(column);
        }
    }

    private static void place(Node node, int column, int row) {
        if (!Objects.equals(GridPane.getColumnIndex(node), column) || !Objects.equals(GridPane.getRowIndex(node), row)) {
            GridPane.setConstraints(node, column, row);
            GridPane.setValignment(node, VPos.TOP);
        }
    }

    private static void setIfChanged(Label label, String text) {
        if (!Objects.equals(label.getText(), text)) {
            label.setText(text);
        }
    }

    /** One line as it is; several as a bulleted list; none as a dash. */
    private static String cellText(List<String> lines) {
        if (lines.isEmpty()) {
            return Messages.get("compare.emptyCell");
        }
        if (lines.size() == 1) {
            return lines.get(0);
        }
        return Messages.get("compare.bullet") + String.join("\n" + Messages.get("compare.bullet"), lines);
    }

    private Label header(SegmentLabelViewModel column) {
        Label header = new Label();
        header.getStyleClass().add("compare-header");
        header.setWrapText(true);
        header.setMnemonicParsing(false);
        SegmentStyles.onActivate(header, () -> navigator.showCard(column.segment()));
        return header;
    }

    private Label rowLabel(ComparisonRowViewModel row) {
        Label label = new Label();
        label.getStyleClass().add("compare-row-label");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMaxHeight(Double.MAX_VALUE);
        return label;
    }

    private static Label cell() {
        Label cell = new Label();
        cell.getStyleClass().add("compare-cell");
        cell.setWrapText(true);
        cell.setMnemonicParsing(false);
        cell.setMaxWidth(Double.MAX_VALUE);
        cell.setMaxHeight(Double.MAX_VALUE);
        return cell;
    }
}
