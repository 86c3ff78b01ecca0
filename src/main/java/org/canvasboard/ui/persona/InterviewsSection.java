package org.canvasboard.ui.persona;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.ui.common.BoundText;
import org.canvasboard.ui.common.FocusMoves;
import org.canvasboard.ui.common.Forms;
import org.canvasboard.ui.common.KeyedRows;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.viewmodel.ConversationViewModel;
import org.canvasboard.viewmodel.InterviewsViewModel;
import org.canvasboard.viewmodel.PersonaSection;
import org.canvasboard.viewmodel.ProjectViewModel;
import org.canvasboard.viewmodel.RealPersonViewModel;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * A persona's interview work for the segmentation assignment: the real people who fit it, the
 * question set, and each conversation with what it confirmed or refuted among the pains and
 * gains of the persona's segment. Rows come and go with their people and conversations; a row
 * just added scrolls into view, and one added with a button gets the focus.
 */
final class InterviewsSection extends VBox {
    /** The suggested questions, in the bundle's words. */
    static List<String> suggestedQuestions() {
        return IntStream.rangeClosed(1, 5).mapToObj(i -> Messages.get("persona.questions.suggested." + i)).toList();
    }

    private final InterviewsViewModel interviews;
    private final VBox people = new VBox(8);
    private final VBox conversations = new VBox(8);
    private final Button addPerson = new Button(Messages.get("persona.people.add"), AppIcon.ADD.node());
    private final Button addTalk = new Button(Messages.get("persona.conversations.add"), AppIcon.ADD.node());
    private final KeyedRows<RealPersonViewModel, RealPersonRow> personRows;
    private final KeyedRows<ConversationViewModel, ConversationRow> talkRows;
    private final Consumer<Node> reveal;
    private final Label peopleTitle = Forms.caption(Messages.get("persona.people"));
    private final Label questionsTitle = Forms.caption(Messages.get("persona.questions"));
    private final Label conversationsTitle = Forms.caption(Messages.get("persona.conversations"));

    InterviewsSection(ProjectViewModel project, InterviewsViewModel interviews, Consumer<Node> reveal) {
        super(6);
        this.interviews = interviews;
        this.reveal = reveal;
        setId("interviews");
        // a removed person or conversation hands the focus to the next one's first field, or the
        // one before, or the button that adds one
        personRows = new KeyedRows<>(people, RealPersonViewModel::id,
                p -> new RealPersonRow(project, p, row -> interviews.removePerson(row.id())))
                .focusInRow(RealPersonRow::nameField).focusWhenEmpty(() -> addPerson)
                .onAdded(r -> reveal.accept(r.node()));
        talkRows = new KeyedRows<>(conversations, ConversationViewModel::id,
                c -> new ConversationRow(project, c, row -> interviews.removeConversation(row.id())))
                .focusInRow(ConversationRow::notesField).focusWhenEmpty(() -> addTalk)
                .onAdded(r -> reveal.accept(r.node()));
        Label count = Forms.hint("");
        count.setId("real-people-count");
        Runnable words = () -> count.setText(Messages.get("persona.people.count", interviews.getCountedPeople(),
                InterviewsViewModel.MIN_PEOPLE, InterviewsViewModel.MAX_PEOPLE));
        interviews.countedPeopleProperty().addListener((obs, old, now) -> words.run());
        words.run();
        addPerson.setId("add-real-person");
        addPerson.setOnAction(e -> focus(personRows.row(interviews.addPerson().id()).nameField()));

        TextArea questions = new TextArea();
        questions.setId("persona-questions");
        questions.setWrapText(true);
        questions.setPrefRowCount(5);
        questions.setPrefColumnCount(10);
        questions.setPromptText(Messages.get("persona.questions.prompt"));
        FocusMoves.tabLeaves(questions);
        BoundText.bind(questions, project, interviews.questionsProperty(), interviews::changeQuestions,
                (text, value) -> InterviewsViewModel.lines(text).equals(InterviewsViewModel.lines(value)));
        Button suggested = new Button(Messages.get("persona.questions.suggest"));
        suggested.setId("suggested-questions");
        suggested.setOnAction(e -> interviews.addSuggestedQuestions(suggestedQuestions()));

        addTalk.setId("add-conversation");
        addTalk.setOnAction(e -> focus(talkRows.row(interviews.addConversation().id()).notesField()));

        peopleTitle.setId("persona-section-people");
        questionsTitle.setId("persona-section-questions");
        conversationsTitle.setId("persona-section-conversations");
        getChildren().addAll(peopleTitle, count, people, addPerson, questionsTitle, questions, suggested,
                conversationsTitle, conversations, addTalk);
        interviews.people().addListener((ListChangeListener<RealPersonViewModel>) c -> personRows.sync(interviews.people()));
        interviews.conversations().addListener((ListChangeListener<ConversationViewModel>) c ->
                talkRows.sync(interviews.conversations()));
        // another persona: the rows that come next are its own, not added by the user (nothing scrolls)
        interviews.personaProperty().addListener((obs, old, now) -> {
            personRows.reset();
            talkRows.reset();
        });
        personRows.sync(interviews.people());
        talkRows.sync(interviews.conversations());
    }

    /** Where a section starts: its title. */
    Node title(PersonaSection section) {
        return switch (section) {
            case PEOPLE -> peopleTitle;
            case QUESTIONS -> questionsTitle;
            case CONVERSATIONS -> conversationsTitle;
            case PERSONA -> this;
        };
    }

    private void focus(TextInputControl field) {
        reveal.accept(field);
        field.requestFocus();
    }
}
