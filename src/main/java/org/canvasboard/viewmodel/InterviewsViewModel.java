package org.canvasboard.viewmodel;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import org.canvasboard.model.Conversation;
import org.canvasboard.model.CustomerProfile;
import org.canvasboard.model.Persona;
import org.canvasboard.model.ProfileArea;
import org.canvasboard.model.ProfileItem;
import org.canvasboard.model.RealPerson;
import org.canvasboard.model.WorkbookSteps;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The screen viewmodel of a persona's interview work (the segmentation assignment): the real
 * people who fit it, one row per person; the question set; the conversations, one row per
 * conversation, each with what it confirmed or refuted among the pains and gains of the persona's
 * segment. Rows stay the same objects for the same id whatever is edited. Its rules: a person
 * without a name does not count as found and is not offered as someone a conversation was with;
 * adding a person while an empty one waits gives that one back; a person's removal leaves no
 * conversation naming them; suggested questions never replace the student's own.
 */
public final class InterviewsViewModel {
    /** The workbook asks for this many real people at least, and at most {@link #MAX_PEOPLE}. */
    public static final int MIN_PEOPLE = WorkbookSteps.MIN_PEOPLE;
    public static final int MAX_PEOPLE = WorkbookSteps.MAX_PEOPLE;

    /** A pain or gain a conversation can speak to. */
    record Item(String id, ProfileArea area, String text) {
    }

    private final ProjectViewModel project;
    private final ReadOnlyObjectWrapper<PersonaViewModel> persona = new ReadOnlyObjectWrapper<>(this, "persona");
    private final ReadOnlyStringWrapper questions = new ReadOnlyStringWrapper(this, "questions", "");
    private final ReadOnlyIntegerWrapper countedPeople = new ReadOnlyIntegerWrapper(this, "countedPeople");
    private final ReadOnlyBooleanWrapper hasItems = new ReadOnlyBooleanWrapper(this, "hasItems");
    private final KeyedRowModels<RealPerson, RealPersonViewModel> people;
    private final KeyedRowModels<Conversation, ConversationViewModel> conversations;
    private List<Item> items = List.of();
    private List<ConversationViewModel.PersonChoice> choices = List.of();
    private Clock clock = Clock.systemDefaultZone();

    public InterviewsViewModel(ProjectViewModel project) {
        this.project = project;
        this.people = new KeyedRowModels<>(RealPerson::id, r -> new RealPersonViewModel(persona.get(), r),
                RealPersonViewModel::update);
        this.conversations = new KeyedRowModels<>(Conversation::id, c -> new ConversationViewModel(persona.get(), c),
                (row, c) -> row.update(c, items, choices));
        project.history().revisionProperty().addListener((obs, old, now) -> refresh());
    }

    /** Shows another persona's interviews (null: none); its rows are new. */
    public void show(PersonaViewModel shown) {
        if (shown != persona.get()) {
            project.history().breakMerge();
            people.clear();
            conversations.clear();
            persona.set(shown);
        }
        refresh();
    }

    /** Reads the persona again; rows change only where their content changed. */
    public void refresh() {
        PersonaViewModel p = persona.get();
        if (p != null && !project.personas().contains(p)) {
            show(null);
            return;
        }
        if (p == null) {
            questions.set("");
            countedPeople.set(0);
            hasItems.set(false);
            items = List.of();
            choices = List.of();
            people.clear();
            conversations.clear();
            return;
        }
        Persona model = p.get();
        questions.set(String.join("\n", model.questions()));
        people.sync(model.people());
        countedPeople.set((int) model.people().stream().filter(r -> !r.name().isBlank()).count());
        items = itemsOf(p);
        hasItems.set(!items.isEmpty());
        choices = model.people().stream().map(r -> new ConversationViewModel.PersonChoice(r.id(), r.name())).toList();
        conversations.sync(model.conversations());
    }

    /** The pains and gains of the persona's first segment with some text: what conversations speak to. */
    private List<Item> itemsOf(PersonaViewModel p) {
        return project.segmentsOf(p).stream().findFirst().map(segment -> {
            CustomerProfile profile = segment.getSegment().profile();
            return Stream.concat(profile.pains().stream().map(i -> item(ProfileArea.PAINS, i)),
                    profile.gains().stream().map(i -> item(ProfileArea.GAINS, i)))
                    .filter(i -> !i.text().isBlank()).toList();
        }).orElse(List.of());
    }

