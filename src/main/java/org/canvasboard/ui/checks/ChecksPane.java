package org.canvasboard.ui.checks;

import org.canvasboard.ui.common.SegmentStyles;
import org.canvasboard.ui.common.Navigator;
import org.canvasboard.viewmodel.SegmentSection;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.canvasboard.model.SegmentationHint;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.viewmodel.CardViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;

import java.util.List;
import java.util.Optional;

/**
 * The sensible-segmentation hints that apply now, each a link to what it is about. Hints are
 * advice, never errors; the list updates after every change.
 */
public final class ChecksPane extends VBox {
    private final ProjectViewModel project;
    private final Navigator navigator;
    private final VBox list = new VBox(4);
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");
    private boolean pending;
    private final javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(
            javafx.util.Duration.millis(250));

    public ChecksPane(ProjectViewModel project, Navigator navigator) {
        this.project = project;
        this.navigator = navigator;
        setId("checks-pane");
        getStyleClass().add("details-pane");
        Label intro = new Label("Hints for a sensible segmentation. Click one to go where it can be fixed.");
        intro.getStyleClass().add("details-hint");
        intro.setWrapText(true);
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("block-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(intro, scroll);
        settle.setOnFinished(e -> {
            pending = false;
            refresh();
        });
        project.history().revisionProperty().addListener((obs, old, now) -> refreshSoon());
        sceneProperty().addListener((obs, old, now) -> settleNow());
        refresh();
    }

    /** How many hints apply now. */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /**
     * Re-checks a moment after the last edit: a re-check of a large project takes a few
     * milliseconds, which typing must not pay on every key.
     */
    private void refreshSoon() {
        pending = true;
        settle.playFromStart();
    }

    /** Runs a re-check now if one is waiting (tests, and before the panel is read). */
    public void settleNow() {
        if (pending) {
            settle.stop();
            pending = false;
            refresh();
        }
    }

    public void refresh() {
        List<SegmentationHint> hints = project.checks();
        count.set(hints.size());
        list.getChildren().clear();
        boolean anySegment = project.canvases().stream().anyMatch(c -> !c.segments().isEmpty());
        if (hints.isEmpty()) {
            Label none = new Label(anySegment ? "Nothing to point out: every check is quiet."
                    : "No segments yet. Open a card in Customer Segments as a segment and the checks start here.");
            none.getStyleClass().add("details-hint");
            none.setWrapText(true);
            list.getChildren().add(none);
        }
        for (int i = 0; i < hints.size(); i++) {
            SegmentationHint hint = hints.get(i);
            Label text = new Label(hint.message());
            text.setWrapText(true);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox item = new HBox(8, AppIcon.HINT.node(), text);
            item.setAlignment(Pos.TOP_LEFT);
            item.getStyleClass().add("hint-item");
            item.setId("hint-" + i);
            item.setAccessibleText(hint.message());
            SegmentStyles.onActivate(item, () -> go(hint));
            list.getChildren().add(item);
        }
    }

    private void go(SegmentationHint hint) {
        Optional<CardViewModel> card = project.cardOf(hint);
        if (card.isEmpty()) {
            project.canvases().stream().filter(c -> c.id().equals(hint.canvasId())).findFirst().ifPresent(c -> {
                project.showCanvas(c);
                project.selection().clear();
                navigator.showSegmentsBlock();
            });
            return;
        }
        switch (hint.focus()) {
            case PROFILE -> {
                project.reveal(card.get());
                navigator.showProfile(card.get());
            }
            case PERSONAS -> navigator.showSegmentSection(card.get(), SegmentSection.PERSONAS);
            case ROLES -> navigator.showSegmentSection(card.get(), SegmentSection.ROLES);
            case LINKS -> navigator.showSegmentSection(card.get(), SegmentSection.LINKS);
            default -> navigator.showSegmentSection(card.get(), SegmentSection.SEGMENT);
        }
    }
}
