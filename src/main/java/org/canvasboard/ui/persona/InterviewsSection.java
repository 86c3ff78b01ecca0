package org.canvasboard.ui.persona;

import org.canvasboard.ui.common.Chips;
import org.canvasboard.ui.common.Forms;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.canvasboard.model.ContactStatus;
import org.canvasboard.model.Conversation;
import org.canvasboard.model.Evidence;
import org.canvasboard.model.Persona;
import org.canvasboard.model.ProfileItem;
import org.canvasboard.model.RealPerson;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.ui.common.TypingFields;
import org.canvasboard.viewmodel.CardViewModel;
import org.canvasboard.viewmodel.PersonaViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A persona's interview work for the segmentation assignment: the real people who fit it, the
 * question set, and each conversation with what it confirmed or refuted among the pains and
 * gains of the persona's segment.
 */
final class InterviewsSection extends VBox {
    static final List<String> SUGGESTED_QUESTIONS = List.of(
            "Tell me about the last time you dealt with this. What happened?",
            "What was the hardest part, and why?",
            "What have you tried so far to make it easier? What did it cost you?",
            "What would a really good outcome look like for you?",
            "Who else was involved in deciding or paying?");

    private final ProjectViewModel project;
    private final VBox people = new VBox(4);
    private final TextArea questions = new TextArea();
    private final VBox conversations = new VBox(8);
    private final Map<String, TextField[]> personFields = new HashMap<>();
    private final Map<String, TextField> dateFields = new HashMap<>();
    private final Map<String, TextArea> noteFields = new HashMap<>();
    private PersonaViewModel persona;
    private Object shownKey;
    private List<String> shownNames = List.of();
    private boolean filling;

    InterviewsSection(ProjectViewModel project) {
        super(6);
        this.project = project;
        setId("interviews");
        questions.setId("persona-questions");
        questions.setWrapText(true);
        questions.setPrefRowCount(5);
        questions.setPrefColumnCount(10);
        questions.setPromptText("One question per line");
        TypingFields.wire(questions, project, () -> filling || persona == null,
                v -> persona.changeQuestions(Arrays.asList(v.split("\n"))), this::refreshLater);
        Button addPerson = new Button("Add person", AppIcon.ADD.node());
        addPerson.setId("add-real-person");
        addPerson.setOnAction(e -> {
            RealPerson p = persona.addPerson("");
            javafx.application.Platform.runLater(() -> {
                TextField[] f = personFields.get(p.id());
                if (f != null) {
                    f[0].requestFocus();
                }
            });
        });
        Button suggested = new Button("Start from suggested questions");
        suggested.setId("suggested-questions");
        suggested.setOnAction(e -> persona.changeQuestions(SUGGESTED_QUESTIONS));
        Button addTalk = new Button("Record a conversation", AppIcon.ADD.node());
        addTalk.setId("add-conversation");
        addTalk.setOnAction(e -> persona.addConversation(persona.get().people().isEmpty() ? null
                : persona.get().people().get(0).id(), java.time.LocalDate.now().toString()));
        getChildren().addAll(caption("Real people who fit this persona"), people, addPerson,
                caption("Questions for your conversations"), questions, suggested,
                caption("Conversations"), conversations, addTalk);
    }

    private void refreshLater() {
        show(persona);
    }

    void show(PersonaViewModel shown) {
        if (shown != persona) {
            shownKey = null;
        }
        persona = shown;
        if (persona == null) {
            return;
        }
        Persona p = persona.get();
        List<ProfileItem> items = items(p);
        List<Object> key = new ArrayList<>();
        p.people().forEach(r -> key.add(List.of(r.id(), r.status())));
        p.conversations().forEach(c -> key.add(List.of(c.id(), Objects.toString(c.personId()), c.evidence())));
        items.forEach(i -> key.add(i.id() + i.text()));
        // names feed the conversations' "who" lists, but a rebuild while a name is typed would take the field away
        List<String> names = p.people().stream().map(RealPerson::name).toList();
        boolean typingName = personFields.values().stream().anyMatch(f -> f[0].isFocused());
        boolean namesChanged = !names.equals(shownNames) && !typingName;
        filling = true;
        try {
            if (!questions.isFocused()) {
                TypingFields.setIfChanged(questions, String.join("\n", p.questions()));
            }
            if (key.equals(shownKey) && !namesChanged) {
                p.people().forEach(r -> {
                    TextField[] f = personFields.get(r.id());
                    if (f != null) {
                        TypingFields.setIfChanged(f[0], r.name());
                        TypingFields.setIfChanged(f[1], r.contact());
                    }
                });
                p.conversations().forEach(c -> {
                    if (dateFields.containsKey(c.id())) {
                        TypingFields.setIfChanged(dateFields.get(c.id()), c.date());
                        TypingFields.setIfChanged(noteFields.get(c.id()), c.notes());
                    }
                });
                return;
            }
            shownKey = key;
            shownNames = names;
            rebuild(p, items);
        } finally {
            filling = false;
        }
    }

