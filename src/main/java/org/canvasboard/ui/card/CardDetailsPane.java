package org.canvasboard.ui.card;

import javafx.beans.InvalidationListener;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.canvasboard.model.CardColor;
import org.canvasboard.model.EvidenceStatus;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.ui.common.TypingFields;
import org.canvasboard.viewmodel.CardViewModel;
import org.canvasboard.viewmodel.EditHistory;
import org.canvasboard.viewmodel.ProjectViewModel;
import org.canvasboard.viewmodel.TagText;
import org.controlsfx.control.SegmentedButton;

import java.util.List;

/**
 * Side panel for the selected card(s): text, longer notes, tags, evidence status and colour.
 * Typing goes through the edit history, merged into one step per field until focus leaves it.
 * With several cards selected, colour and status apply to all of them in one step.
 */
public final class CardDetailsPane extends VBox {
    private final ProjectViewModel project;
    private final Label title = new Label("No card selected");
    private final Label hint = new Label();
    private final TextArea text = new TextArea();
    private final TextArea notes = new TextArea();
    private final TextField tags = new TextField();
    private final SegmentedButton status = new SegmentedButton();
    private final FlowPane colours = new FlowPane(6, 6);
    private final VBox form;
    private CardViewModel shown;
    private boolean updating;
    private final InvalidationListener cardListener = obs -> fill();

    public CardDetailsPane(ProjectViewModel project) {
        this(project, null);
    }

    /** With an extra section (the segment links) below the card's own fields. */
    public CardDetailsPane(ProjectViewModel project, javafx.scene.Node segmentsSection) {
        this.project = project;
        getStyleClass().add("details-pane");
        setId("card-details");
        setPrefWidth(330);
        setMinWidth(260);
        title.getStyleClass().add("details-title");
        hint.getStyleClass().add("details-hint");
        hint.setText("Select a card to see its details. Double-click a block to add one.");

        text.setId("details-text");
        text.setWrapText(true);
        text.setPrefRowCount(3);
        text.setPromptText("What the card says");
        notes.setId("details-notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(6);
        notes.setPromptText("Longer notes, sources, open questions");
        tags.setId("details-tags");
        tags.setPromptText("tags, separated by commas");

        for (EvidenceStatus s : EvidenceStatus.values()) {
            ToggleButton b = new ToggleButton(s.label());
            b.setId("status-" + s.id());
            b.setUserData(s);
            b.setOnAction(e -> {
                if (!updating) {
                    apply(s);
                }
                fill();
            });
            status.getButtons().add(b);
        }
        ToggleGroup swatchGroup = new ToggleGroup();
        for (CardColor c : CardColor.values()) {
            ToggleButton swatch = new ToggleButton();
            swatch.getStyleClass().addAll("colour-swatch", "card", "card-" + c.id());
            swatch.setId("colour-" + c.id());
            swatch.setUserData(c);
            swatch.setToggleGroup(swatchGroup);
            swatch.setTooltip(new Tooltip(c.label()));
            swatch.setAccessibleText(c.label());
            swatch.setOnAction(e -> {
                if (!updating) {
                    project.colorSelection(c);
                }
                fill();
            });
            colours.getChildren().add(swatch);
        }

        wireTyping(text, v -> shown.changeText(v));
        wireTyping(notes, v -> shown.changeNotes(v));
        wireTyping(tags, v -> shown.changeTags(TagText.parse(v)));

        form = new VBox(6,
                caption("Text", AppIcon.EDIT), text,
                caption("Notes", AppIcon.NOTES), notes,
                caption("Tags", AppIcon.TAG), tags,
                caption("Evidence", AppIcon.VALIDATED), status,
                caption("Colour", AppIcon.COLOUR), colours);
        if (segmentsSection != null) {
            form.getChildren().addAll(caption("For segments", AppIcon.LINK), segmentsSection);
        }
        getChildren().addAll(title, hint, form);

        project.selection().leadProperty().addListener((obs, old, now) -> show(now));
        project.selection().cards().addListener((SetChangeListener<CardViewModel>) c -> fill());
        show(project.selection().getLead());
    }

    private static Label caption(String text, AppIcon icon) {
        Label label = new Label(text, icon.node());
        label.getStyleClass().add("details-caption");
        return label;
    }

    private void wireTyping(javafx.scene.control.TextInputControl field, java.util.function.Consumer<String> change) {
        TypingFields.wire(field, project, () -> updating || shown == null, change, this::fill);
    }

    private EditHistory history() {
        return project.history();
    }

    private void apply(EvidenceStatus s) {
        List<CardViewModel> cards = project.selectedCards();
        if (!cards.isEmpty()) {
            project.getCurrentCanvas().markCards(cards, s);
        }
    }

    private void show(CardViewModel card) {
        if (shown != null) {
            shown.removeChangeListener(cardListener);
        }
        history().breakMerge();
        shown = card;
        if (card != null) {
            card.addChangeListener(cardListener);
        }
        fill();
    }

    /** Copies the shown card's values into the fields without recording edits. */
    private void fill() {
        updating = true;
        try {
            int count = project.selection().cards().size();
            boolean any = shown != null;
            form.setVisible(any);
            form.setManaged(any);
            hint.setVisible(!any || count > 1);
            hint.setManaged(!any || count > 1);
            title.setText(!any ? "No card selected" : count > 1 ? count + " cards selected" : "Card");
            hint.setText(!any ? "Select a card to see its details. Double-click a block to add one."
                    : "Colour and evidence apply to all selected cards; text shows the first one.");
            if (!any) {
                return;
            }
            setIfChanged(text, shown.getText());
            setIfChanged(notes, shown.notesProperty().get());
            // while typing, "risk, " is left as typed; once the field says other tags than the
            // card has (after undo or redo), it shows the card's tags again
            if (!tags.isFocused() || !TagText.parse(tags.getText()).equals(shown.tagsProperty().get())) {
                setIfChanged(tags, TagText.format(shown.tagsProperty().get()));
            }
            status.getButtons().forEach(b -> b.setSelected(b.getUserData() == shown.getStatus()));
            colours.getChildren().forEach(n -> ((ToggleButton) n).setSelected(n.getUserData() == shown.getColor()));
        } finally {
            updating = false;
        }
    }

    private static void setIfChanged(javafx.scene.control.TextInputControl field, String value) {
        TypingFields.setIfChanged(field, value);
    }
}
