package org.canvasboard.ui.card;

import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.canvasboard.model.CardColor;
import org.canvasboard.model.EvidenceStatus;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.ui.common.Forms;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.ui.common.TypingFields;
import org.canvasboard.viewmodel.CardDetailsViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;
import org.controlsfx.control.SegmentedButton;

import java.util.function.Consumer;

/**
 * Side panel for the selected card(s): text, longer notes, tags, evidence status and colour.
 * Typing goes through the edit history, merged into one step per field until focus leaves it.
 * With several cards selected, colour and status apply to all of them in one step. The panel
 * binds to a {@link CardDetailsViewModel}; its fields stay the same nodes and change their text
 * only when the card's value differs, so the caret stays where the user types.
 */
public final class CardDetailsPane extends VBox {
    private final ProjectViewModel project;
    private final CardDetailsViewModel details;
    private final Label title = new Label();
    private final Label hint = Forms.hint("");
    private final TextArea text = new TextArea();
    private final TextArea notes = new TextArea();
    private final TextField tags = new TextField();
    private final SegmentedButton status = new SegmentedButton();
    private final FlowPane colours = new FlowPane(6, 6);
    private final VBox form;

    public CardDetailsPane(ProjectViewModel project) {
        this(project, null);
    }

    /** With an extra section (the segment links) below the card's own fields. */
    public CardDetailsPane(ProjectViewModel project, Node segmentsSection) {
        this.project = project;
        this.details = new CardDetailsViewModel(project);
        getStyleClass().add("details-pane");
        setId("card-details");
        setPrefWidth(330);
        setMinWidth(260);
        title.getStyleClass().add("details-title");

        text.setId("details-text");
        text.setWrapText(true);
        text.setPrefRowCount(3);
        text.setPromptText(Messages.get("card.textPrompt"));
        notes.setId("details-notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(6);
        notes.setPromptText(Messages.get("card.notesPrompt"));
        tags.setId("details-tags");
        tags.setPromptText(Messages.get("card.tagsPrompt"));

        for (EvidenceStatus s : EvidenceStatus.values()) {
            ToggleButton b = new ToggleButton(Messages.get("card.status." + s.id()));
            b.setId("status-" + s.id());
            b.setUserData(s);
            b.setOnAction(e -> {
                details.markStatus(s);
                // a click on the chosen button would unselect it: the card's status shows again
                showStatus();
            });
            status.getButtons().add(b);
        }
        ToggleGroup swatchGroup = new ToggleGroup();
        for (CardColor c : CardColor.values()) {
            ToggleButton swatch = new ToggleButton();
            String name = Messages.get("card.colour." + c.id());
            swatch.getStyleClass().addAll("colour-swatch", "card", "card-" + c.id());
            swatch.setId("colour-" + c.id());
            swatch.setUserData(c);
            swatch.setToggleGroup(swatchGroup);
            swatch.setTooltip(new Tooltip(name));
            swatch.setAccessibleText(name);
            swatch.setOnAction(e -> {
                details.changeColour(c);
                showColour();
            });
            colours.getChildren().add(swatch);
        }
        colours.setPrefWrapLength(1);
        colours.setMinWidth(0);

        wireTyping(text, details::changeText);
        wireTyping(notes, details::changeNotes);
        wireTyping(tags, details::changeTags);

        form = new VBox(6,
                Forms.caption(Messages.get("card.caption.text"), AppIcon.EDIT), text,
                Forms.caption(Messages.get("card.caption.notes"), AppIcon.NOTES), notes,
                Forms.caption(Messages.get("card.caption.tags"), AppIcon.TAG), tags,
                Forms.caption(Messages.get("card.caption.evidence"), AppIcon.VALIDATED), status,
                Forms.caption(Messages.get("card.caption.colour"), AppIcon.COLOUR), colours);
        if (segmentsSection != null) {
            form.getChildren().addAll(Forms.caption(Messages.get("card.caption.segments"), AppIcon.LINK), segmentsSection);
        }
        getChildren().addAll(title, hint, form);

        details.textProperty().addListener((obs, old, now) -> TypingFields.setIfChanged(text, now));
        details.notesProperty().addListener((obs, old, now) -> TypingFields.setIfChanged(notes, now));
        details.tagsProperty().addListener((obs, old, now) -> showTags());
        details.statusProperty().addListener((obs, old, now) -> showStatus());
        details.colourProperty().addListener((obs, old, now) -> showColour());
        details.cardProperty().addListener((obs, old, now) -> showCard());
        project.selection().cards().addListener((SetChangeListener<Object>) c -> showCard());
        showCard();
        TypingFields.setIfChanged(text, details.textProperty().get());
        TypingFields.setIfChanged(notes, details.notesProperty().get());
        showTags();
        showStatus();
        showColour();
    }

    private void wireTyping(TextInputControl field, Consumer<String> change) {
        // the viewmodel ignores a value equal to the card's, so the card's own value coming
        // back into the field is no edit
        TypingFields.wire(field, project, () -> details.getCard() == null, change, () -> {
            TypingFields.setIfChanged(text, details.textProperty().get());
            TypingFields.setIfChanged(notes, details.notesProperty().get());
            showTags();
        });
    }

    /** The screen viewmodel the pane shows. */
    public CardDetailsViewModel viewModel() {
        return details;
    }

    private void showCard() {
        int count = project.selection().cards().size();
        boolean any = details.getCard() != null;
        Forms.show(form, any);
        Forms.show(hint, !any || count > 1);
        title.setText(!any ? Messages.get("card.title.none")
                : count > 1 ? Messages.get("card.title.many", count) : Messages.get("card.title.one"));
        hint.setText(Messages.get(!any ? "card.hint.none" : "card.hint.many"));
    }

    /**
     * While typing, "risk, " is left as typed; once the field names other tags than the card has
     * (after undo or redo), it shows the card's tags again.
     */
    private void showTags() {
        if (!tags.isFocused() || details.tagsDifferFrom(tags.getText())) {
            TypingFields.setIfChanged(tags, details.tagText());
        }
    }

    private void showStatus() {
        status.getButtons().forEach(b -> b.setSelected(b.getUserData() == details.statusProperty().get()));
    }

    private void showColour() {
        colours.getChildren().forEach(n -> ((ToggleButton) n).setSelected(n.getUserData() == details.colourProperty().get()));
    }
}
