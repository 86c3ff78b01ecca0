package org.canvasboard.ui.profile;

import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.canvasboard.model.JobKind;
import org.canvasboard.model.Level;
import org.canvasboard.model.ProfileArea;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.ui.common.Chips;
import org.canvasboard.ui.common.FocusMoves;
import org.canvasboard.ui.common.Forms;
import org.canvasboard.ui.common.KeyedRows;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.ui.common.TypingFields;
import org.canvasboard.viewmodel.ProfileItemViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;

import java.util.Objects;

/**
 * One job, pain or gain of the profile: a drag handle and its rank, the text typed in place, the
 * kind of a job or the level of a pain or gain, the "outside our offering" flag, what conversations
 * said about it, and a remove button. Made once per item and updated in place, so the text being
 * typed and the control just used keep the focus whatever else is edited or undone.
 */
final class ProfileItemRow implements KeyedRows.Row<ProfileItemViewModel> {
    private static final PseudoClass OUTSIDE = PseudoClass.getPseudoClass("outside");

    private final ProfileItemViewModel item;
    private final HBox row = new HBox(6);
    private final Label handle = new Label(null, AppIcon.DRAG.node());
    private final Label number = new Label();
    private final TextArea text = new TextArea();
    private final ChoiceBox<JobKind> kind;
    private final ChoiceBox<Level> level;
    private final ToggleButton outside;
    private final Label evidence = new Label();

    ProfileItemRow(ProfileItemViewModel item, ProjectViewModel project, Runnable remove) {
        this.item = item;
        ProfileArea area = item.area();
        handle.getStyleClass().add("profile-drag-handle");
        handle.setTooltip(new Tooltip(Messages.get("profile.rankTip")));
        number.getStyleClass().add("profile-rank");

        text.setWrapText(true);
        text.setPrefRowCount(2);
        text.getStyleClass().add("profile-item-text");
        text.setId("item-" + item.id());
        text.setPromptText(Messages.get("profile.describe." + area.id()));
        text.setText(item.getText());
        // what is typed becomes an edit; the model's own value coming back changes nothing
        TypingFields.wire(text, project, () -> false, item::changeText, this::show);
        FocusMoves.tabLeaves(text);
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                item.moveBy(e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            }
        });
        HBox.setHgrow(text, Priority.ALWAYS);

        // the item's settings wrap onto a second line in a narrow column rather than cut their
        // labels short; the remove button stays at the right end
        FlowPane controls = new FlowPane(6, 4);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setMinWidth(0);
        controls.setPrefWrapLength(1);
        HBox.setHgrow(controls, Priority.ALWAYS);
        if (area == ProfileArea.JOBS) {
            kind = new ChoiceBox<>();
            kind.getItems().setAll(JobKind.values());
            kind.setConverter(words(k -> Messages.get("profile.jobKind." + k.id())));
            kind.setId("kind-" + item.id());
            kind.setValue(item.getKind());
            kind.setOnAction(e -> item.changeKind(kind.getValue()));
            controls.getChildren().add(kind);
            level = null;
            outside = null;
        } else {
            kind = null;
            String scale = area == ProfileArea.PAINS ? "severity" : "importance";
            level = new ChoiceBox<>();
            level.getItems().setAll(Level.values());
            level.setConverter(words(l -> Messages.get("profile." + scale + "." + l.id())));
            level.setId("level-" + item.id());
            level.setMinWidth(Region.USE_PREF_SIZE);
            level.setValue(item.getLevel());
            level.setTooltip(new Tooltip(Messages.get("profile." + scale + "Tip")));
            level.setOnAction(e -> item.changeLevel(level.getValue()));
            outside = new ToggleButton(Messages.get("profile.outside"), AppIcon.OUTSIDE.node());
            outside.getStyleClass().add("small");
            outside.setId("outside-" + item.id());
            outside.setTooltip(new Tooltip(Messages.get("profile.outsideTip")));
            outside.setOnAction(e -> item.changeOutsideOffering(outside.isSelected()));
            controls.getChildren().addAll(level, outside);
        }
        evidence.getStyleClass().add("evidence-badge");
        evidence.setId("evidence-" + item.id());
        evidence.setTooltip(new Tooltip());
        controls.getChildren().add(evidence);

        Button removeButton = Chips.iconButton(AppIcon.DELETE,
                Messages.get("profile.remove." + area.id()), remove);
        removeButton.setId("remove-" + item.id());
        HBox controlRow = new HBox(6, controls, removeButton);
        controlRow.setAlignment(Pos.TOP_LEFT);
        VBox body = new VBox(4, text, controlRow);
        HBox.setHgrow(body, Priority.ALWAYS);
        body.setMinWidth(0);
        VBox side = new VBox(2, handle, number);
        side.setAlignment(Pos.TOP_CENTER);
        row.getChildren().addAll(side, body);
        row.getStyleClass().add("profile-item");
        row.setId("row-" + item.id());

        InvalidationListener changed = obs -> show();
        item.textProperty().addListener(changed);
        item.kindProperty().addListener(changed);
        item.levelProperty().addListener(changed);
        item.outsideOfferingProperty().addListener(changed);
        item.rankProperty().addListener(changed);
        item.confirmedProperty().addListener(changed);
        item.refutedProperty().addListener(changed);
        show();
    }

    private static <T> StringConverter<T> words(java.util.function.Function<T, String> word) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : word.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** Shows the item's present values, touching only what differs. */
    private void show() {
        String rank = Integer.toString(item.getRank() + 1);
        if (!rank.equals(number.getText())) {
            number.setText(rank);
        }
        TypingFields.setIfChanged(text, item.getText());
        if (kind != null && kind.getValue() != item.getKind()) {
            kind.setValue(item.getKind());
        }
        if (level != null && level.getValue() != item.getLevel()) {
            level.setValue(item.getLevel());
        }
        if (outside != null && outside.isSelected() != item.isOutsideOffering()) {
            outside.setSelected(item.isOutsideOffering());
        }
        row.pseudoClassStateChanged(OUTSIDE, outside != null && item.isOutsideOffering());
        int confirmed = item.getConfirmed();
        int refuted = item.getRefuted();
        Forms.show(evidence, confirmed + refuted > 0);
        String badge = String.join("  ", java.util.stream.Stream.of(
                confirmed > 0 ? Messages.get("profile.evidence.confirmed", confirmed) : "",
                refuted > 0 ? Messages.get("profile.evidence.refuted", refuted) : "").filter(s -> !s.isEmpty()).toList());
        if (!Objects.equals(badge, evidence.getText())) {
            evidence.setText(badge);
            evidence.getTooltip().setText(Messages.get("profile.evidenceTip", confirmed, refuted));
        }
    }

    @Override
    public Node node() {
        return row;
    }

    @Override
    public void update(ProfileItemViewModel now) {
        show();
    }

    /** The item's text field (where the focus goes when a neighbour is removed). */
    TextArea textField() {
        return text;
    }

    /** The handle a drag to rank starts on. */
    Label handle() {
        return handle;
    }
}
