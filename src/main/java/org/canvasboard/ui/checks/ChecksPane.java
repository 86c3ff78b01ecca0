package org.canvasboard.ui.checks;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.geometry.Pos;
import javafx.util.Duration;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.ui.common.Debounce;
import org.canvasboard.ui.common.Forms;
import org.canvasboard.ui.common.HintWords;
import org.canvasboard.ui.common.KeyedRows;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.ui.common.Navigator;
import org.canvasboard.ui.common.SegmentStyles;
import org.canvasboard.ui.common.WhileShown;
import org.canvasboard.viewmodel.ChecksViewModel;
import org.canvasboard.viewmodel.HintRow;
import org.canvasboard.viewmodel.ProjectViewModel;

/**
 * The sensible-segmentation hints that apply now, each a link to what it is about. Hints are
 * advice, never errors; the list follows the project a moment after each change. It binds to a
 * {@link ChecksViewModel}: a hint that still applies keeps its row.
 */
public final class ChecksPane extends VBox {
    private final ChecksViewModel model;
    private final Navigator navigator;
    private final VBox list = new VBox(4);
    private final Label none = Forms.hint("");
    private final KeyedRows<HintRow, HintView> rows;
    // a re-check of a large project takes a few milliseconds, which typing must not pay on every key
    private final Debounce settle = new Debounce(Duration.millis(250), this::recheck);
    private final WhileShown whileShown = new WhileShown(this, this::showHints);

    public ChecksPane(ProjectViewModel project, Navigator navigator) {
        this.model = new ChecksViewModel(project);
        this.navigator = navigator;
        setId("checks-pane");
        getStyleClass().add("details-pane");
        none.setId("checks-none");
        list.getChildren().add(none);
        rows = new KeyedRows<>(list, 1, HintRow::key, HintView::new);
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("block-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(Forms.hint(Messages.get("checks.intro")), scroll);
        model.staleProperty().addListener((obs, was, now) -> {
            if (now) {
                settle.request();
            }
        });
        whileShown.request();
    }

    /** How many hints apply now. */
    public ReadOnlyIntegerProperty countProperty() {
        return model.countProperty();
    }

    /** Runs a re-check now if one is waiting (tests, and before the panel is read). */
    public void settleNow() {
        settle.flush();
    }

    /** The screen viewmodel the pane shows (for the window and tests). */
    public ChecksViewModel viewModel() {
        return model;
    }

    private void recheck() {
        model.refresh();
        whileShown.request();
    }

    /** Brings the rows on screen in line with the hints: rows that stay are updated, not made again. */
    private void showHints() {
        ChecksViewModel.State state = model.getState();
        Forms.show(none, state != ChecksViewModel.State.HINTS);
        String text = state == ChecksViewModel.State.NO_SEGMENTS ? Messages.get("checks.noSegments")
                : Messages.get("checks.quiet");
        if (!text.equals(none.getText())) {
            none.setText(text);
        }
        rows.sync(model.hints());
    }

    /** One hint: its icon and sentence; a click or Enter goes where it can be fixed. */
    private final class HintView implements KeyedRows.Row<HintRow> {
        private final Label text = new Label();
        private final HBox item;

        HintView(HintRow row) {
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            item = new HBox(8, AppIcon.HINT.node(), text);
            item.setAlignment(Pos.TOP_LEFT);
            item.getStyleClass().add("hint-item");
            HintRow.Key key = row.key();
            item.setId("hint-" + key.kind().id() + "-" + (key.cardId() == null ? key.canvasId() : key.cardId())
                    + (key.otherCardId() == null ? "" : "-" + key.otherCardId()));
            SegmentStyles.onActivate(item, () -> model.open(row).ifPresent(navigator::go));
        }

        @Override
        public Node node() {
            return item;
        }

        @Override
        public void update(HintRow row) {
            String words = HintWords.of(row.getHint());
            if (!words.equals(text.getText())) {
                text.setText(words);
                item.setAccessibleText(words);
            }
        }
    }
}