    /** The pains and gains of the persona's first segment (what conversations can speak to). */
    private List<ProfileItem> items(Persona p) {
        for (CardViewModel segment : project.segmentsOf(persona)) {
            var profile = segment.getSegment().profile();
            List<ProfileItem> all = new ArrayList<>(profile.pains());
            all.addAll(profile.gains());
            return all;
        }
        return List.of();
    }

    private void rebuild(Persona p, List<ProfileItem> items) {
        people.getChildren().clear();
        personFields.clear();
        for (RealPerson r : p.people()) {
            TextField name = new TextField(r.name());
            name.setPromptText("Name");
            name.setId("person-name-" + r.id());
            TextField contact = new TextField(r.contact());
            contact.setPromptText("How to reach them");
            contact.setId("person-contact-" + r.id());
            TypingFields.wire(name, project, () -> filling, v -> persona.changePerson(r.id(), "name",
                    x -> new RealPerson(x.id(), v, x.contact(), x.status()), true), this::refreshLater);
            TypingFields.wire(contact, project, () -> filling, v -> persona.changePerson(r.id(), "contact",
                    x -> new RealPerson(x.id(), x.name(), v, x.status()), true), this::refreshLater);
            ChoiceBox<ContactStatus> status = new ChoiceBox<>();
            status.getItems().setAll(ContactStatus.values());
            status.setValue(r.status());
            status.setId("person-status-" + r.id());
            status.setConverter(new org.canvasboard.ui.common.CodedLabels<>());
            status.setOnAction(e -> persona.changePerson(r.id(), "status",
                    x -> new RealPerson(x.id(), x.name(), x.contact(), status.getValue()), false));
            Button remove = Chips.iconButton(AppIcon.CLOSE, "Remove " + r.name(), () -> persona.removePerson(r.id()));
            HBox.setHgrow(name, Priority.ALWAYS);
            HBox.setHgrow(contact, Priority.ALWAYS);
            people.getChildren().add(new VBox(2, Forms.row(name, status, remove), contact));
            personFields.put(r.id(), new TextField[] {name, contact});
        }
        conversations.getChildren().clear();
        dateFields.clear();
        noteFields.clear();
        for (Conversation c : p.conversations()) {
            conversations.getChildren().add(conversation(p, c, items));
        }
    }

    private Node conversation(Persona p, Conversation c, List<ProfileItem> items) {
        TextField date = new TextField(c.date());
        date.setPrefColumnCount(8);
        date.setId("talk-date-" + c.id());
        TypingFields.wire(date, project, () -> filling, v -> persona.changeConversation(c.id(), "date",
                x -> new Conversation(x.id(), x.personId(), v, x.notes(), x.evidence()), true), this::refreshLater);
        ChoiceBox<String> who = new ChoiceBox<>();
        who.getItems().add("");
        p.people().forEach(r -> who.getItems().add(r.id()));
        who.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null || id.isEmpty() ? "(who?)" : p.people().stream().filter(r -> r.id().equals(id))
                        .findFirst().map(r -> r.name().isBlank() ? "Unnamed" : r.name()).orElse("?");
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        who.setValue(c.personId() == null ? "" : c.personId());
        who.setOnAction(e -> persona.changeConversation(c.id(), "person",
                x -> new Conversation(x.id(), who.getValue(), x.date(), x.notes(), x.evidence()), false));
        TextArea notes = new TextArea(c.notes());
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        notes.setPrefColumnCount(10);
        notes.setPromptText("What did you hear?");
        notes.setId("talk-notes-" + c.id());
        TypingFields.wire(notes, project, () -> filling, v -> persona.changeConversation(c.id(), "notes",
                x -> new Conversation(x.id(), x.personId(), x.date(), v, x.evidence()), true), this::refreshLater);
        dateFields.put(c.id(), date);
        noteFields.put(c.id(), notes);
        Button remove = Chips.iconButton(AppIcon.DELETE, "Remove this conversation",
                () -> persona.removeConversation(c.id()));
        VBox box = new VBox(4, Forms.row(date, who, remove), notes);
        if (!items.isEmpty()) {
            box.getChildren().add(caption("What it said about the pains and gains"));
        }
        for (ProfileItem item : items) {
            ChoiceBox<String> verdict = new ChoiceBox<>();
            verdict.getItems().setAll("\u2014", "Confirmed", "Refuted");
            Evidence e = c.evidence().stream().filter(x -> x.itemId().equals(item.id())).findFirst().orElse(null);
            verdict.setValue(e == null ? "\u2014" : e.confirmed() ? "Confirmed" : "Refuted");
            verdict.setId("evidence-" + c.id() + "-" + item.id());
            verdict.setOnAction(ev -> persona.setEvidence(c.id(), item.id(),
                    verdict.getValue().equals("Confirmed") ? Boolean.TRUE : verdict.getValue().equals("Refuted") ? Boolean.FALSE : null));
            Label text = new Label(item.text());
            text.setWrapText(true);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            box.getChildren().add(Forms.row(verdict, text));
        }
        box.getStyleClass().add("workbook-step");
        box.setId("conversation-" + c.id());
        return box;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("details-caption");
        return label;
    }
}
