package org.canvasboard.ui.profile;

import org.canvasboard.ui.common.Chips;
import org.canvasboard.ui.common.SegmentStyles;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.canvasboard.model.JobKind;
import org.canvasboard.model.Level;
import org.canvasboard.model.ProfileArea;
import org.canvasboard.model.ProfileItem;
import org.canvasboard.model.SegmentComparison;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.ui.common.TypingFields;
import org.canvasboard.viewmodel.CardViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;
import org.canvasboard.viewmodel.SegmentViewModel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A segment's customer profile, full size: jobs, pains and gains side by side, each a ranked
 * list. Items are typed in place, ranked by dragging their handle (or Alt+Up/Down), given a kind
 * or a level, and flagged when our current offering does not address them.
 */
public final class CustomerProfileView extends VBox {
    private static final PseudoClass OUTSIDE = PseudoClass.getPseudoClass("outside");
    private static final PseudoClass DROP_BEFORE = PseudoClass.getPseudoClass("drop-before");
    /** Key in a list's properties: the id of the item whose handle started a drag. */
    private static final String RANKED_ITEM = "ranked-item";

    private final ProjectViewModel project;
    private final ComboBox<CardViewModel> chooser = new ComboBox<>();
    private final HBox areas = new HBox(14);
    private final Label empty = new Label();
    private final Map<ProfileArea, VBox> itemLists = new EnumMap<>(ProfileArea.class);
    private final Map<ProfileArea, Object> shownKeys = new EnumMap<>(ProfileArea.class);
    private final Map<String, javafx.scene.control.TextArea> textFields = new HashMap<>();
    private CardViewModel segment;
    private boolean filling;

    public CustomerProfileView(ProjectViewModel project) {
        this.project = project;
        getStyleClass().add("profile-view");
        setId("profile-view");
        setSpacing(10);
        setPadding(new Insets(14));
        chooser.setId("profile-segment");
        chooser.setButtonCell(segmentCell());
        chooser.setCellFactory(l -> segmentCell());
        chooser.valueProperty().addListener((obs, old, now) -> {
            if (!filling) {
                showSegment(now);
            }
        });
        Label title = new Label("Customer profile of", AppIcon.PROFILE.node(20));
        title.getStyleClass().add("profile-area-title");
        HBox top = new HBox(10, title, chooser);
        top.setAlignment(Pos.CENTER_LEFT);
        for (ProfileArea area : ProfileArea.values()) {
            areas.getChildren().add(area(area));
        }
        VBox.setVgrow(areas, Priority.ALWAYS);
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.setMaxWidth(Double.MAX_VALUE);
        Label credit = new Label("Jobs, pains and gains follow the customer side of the Value Proposition Canvas "
                + "by Strategyzer AG (strategyzer.com), CC BY-SA 3.0.");
        credit.getStyleClass().add("credit");
        getChildren().addAll(top, empty, areas, credit);
        project.history().revisionProperty().addListener((obs, old, now) -> refreshIfShown());
        project.currentCanvasProperty().addListener((obs, old, now) -> refreshIfShown());
        sceneProperty().addListener((obs, old, now) -> refreshIfShown());
        refresh();
    }

    /** Shows the profile of a segment card (of the current canvas). */
    public void showSegment(CardViewModel card) {
        if (card != segment) {
            project.history().breakMerge();
            segment = card;
            shownKeys.clear();
        }
        refresh();
    }

    public CardViewModel segment() {
        return segment;
    }

