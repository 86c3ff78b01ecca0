package org.canvasboard.ui.segment;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.canvasboard.model.MarketType;
import org.canvasboard.model.Segment;
import org.canvasboard.model.SegmentColor;
import org.canvasboard.ui.common.Forms;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.ui.common.SegmentStyles;
import org.canvasboard.ui.common.TypingFields;
import org.canvasboard.viewmodel.ProjectViewModel;
import org.canvasboard.viewmodel.SegmentPanelViewModel;

import java.util.List;

/**
 * The first fields of a segment: name, colour, market type, "not our customer", description and
 * objective group. Each control edits through the panel's viewmodel; a value shown again that the
 * segment already holds makes no edit, so showing never needs a guard.
 */
final class SegmentBasics {
    private final SegmentPanelViewModel panel;
    private final TextField name = new TextField();
    private final FlowPane colours = new FlowPane(6, 6);
    private final ComboBox<MarketType> marketType = new ComboBox<>();
    private final CheckBox excluded = new CheckBox(Messages.get("segment.excluded"));
    private final TextArea description = new TextArea();
    private final TextField objectiveGroup = new TextField();

    SegmentBasics(SegmentPanelViewModel panel, ProjectViewModel project) {
        this.panel = panel;
        name.setId("segment-name");
        name.setPromptText(Messages.get("segment.name.prompt"));
        TypingFields.wire(name, project, () -> !panel.editable(), panel::rename, this::update);
        for (SegmentColor c : SegmentColor.values()) {
            ToggleButton swatch = new ToggleButton();
            swatch.getStyleClass().add("colour-swatch");
            swatch.setStyle(SegmentStyles.background(c));
            swatch.setId("segment-colour-" + c.id());
            swatch.setUserData(c);
            swatch.setTooltip(new Tooltip(c.label()));
            swatch.setAccessibleText(c.label());
            swatch.setOnAction(e -> {
                panel.changeColor(c);
                update();
            });
            colours.getChildren().add(swatch);
        }
        marketType.setId("segment-market-type");
        marketType.setItems(FXCollections.observableArrayList(MarketType.values()));
        marketType.getItems().add(0, null);
        marketType.setButtonCell(SegmentWords.marketCell());
        marketType.setCellFactory(l -> SegmentWords.marketCell());
        marketType.setMaxWidth(Double.MAX_VALUE);
        marketType.setMinWidth(0);
        marketType.setPrefWidth(200);
        marketType.valueProperty().addListener((obs, old, now) -> {
            if (panel.editable()) {
                panel.changeMarketType(now);
            }
        });
        excluded.setId("segment-excluded");
        excluded.setTooltip(new Tooltip(Messages.get("segment.excluded.tip")));
        excluded.setWrapText(true);
        excluded.selectedProperty().addListener((obs, old, now) -> {
            if (panel.editable()) {
                panel.changeExcluded(now);
            }
        });
        description.setId("segment-description");
        description.setWrapText(true);
        description.setPrefRowCount(3);
        description.setPrefColumnCount(10);
        description.setPromptText(Messages.get("segment.description.prompt"));
        TypingFields.wire(description, project, () -> !panel.editable(), panel::changeDescription, this::update);
        objectiveGroup.setId("segment-objective-group");
        objectiveGroup.setPromptText(Messages.get("segment.objectiveGroup.prompt"));
        TypingFields.wire(objectiveGroup, project, () -> !panel.editable(), panel::changeObjectiveGroup, this::update);
    }

    /** The nodes before the characteristics section. */
    List<Node> top() {
        return List.of(name, colours, Forms.caption(Messages.get("segment.marketType")), marketType, excluded,
                Forms.caption(Messages.get("segment.description")), description);
    }

    /** The objective group's caption and field (shown after the characteristics). */
    List<Node> objectiveGroup() {
        return List.of(Forms.caption(Messages.get("segment.objectiveGroup")), objectiveGroup);
    }

    /** Shows the segment's values; fields that already match are left alone (caret and all). */
    void update() {
        Segment s = panel.getSegment();
        if (s == null) {
            return;
        }
        TypingFields.setIfChanged(name, panel.cardText());
        colours.getChildren().forEach(n -> ((ToggleButton) n).setSelected(n.getUserData() == s.color()));
        if (marketType.getValue() != s.marketType()) {
            marketType.setValue(s.marketType());
        }
        if (excluded.isSelected() != s.excluded()) {
            excluded.setSelected(s.excluded());
        }
        TypingFields.setIfChanged(description, s.description());
        TypingFields.setIfChanged(objectiveGroup, s.objectiveGroup());
    }
}
