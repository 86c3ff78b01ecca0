package org.canvasboard.ui.profile;

import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.canvasboard.model.ProfileArea;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.ui.common.Forms;
import org.canvasboard.ui.common.KeyedRows;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.ui.common.Scrolling;
import org.canvasboard.viewmodel.CustomerProfileViewModel;
import org.canvasboard.viewmodel.ProfileItemViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;

import java.util.List;

/**
 * One area of the profile (jobs, pains or gains): its question, its ranked rows and the field
 * that adds to it. Rows follow the area's list in the viewmodel, made and removed one by one; a
 * row is ranked by dragging its handle. Enter in the add field adds the item and leaves the field
 * empty and focused for the next one; the new row scrolls into view.
 */
final class ProfileAreaColumn extends VBox {
    private static final PseudoClass DROP_BEFORE = PseudoClass.getPseudoClass("drop-before");

    private final CustomerProfileViewModel profile;
    private final ProjectViewModel project;
    private final ProfileArea area;
    private final VBox list = new VBox(6);
    private final Label none = Forms.hint(Messages.get("profile.none"));
    private final ScrollPane scroll = new ScrollPane(list);
    private final TextField add = new TextField();
    private final KeyedRows<ProfileItemViewModel, ProfileItemRow> rows;
    /** The item whose handle started a drag, while it lasts. */
    private String ranked;

    ProfileAreaColumn(CustomerProfileViewModel profile, ProjectViewModel project, ProfileArea area) {
        super(8);
        this.profile = profile;
        this.project = project;
        this.area = area;
        AppIcon icon = switch (area) {
            case JOBS -> AppIcon.JOB;
            case PAINS -> AppIcon.PAIN;
            case GAINS -> AppIcon.GAIN;
        };
        Label title = new Label(Messages.get("profile.area." + area.id()), icon.node(22));
        title.getStyleClass().add("profile-area-title");
        Label question = new Label(Messages.get("profile.question." + area.id()));
        question.getStyleClass().add("profile-area-question");
        question.setMinWidth(0);
        question.setWrapText(true);
        // a long list must not squeeze the question to one cut line
        question.setMinHeight(Region.USE_PREF_SIZE);
        list.setId("profile-" + area.id());
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("block-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        add.setId("add-" + area.id());
        add.setPromptText(Messages.get("profile.add." + area.id()));
        add.setOnAction(e -> {
            if (profile.add(area, add.getText()) != null) {
                add.clear();
            }
        });
        getChildren().addAll(title, question, none, scroll, add);
        getStyleClass().addAll("profile-area", area.id());
        HBox.setHgrow(this, Priority.ALWAYS);
        setPrefWidth(300);
        setMinWidth(0);
        setMaxWidth(Double.MAX_VALUE);

        // a removed item hands the focus to the next item's text, or the previous one's, or the add field
        rows = new KeyedRows<>(list, ProfileItemViewModel::id, this::newRow)
                .focusInRow(ProfileItemRow::textField).focusWhenEmpty(() -> add)
                .onAdded(r -> Scrolling.intoView(scroll, r.node()));
        installRankingDrop();
        profile.items(area).addListener((ListChangeListener<ProfileItemViewModel>) c -> sync());
        sync();
    }

    private ProfileItemRow newRow(ProfileItemViewModel item) {
        ProfileItemRow row = new ProfileItemRow(item, project, item::remove);
        row.handle().addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.isPrimaryButtonDown()) {
                ranked = item.id();
            }
        });
        return row;
    }

    /** Another segment is shown: its rows are made afresh, not as if the user had added them. */
    void reset() {
        rows.reset();
        sync();
    }

    private void sync() {
        rows.sync(profile.items(area));
        Forms.show(none, rows.isEmpty());
    }

    /**
     * The list follows a drag that began on one of its handles, whichever of its nodes the
     * pointer is over (the list, not the handle, watches: a platform that does not keep a
     * pressed node's events for it still reaches the list). One undo step.
     */
    private void installRankingDrop() {
        list.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (ranked != null) {
                int target = dropIndex(e.getSceneY());
                for (int i = 0; i < list.getChildren().size(); i++) {
                    list.getChildren().get(i).pseudoClassStateChanged(DROP_BEFORE, i == target);
                }
                e.consume();
            }
        });
        list.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            String id = ranked;
            ranked = null;
            if (id == null) {
                return;
            }
            list.getChildren().forEach(n -> n.pseudoClassStateChanged(DROP_BEFORE, false));
            profile.dropAt(area, id, dropIndex(e.getSceneY()));
            e.consume();
        });
    }

    private int dropIndex(double sceneY) {
        List<Node> children = list.getChildren();
        for (int i = 0; i < children.size(); i++) {
            Bounds b = children.get(i).localToScene(children.get(i).getBoundsInLocal());
            if (sceneY < b.getCenterY()) {
                return i;
            }
        }
        return children.size();
    }
}