    private Node area(ProfileArea area) {
        AppIcon icon = switch (area) {
            case JOBS -> AppIcon.JOB;
            case PAINS -> AppIcon.PAIN;
            case GAINS -> AppIcon.GAIN;
        };
        Label title = new Label(area.label(), icon.node(22));
        title.getStyleClass().add("profile-area-title");
        Label question = new Label(switch (area) {
            case JOBS -> "What are they trying to get done: tasks, problems to solve, how they want to feel or be seen?";
            case PAINS -> "What annoys them, gets in the way or worries them before, during or after the job? Worst first.";
            case GAINS -> "What outcomes and benefits do they want, expect or would be delighted by? Most wanted first.";
        });
        question.getStyleClass().add("profile-area-question");
        VBox items = new VBox(6);
        items.setId("profile-" + area.id());
        itemLists.put(area, items);
        installRankingDrop(items, area);
        ScrollPane scroll = new ScrollPane(items);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("block-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        TextField add = new TextField();
        add.setId("add-" + area.id());
        add.setPromptText("Add a " + area.itemName() + " and press Enter");
        add.setOnAction(e -> {
            if (segment != null && !add.getText().isBlank()) {
                new SegmentViewModel(segment).addProfileItem(area, add.getText());
                add.clear();
            }
        });
        VBox box = new VBox(8, title, question, scroll, add);
        box.getStyleClass().addAll("profile-area", area.id());
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setPrefWidth(300);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private void refreshIfShown() {
        if (getScene() != null) {
            refresh();
        }
    }

    private void refresh() {
        List<CardViewModel> segments = project.getCurrentCanvas().segments();
        if (segment != null && !segments.contains(segment)) {
            segment = null;
            shownKeys.clear();
        }
        if (segment == null && !segments.isEmpty()) {
            CardViewModel lead = project.selection().getLead();
            segment = lead != null && segments.contains(lead) ? lead : segments.get(0);
        }
        filling = true;
        try {
            if (!chooser.getItems().equals(segments)) {
                chooser.getItems().setAll(segments);
            }
            chooser.setValue(segment);
        } finally {
            filling = false;
        }
        boolean any = segment != null;
        areas.setVisible(any);
        areas.setManaged(any);
        chooser.setVisible(any);
        empty.setVisible(!any);
        empty.setManaged(!any);
        empty.setText("This canvas has no segments yet. Select a card in Customer Segments and open it as a segment "
                + "(Card tab or context menu); its jobs, pains and gains then appear here.");
        if (!any) {
            return;
        }
        for (ProfileArea area : ProfileArea.values()) {
            fillArea(area, segment.getSegment().profile().items(area));
        }
    }

    private void fillArea(ProfileArea area, List<ProfileItem> items) {
        List<Object> key = new ArrayList<>();
        items.forEach(i -> key.add(List.of(i.id(), i.kind(), i.level(), i.outsideOffering(), evidence(i.id(), true),
                evidence(i.id(), false))));
        if (key.equals(shownKeys.get(area))) {
            items.forEach(i -> {
                javafx.scene.control.TextArea f = textFields.get(i.id());
                if (f != null) {
                    TypingFields.setIfChanged(f, i.text());
                }
            });
            return;
        }
        shownKeys.put(area, key);
        VBox list = itemLists.get(area);
        list.getChildren().clear();
        for (int i = 0; i < items.size(); i++) {
            list.getChildren().add(itemRow(area, items.get(i), i));
        }
        if (items.isEmpty()) {
            Label none = new Label("Nothing here yet.");
            none.getStyleClass().add("details-hint");
            list.getChildren().add(none);
        }
    }

    private Node itemRow(ProfileArea area, ProfileItem item, int rank) {
        SegmentViewModel vm = new SegmentViewModel(segment);
        Label handle = new Label(null, AppIcon.DRAG.node());
        handle.getStyleClass().add("profile-drag-handle");
        handle.setTooltip(new Tooltip("Drag to rank (or Alt+Up / Alt+Down in the text)"));
        Label number = new Label(Integer.toString(rank + 1));
        number.getStyleClass().add("profile-rank");
        javafx.scene.control.TextArea text = new javafx.scene.control.TextArea(item.text());
        text.setWrapText(true);
        text.setPrefRowCount(2);
        text.getStyleClass().add("profile-item-text");
        text.setId("item-" + item.id());
        text.setPromptText("Describe the " + area.itemName());
        TypingFields.wire(text, project, () -> filling, v -> new SegmentViewModel(segment).changeProfileItemText(area, item.id(), v),
                this::refresh);
        text.setOnKeyPressed(e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                vm.moveProfileItem(area, item.id(), rank + (e.getCode() == KeyCode.UP ? -1 : 1));
                javafx.application.Platform.runLater(() -> {
                    javafx.scene.control.TextArea again = textFields.get(item.id());
                    if (again != null) {
                        again.requestFocus();
                    }
                });
                e.consume();
            }
        });
        textFields.put(item.id(), text);
        HBox.setHgrow(text, Priority.ALWAYS);
        // the item's settings wrap onto a second line in a narrow column rather than cut their
        // labels short; the remove button stays at the right end
        javafx.scene.layout.FlowPane controls = new javafx.scene.layout.FlowPane(6, 4);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setMinWidth(0);
        controls.setPrefWrapLength(1);
        HBox controlRow = new HBox(6, controls);
        controlRow.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(controls, Priority.ALWAYS);
        VBox body = new VBox(4, text, controlRow);
        HBox.setHgrow(body, Priority.ALWAYS);
        VBox side = new VBox(2, handle, number);
        side.setAlignment(Pos.TOP_CENTER);
        HBox row = new HBox(6, side, body);
        row.getStyleClass().add("profile-item");
        row.setId("row-" + item.id());
        if (area == ProfileArea.JOBS) {
            ChoiceBox<JobKind> kind = new ChoiceBox<>();
            kind.getItems().setAll(JobKind.values());
            kind.setConverter(new org.canvasboard.ui.common.CodedLabels<>());
            kind.setValue(item.kind());
            kind.setId("kind-" + item.id());
            kind.setOnAction(e -> vm.changeProfileItem(area, item.id(), "Set job kind", i -> i.withKind(kind.getValue())));
            controls.getChildren().add(kind);
        } else {
            ChoiceBox<Level> level = new ChoiceBox<>();
            level.getItems().setAll(Level.values());
            level.setConverter(new StringConverter<>() {
                @Override
                public String toString(Level l) {
                    return l == null ? "" : area == ProfileArea.PAINS ? SegmentComparison.severity(l) : SegmentComparison.importance(l);
                }

                @Override
                public Level fromString(String s) {
                    return null;
                }
            });
            level.setValue(item.level());
            level.setId("level-" + item.id());
            level.setTooltip(new Tooltip(area == ProfileArea.PAINS ? "How severe is this pain?" : "How much does this gain matter?"));
            level.setOnAction(e -> vm.changeProfileItem(area, item.id(),
                    area == ProfileArea.PAINS ? "Set pain severity" : "Set gain importance", i -> i.withLevel(level.getValue())));
            ToggleButton outside = new ToggleButton("Outside our offering", AppIcon.OUTSIDE.node());
            outside.getStyleClass().add("small");
            outside.setId("outside-" + item.id());
            outside.setSelected(item.outsideOffering());
            outside.setTooltip(new Tooltip("Outside our current offering: what we offer today does not address this"));
            outside.setOnAction(e -> vm.changeProfileItem(area, item.id(),
                    outside.isSelected() ? "Flag as outside our offering" : "Flag as addressed by our offering",
                    i -> i.withOutsideOffering(outside.isSelected())));
            controls.getChildren().addAll(level, outside);
            row.pseudoClassStateChanged(OUTSIDE, item.outsideOffering());
        }
        long confirmed = evidence(item.id(), true);
        long refuted = evidence(item.id(), false);
        if (confirmed + refuted > 0) {
            Label badge = new Label((confirmed > 0 ? "\u2713 " + confirmed : "") + (confirmed > 0 && refuted > 0 ? "  " : "")
                    + (refuted > 0 ? "\u2717 " + refuted : ""));
            badge.getStyleClass().add("evidence-badge");
            badge.setId("evidence-" + item.id());
            badge.setTooltip(new javafx.scene.control.Tooltip("Conversations: " + confirmed + " confirmed, " + refuted + " refuted"));
            controls.getChildren().add(badge);
        }
        Button remove = Chips.iconButton(AppIcon.DELETE, "Remove this " + area.itemName(),
                () -> vm.removeProfileItem(area, item.id()));
        controlRow.getChildren().add(remove);
        installRanking(handle, area, item);
        return row;
    }

