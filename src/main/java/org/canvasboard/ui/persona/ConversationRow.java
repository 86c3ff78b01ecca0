package org.canvasboard.ui.persona;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.ui.common.BoundText;
import org.canvasboard.ui.common.Chips;
import org.canvasboard.ui.common.FocusMoves;
import org.canvasboard.ui.common.Forms;
import org.canvasboard.ui.common.KeyedRows;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.viewmodel.ConversationViewModel.PersonChoice;
import org.canvasboard.viewmodel.ConversationViewModel;
import org.canvasboard.viewmodel.EvidenceViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One recorded conversation: its date, who it was with, the notes, and for each pain and gain
 * of the persona's segment what it confirmed or refuted. It binds to the conversation's row
 * viewmodel once; the verdict rows come and go with the pains and gains.
 */
final class ConversationRow implements KeyedRows.Row<ConversationViewModel> {
    /** The "who" choice meaning nobody in particular (a choice box cannot offer null). */
    private static final String NOBODY = "";

    private final ConversationViewModel talk;
    private final VBox box = new VBox(4);
    private final TextField date = new TextField();
    private final ChoiceBox<String> who = new ChoiceBox<>();
    private final TextArea notes = new TextArea();

    ConversationRow(ProjectViewModel project, ConversationViewModel talk, Consumer<ConversationRow> onRemove) {
        this.talk = talk;
        date.setId("talk-date-" + talk.id());
        date.setPrefColumnCount(8);
        date.setPromptText(Messages.get("persona.conversation.date.prompt"));
        BoundText.bind(date, project, talk.dateProperty(), talk::changeDate);
        who.setId("talk-person-" + talk.id());
        // as wide as the row allows, so choosing a shorter or longer name never resizes it
        who.setMaxWidth(Double.MAX_VALUE);
        who.setMinWidth(120);
        HBox.setHgrow(who, Priority.ALWAYS);
        who.valueProperty().addListener((obs, old, now) -> {
            // null: the choices were being replaced, not a pick
            if (now != null && !Objects.equals(now.isEmpty() ? null : now, talk.getPersonId())) {
                talk.choosePerson(now);
            }
        });
        talk.choicesProperty().addListener((obs, old, now) -> showWho());
        talk.personIdProperty().addListener((obs, old, now) -> showWho());
        showWho();
        Button remove = Chips.iconButton(AppIcon.DELETE, Messages.get("persona.conversation.remove"),
                () -> onRemove.accept(this));
        remove.setId("talk-remove-" + talk.id());
        notes.setId("talk-notes-" + talk.id());
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        notes.setPrefColumnCount(10);
        notes.setPromptText(Messages.get("persona.conversation.notes.prompt"));
        FocusMoves.tabLeaves(notes);
        BoundText.bind(notes, project, talk.notesProperty(), talk::changeNotes);
        Label heard = Forms.caption(Messages.get("persona.conversation.heard"));
        box.getChildren().addAll(Forms.row(date, who, remove), notes, heard);
        KeyedRows<EvidenceViewModel, EvidenceRow> verdicts = new KeyedRows<>(box, box.getChildren().size(),
                EvidenceViewModel::itemId, e -> new EvidenceRow(talk.id(), e));
        Runnable syncVerdicts = () -> {
            verdicts.sync(talk.evidence());
            Forms.show(heard, !talk.evidence().isEmpty());
        };
        talk.evidence().addListener((ListChangeListener<EvidenceViewModel>) c -> syncVerdicts.run());
        syncVerdicts.run();
        box.getStyleClass().add("workbook-step");
        box.setId("conversation-" + talk.id());
    }

    /** The people the conversation can be with, and the one it is with (or a mark for one removed). */
    private void showWho() {
        List<PersonChoice> people = talk.choicesProperty().get();
        String chosen = talk.getPersonId() == null ? NOBODY : talk.getPersonId();
        List<String> items = new ArrayList<>();
        items.add(NOBODY);
        people.forEach(p -> items.add(p.personId()));
        if (!items.contains(chosen)) {
            items.add(chosen);
        }
        // a fresh converter makes the box show names that changed, without touching its items
        who.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                if (id == null || id.isEmpty()) {
                    return Messages.get("persona.conversation.who");
                }
                return people.stream().filter(p -> p.personId().equals(id)).findFirst()
                        .map(p -> p.name().isBlank() ? Messages.get("persona.conversation.unnamed") : p.name())
                        .orElse(Messages.get("persona.conversation.gone"));
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        if (!who.getItems().equals(items)) {
            who.getItems().setAll(items);
        }
        if (!chosen.equals(who.getValue())) {
            who.setValue(chosen);
        }
    }

    String id() {
        return talk.id();
    }

    TextField dateField() {
        return date;
    }

    TextArea notesField() {
        return notes;
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void update(ConversationViewModel item) {
        // bound to its row viewmodel, which stays the same object for the same conversation
    }
}
