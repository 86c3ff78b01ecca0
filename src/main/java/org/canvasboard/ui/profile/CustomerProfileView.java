package org.canvasboard.ui.profile;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.canvasboard.model.ProfileArea;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.ui.common.Forms;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.ui.common.SegmentStyles;
import org.canvasboard.viewmodel.CardViewModel;
import org.canvasboard.viewmodel.CustomerProfileViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;

import java.util.EnumMap;
import java.util.Map;

/**
 * A segment's customer profile, full size: jobs, pains and gains side by side, each a ranked
 * list. Items are typed in place, ranked by dragging their handle (or Alt+Up/Down), given a kind
 * or a level, and flagged when our current offering does not address them. The view binds to a
 * {@link CustomerProfileViewModel}; its rows are updated in place, never rebuilt.
 */
public final class CustomerProfileView extends VBox {
    private final CustomerProfileViewModel profile;
    private final ComboBox<CardViewModel> chooser = new ComboBox<>();
    private final HBox areas = new HBox(14);
    private final Label empty = new Label(Messages.get("profile.empty"));
    private final Map<ProfileArea, ProfileAreaColumn> columns = new EnumMap<>(ProfileArea.class);

    public CustomerProfileView(ProjectViewModel project) {
        this(project, new CustomerProfileViewModel(project));
    }

    public CustomerProfileView(ProjectViewModel project, CustomerProfileViewModel profile) {
        this.profile = profile;
        getStyleClass().add("profile-view");
        setId("profile-view");
        setSpacing(10);
        setPadding(new Insets(14));
        Label title = new Label(Messages.get("profile.title"), AppIcon.PROFILE.node(20));
        title.getStyleClass().add("profile-area-title");
        title.setMinWidth(Label.USE_PREF_SIZE);
        chooser.setId("profile-segment");
        chooser.setButtonCell(segmentCell());
        chooser.setCellFactory(l -> segmentCell());
        chooser.setItems(profile.segments());
        chooser.setValue(profile.getSegment());
        // a list that changed around the shown segment may have dropped the chooser's value
        profile.segments().addListener((javafx.collections.ListChangeListener<CardViewModel>) c -> {
            if (chooser.getValue() != profile.getSegment()) {
                chooser.setValue(profile.getSegment());
            }
        });
        chooser.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != profile.getSegment()) {
                profile.showSegment(now);
            }
        });
        // a narrow window puts the chooser under the title instead of cutting either short
        FlowPane top = new FlowPane(10, 6, title, chooser);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPrefWrapLength(1);
        for (ProfileArea area : ProfileArea.values()) {
            ProfileAreaColumn column = new ProfileAreaColumn(profile, project, area);
            columns.put(area, column);
            areas.getChildren().add(column);
        }
        VBox.setVgrow(areas, Priority.ALWAYS);
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.setMaxWidth(Double.MAX_VALUE);
        Label credit = new Label(Messages.get("profile.credit"));
        credit.getStyleClass().add("credit");
        credit.setWrapText(true);
        credit.setMinHeight(Label.USE_PREF_SIZE);
        getChildren().addAll(top, empty, areas, credit);
        profile.segmentProperty().addListener((obs, old, now) -> shown(now));
        shown(profile.getSegment());
    }

    private void shown(CardViewModel segment) {
        if (chooser.getValue() != segment) {
            chooser.setValue(segment);
        }
        columns.values().forEach(ProfileAreaColumn::reset);
        boolean any = segment != null;
        Forms.show(areas, any);
        chooser.setVisible(any);
        Forms.show(empty, !any);
    }

    /** Shows the profile of a segment card (of the current canvas). */
    public void showSegment(CardViewModel card) {
        profile.showSegment(card);
    }

    public CardViewModel segment() {
        return profile.getSegment();
    }

    /** The screen viewmodel the view shows. */
    public CustomerProfileViewModel viewModel() {
        return profile;
    }

    private static ListCell<CardViewModel> segmentCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(CardViewModel item, boolean emptyCell) {
                super.updateItem(item, emptyCell);
                if (emptyCell || item == null || !item.isSegment()) {
                    setText(null);
                    setGraphic(null);
                } else {
                    setText(item.getText().isBlank() ? Messages.get("profile.unnamedSegment") : item.getText());
                    setGraphic(SegmentStyles.dot(item.getSegment().color(), null));
                }
            }
        };
    }
}