    /** How many conversations (of any persona) confirmed or refuted an item. */
    private long evidence(String itemId, boolean confirmed) {
        return project.personas().stream().flatMap(p -> p.get().conversations().stream())
                .flatMap(c -> c.evidence().stream())
                .filter(e -> e.itemId().equals(itemId) && e.confirmed() == confirmed).count();
    }

    /** Drag by the handle: the row goes where the mouse is let go, one undo step. */
    private void installRanking(Label handle, ProfileArea area, ProfileItem item) {
        handle.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.isPrimaryButtonDown()) {
                itemLists.get(area).getProperties().put(RANKED_ITEM, item.id());
            }
        });
    }

    /**
     * The list follows a drag that began on one of its handles, whichever of its nodes the
     * pointer is over (the list, not the handle, watches: a platform that does not keep a
     * pressed node's events for it still reaches the list).
     */
    private void installRankingDrop(VBox list, ProfileArea area) {
        list.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (list.getProperties().containsKey(RANKED_ITEM)) {
                int target = dropIndex(list, e.getSceneY());
                for (int i = 0; i < list.getChildren().size(); i++) {
                    list.getChildren().get(i).pseudoClassStateChanged(DROP_BEFORE, i == target);
                }
                e.consume();
            }
        });
        list.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            Object id = list.getProperties().remove(RANKED_ITEM);
            if (id == null) {
                return;
            }
            list.getChildren().forEach(n -> n.pseudoClassStateChanged(DROP_BEFORE, false));
            int target = dropIndex(list, e.getSceneY());
            int from = segment.getSegment().profile().items(area).stream().map(ProfileItem::id).toList().indexOf(id);
            if (from >= 0 && target != from && target != from + 1) {
                new SegmentViewModel(segment).moveProfileItem(area, (String) id, target > from ? target - 1 : target);
            }
            e.consume();
        });
    }

    private static int dropIndex(VBox list, double sceneY) {
        List<Node> rows = list.getChildren();
        for (int i = 0; i < rows.size(); i++) {
            javafx.geometry.Bounds b = rows.get(i).localToScene(rows.get(i).getBoundsInLocal());
            if (sceneY < b.getCenterY()) {
                return i;
            }
        }
        return rows.size();
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
                    setText(item.getText().isBlank() ? "Unnamed segment" : item.getText());
                    setGraphic(SegmentStyles.dot(item.getSegment().color(), null));
                }
            }
        };
    }

}
