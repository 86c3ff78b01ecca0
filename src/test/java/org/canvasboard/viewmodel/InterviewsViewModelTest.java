package org.canvasboard.viewmodel;

import javafx.collections.ListChangeListener;
import org.canvasboard.model.ContactStatus;
import org.canvasboard.model.Conversation;
import org.canvasboard.model.Evidence;
import org.canvasboard.model.EvidenceStatus;
import org.canvasboard.model.ProfileArea;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.canvasboard.viewmodel.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The interviews screen: rows per person and conversation, its rules, its steps and their undo. */
class InterviewsViewModelTest {
    private final ProjectViewModel project = Fixtures.segmentProject();
    private final EditHistory history = project.history();
    private final PersonaViewModel maya = project.persona("maya").orElseThrow();
    private final PersonaViewModel tom = project.persona("tom").orElseThrow();
    private final InterviewsViewModel interviews = new InterviewsViewModel(project);

    InterviewsViewModelTest() {
        interviews.show(maya);
    }

    private RealPersonViewModel named(String name) {
        RealPersonViewModel row = interviews.addPerson();
        row.changeName(name);
        history.breakMerge();
        return row;
    }

    private static int[] changes(javafx.collections.ObservableList<?> list) {
        int[] count = new int[1];
        list.addListener((ListChangeListener<Object>) c -> count[0]++);
        return count;
    }

    @Test
    void rowsStayTheSameObjectsForTheSamePersonWhateverIsEdited() {
        RealPersonViewModel ana = named("Ana");
        RealPersonViewModel ben = named("Ben");
        List<RealPersonViewModel> before = List.copyOf(interviews.people());
        int[] listChanges = changes(interviews.people());

        ana.changeName("Anna");
        ben.changeStatus(ContactStatus.CONTACTED);
        find(project.getCurrentCanvas(), "p1").changeText("Partner");
        history.undo();
        history.undo();

        assertEquals(0, listChanges[0], "editing a person or something else never swaps the rows");
        assertEquals(before, interviews.people());
        assertSame(ana, interviews.people().get(0));
        assertSame(ben, interviews.person(ben.id()));
        assertEquals("Anna", ana.getName());
        assertEquals(ContactStatus.TO_CONTACT, ben.getStatus(), "undo shows in the same row");
    }

    @Test
    void typingANameMergesIntoOneStepPerField() {
        RealPersonViewModel ana = interviews.addPerson();
        int steps = history.undoCount();
        ana.changeName("A");
        ana.changeName("An");
        ana.changeName("Ana");
        ana.changeContact("a");
        ana.changeContact("ana@example.org");
        assertEquals(steps + 2, history.undoCount());
        history.undo();
        assertEquals("", ana.getContact());
        assertEquals("Ana", ana.getName());
    }

    @Test
    void addingAPersonWhileAnEmptyOneWaitsGivesThatOneBack() {
        RealPersonViewModel first = interviews.addPerson();
        int steps = history.undoCount();
        assertSame(first, interviews.addPerson());
        assertEquals(steps, history.undoCount(), "no second empty person, no step");
        assertEquals(1, maya.get().people().size());
        first.changeName("Ana");
        RealPersonViewModel second = interviews.addPerson();
        assertNotSame(first, second);
        assertEquals(List.of(first, second), interviews.people());
    }

    @Test
    void peopleWithoutANameDoNotCount() {
        named("Ana");
        RealPersonViewModel blank = interviews.addPerson();
        assertTrue(blank.isBlank());
        assertEquals(1, interviews.getCountedPeople());
        blank.changeName("   ");
        assertTrue(blank.isBlank());
        assertEquals(1, interviews.getCountedPeople(), "spaces are no name");
        assertSame(blank, interviews.addPerson(), "still the empty one waiting");
        blank.changeName("Cleo");
        assertEquals(2, interviews.getCountedPeople());
    }

    @Test
    void aConversationIsOfferedOnlyPeopleWithANameAndStartsWithTheFirst() {
        RealPersonViewModel blank = interviews.addPerson();
        blank.changeContact("+44 20 7946 0000");
        named("Ben");
        interviews.useClock(Clock.fixed(Instant.parse("2026-03-04T10:00:00Z"), ZoneOffset.UTC));
        ConversationViewModel talk = interviews.addConversation();
        RealPersonViewModel ben = interviews.people().get(1);
        assertEquals(ben.id(), talk.getPersonId(), "the first person with a name, not the blank one before");
        assertEquals("2026-03-04", talk.getDate());
        assertEquals(List.of(new ConversationViewModel.PersonChoice(ben.id(), "Ben")), talk.choicesProperty().get());
        assertThrows(IllegalArgumentException.class, () -> talk.choosePerson(blank.id()));
        blank.changeName("Ana");
        assertEquals(2, talk.choicesProperty().get().size(), "named now, so offered");
        talk.choosePerson(blank.id());
        assertEquals(blank.id(), maya.get().conversations().get(0).personId());
        talk.choosePerson(null);
        assertNull(talk.getPersonId());
    }