    private static Item item(ProfileArea area, ProfileItem i) {
        return new Item(i.id(), area, i.text());
    }

    // --- what the screen shows ---

    public ReadOnlyObjectProperty<PersonaViewModel> personaProperty() {
        return persona.getReadOnlyProperty();
    }

    /** The question set, one question per line. */
    public ReadOnlyStringProperty questionsProperty() {
        return questions.getReadOnlyProperty();
    }

    public String getQuestions() {
        return questions.get();
    }

    /** The real people, one row each, in the persona's order. */
    public ObservableList<RealPersonViewModel> people() {
        return people.list();
    }

    /** The row of a person, or null. */
    public RealPersonViewModel person(String personId) {
        return people.get(personId);
    }

    /** How many real people count as found: those with a name. */
    public ReadOnlyIntegerProperty countedPeopleProperty() {
        return countedPeople.getReadOnlyProperty();
    }

    public int getCountedPeople() {
        return countedPeople.get();
    }

    /** The conversations, one row each, in the persona's order. */
    public ObservableList<ConversationViewModel> conversations() {
        return conversations.list();
    }

    public ConversationViewModel conversation(String conversationId) {
        return conversations.get(conversationId);
    }

    /** True when the persona's segment has pains or gains a conversation can confirm or refute. */
    public ReadOnlyBooleanProperty hasItemsProperty() {
        return hasItems.getReadOnlyProperty();
    }

    // --- commands ---

    private PersonaViewModel edited() {
        PersonaViewModel p = persona.get();
        if (p == null) {
            throw new IllegalStateException("No persona is shown");
        }
        return p;
    }

    /**
     * Adds a real person to be named; while one added earlier is still empty (no name, no
     * contact), that one is given back instead of a second empty row.
     */
    public RealPersonViewModel addPerson() {
        PersonaViewModel p = edited();
        String id = p.get().people().stream().filter(r -> r.name().isBlank() && r.contact().isBlank())
                .map(RealPerson::id).findFirst().orElseGet(() -> p.addPerson("").id());
        refresh();
        return people.get(id);
    }

    /** Removes a person, and as part of the same step the mention of them in conversations. */
    public void removePerson(String personId) {
        PersonaViewModel p = edited();
        project.history().compound(UndoWords.get("undo.removeRealPerson"), () -> {
            for (Conversation c : p.get().conversations()) {
                if (personId.equals(c.personId())) {
                    p.changeConversation(c.id(), "person",
                            x -> new Conversation(x.id(), null, x.date(), x.notes(), x.evidence()), false);
                }
            }
            p.removePerson(personId);
        });
    }

    /** Edits the question set from its text, one question per line (blank lines dropped). */
    public void changeQuestions(String text) {
        PersonaViewModel p = persona.get();
        if (p != null) {
            p.changeQuestions(lines(text));
        }
    }

    /** Adds suggested questions after the student's own, leaving out those already there. */
    public void addSuggestedQuestions(List<String> suggested) {
        PersonaViewModel p = edited();
        List<String> all = new ArrayList<>(p.get().questions());
        suggested.stream().map(String::strip).filter(q -> !q.isEmpty() && !all.contains(q)).forEach(all::add);
        project.history().breakMerge();
        p.changeQuestions(all);
        project.history().breakMerge();
    }

    /** Records a conversation of today, with the first person who has a name (if any). */
    public ConversationViewModel addConversation() {
        PersonaViewModel p = edited();
        String with = p.get().people().stream().filter(r -> !r.name().isBlank()).map(RealPerson::id)
                .findFirst().orElse(null);
        Conversation c = p.addConversation(with, LocalDate.now(clock).toString());
        refresh();
        return conversations.get(c.id());
    }

    public void removeConversation(String conversationId) {
        edited().removeConversation(conversationId);
    }

    /** The lines of a text as the model keeps them (stripped, blank ones dropped). */
    public static List<String> lines(String text) {
        return Arrays.stream(Objects.requireNonNullElse(text, "").split("\n"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    void useClock(Clock c) {
        this.clock = c;
    }
}