    @Test
    void removingAPersonLeavesNoConversationNamingThemAndUndoesInOneStep() {
        RealPersonViewModel ana = named("Ana");
        ConversationViewModel talk = interviews.addConversation();
        assertEquals(ana.id(), talk.getPersonId());
        int steps = history.undoCount();

        interviews.removePerson(ana.id());
        assertEquals(List.of(), maya.get().people());
        assertNull(maya.get().conversations().get(0).personId());
        assertSame(talk, interviews.conversations().get(0), "the conversation's row stays");
        assertEquals(steps + 1, history.undoCount());

        history.undo();
        assertEquals("Ana", maya.get().people().get(0).name());
        assertEquals(ana.id(), talk.getPersonId());
    }

    @Test
    void verdictsAreRowsPerPainAndGainOfTheFirstSegment() {
        ConversationViewModel talk = interviews.addConversation();
        assertEquals(List.of("p1", "g1"), talk.evidence().stream().map(EvidenceViewModel::itemId).toList());
        assertEquals(ProfileArea.GAINS, talk.evidence().get(1).areaProperty().get());
        EvidenceViewModel pain = talk.evidence().get(0);

        pain.choose(EvidenceStatus.VALIDATED);
        assertEquals(List.of(new Evidence("p1", true)), maya.get().conversations().get(0).evidence());
        int steps = history.undoCount();
        pain.choose(EvidenceStatus.VALIDATED);
        assertEquals(steps, history.undoCount(), "the same verdict again is no step");
        pain.choose(EvidenceStatus.INVALIDATED);
        assertEquals(List.of(new Evidence("p1", false)), maya.get().conversations().get(0).evidence());
        pain.choose(EvidenceStatus.HYPOTHESIS);
        assertEquals(List.of(), maya.get().conversations().get(0).evidence());

        SegmentViewModel first = new SegmentViewModel(find(project.getCurrentCanvas(), "s1"));
        first.addProfileItem(ProfileArea.PAINS, "Night shifts");
        assertEquals(3, talk.evidence().size());
        assertSame(pain, talk.evidence().get(0), "a new pain adds a row; the others stay");
        first.addProfileItem(ProfileArea.GAINS, "  ");
        assertEquals(3, talk.evidence().size(), "a pain or gain with no text yet has nothing to confirm");
    }

    @Test
    void suggestedQuestionsComeAfterTheStudentsOwnWithoutRepeats() {
        interviews.changeQuestions("Why now?\n\n  What else?  ");
        assertEquals(List.of("Why now?", "What else?"), maya.get().questions());
        int steps = history.undoCount();
        interviews.addSuggestedQuestions(List.of("What else?", "Who pays?"));
        assertEquals(List.of("Why now?", "What else?", "Who pays?"), maya.get().questions());
        assertEquals(steps + 1, history.undoCount(), "its own step, not merged into the typing");
        history.undo();
        assertEquals("Why now?\nWhat else?", interviews.getQuestions());
    }

    @Test
    void anotherPersonaHasRowsOfItsOwnAndADeletedOneShowsNothing() {
        RealPersonViewModel ana = named("Ana");
        interviews.show(tom);
        assertEquals(List.of(), interviews.people());
        RealPersonViewModel ben = interviews.addPerson();
        assertEquals(tom.get().people().get(0).id(), ben.id());
        interviews.show(maya);
        assertEquals(ana.id(), interviews.people().get(0).id());

        project.deletePersona(maya);
        assertNull(interviews.personaProperty().get());
        assertEquals(List.of(), interviews.people());
        assertEquals(0, interviews.getCountedPeople());
        assertThrows(IllegalStateException.class, interviews::addPerson);
    }

    @Test
    void aConversationFollowsItsRecordInPlace() {
        ConversationViewModel talk = interviews.addConversation();
        talk.changeNotes("S");
        talk.changeNotes("She works nights");
        talk.changeDate("2026-01-02");
        Conversation stored = maya.get().conversations().get(0);
        assertEquals("She works nights", stored.notes());
        assertEquals("2026-01-02", stored.date());
        int[] listChanges = changes(interviews.conversations());
        history.undo();
        assertEquals(0, listChanges[0]);
        assertEquals("She works nights", talk.getNotes());
        assertNotEquals("2026-01-02", talk.getDate());
        interviews.removeConversation(talk.id());
        assertEquals(List.of(), interviews.conversations());
        history.undo();
        assertEquals(talk.id(), interviews.conversations().get(0).id());
    }
}
