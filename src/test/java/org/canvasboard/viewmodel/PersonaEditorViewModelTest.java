package org.canvasboard.viewmodel;

import javafx.collections.ListChangeListener;
import org.canvasboard.model.SegmentColor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.canvasboard.viewmodel.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The persona editor: its fields follow the persona and undo, its segments, its commands and rules. */
class PersonaEditorViewModelTest {
    private static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP438AAAAQBAYDFKhhdAAAAAElFTkSuQmCC";

    private final ProjectViewModel project = Fixtures.segmentProject();
    private final EditHistory history = project.history();
    private final CanvasViewModel today = project.canvases().get(0);
    private final PersonaViewModel maya = project.persona("maya").orElseThrow();
    private final PersonaViewModel tom = project.persona("tom").orElseThrow();
    private final PersonaEditorViewModel editor = new PersonaEditorViewModel(project);

    private static List<String> names(List<LinkedSegment> segments) {
        return segments.stream().map(s -> s.card().id()).toList();
    }

    @Test
    void showsThePersonasFieldsAndFollowsTypingAndUndo() {
        editor.show(maya);
        assertEquals("Maya", editor.nameProperty().get());
        int steps = history.undoCount();
        editor.changeName("Mayaa");
        editor.changeName("Mayaaa");
        editor.changeStory("Works nights");
        editor.changeCharacteristics("nurse\n\n  no car \n");
        assertEquals(steps + 3, history.undoCount(), "typing merges per field");
        assertEquals("nurse\nno car", editor.characteristicsProperty().get());
        assertEquals(List.of("nurse", "no car"), maya.get().characteristics());
        history.undo();
        history.undo();
        assertEquals("", editor.storyProperty().get());
        assertEquals("Mayaaa", editor.nameProperty().get());
        history.undo();
        assertEquals("Maya", editor.nameProperty().get());
    }

    @Test
    void commandsDoNothingWhileNoPersonaIsShown() {
        editor.show(null);
        editor.changeName("Nobody");
        editor.chooseIcon("chef");
        editor.linkSegment(find(today, "s1"));
        assertEquals(0, history.undoCount());
        assertFalse(editor.editable());
        assertEquals(List.of(), editor.linkableSegments());
    }

    @Test
    void segmentsAreThoseThePersonaTellsOnEveryCanvas() {
        editor.show(maya);
        assertEquals(List.of("s1", "s2", "n-seg"), names(editor.segments()));
        assertEquals(List.of(), editor.linkableSegments(), "maya tells every segment already");
        editor.show(tom);
        assertEquals(List.of("s2"), names(editor.segments()));
        assertTrue(editor.severalCanvases());
        List<PersonaEditorViewModel.SegmentChoices> choices = editor.linkableSegments();
        assertEquals(List.of("Today", "Next year"), choices.stream().map(PersonaEditorViewModel.SegmentChoices::canvasName).toList());
        assertEquals(List.of("s1"), names(choices.get(0).segments()));
    }

    @Test
    void linkingAndUnlinkingASegmentAreStepsTheListFollows() {
        editor.show(tom);
        CardViewModel s1 = find(today, "s1");
        editor.linkSegment(s1);
        assertTrue(s1.getSegment().personaIds().contains("tom"));
        assertEquals(List.of("s1", "s2"), names(editor.segments()));
        editor.unlinkSegment(find(today, "s2"));
        assertEquals(List.of("s1"), names(editor.segments()));
        history.undo();
        history.undo();
        assertEquals(List.of("s2"), names(editor.segments()));
        assertFalse(s1.getSegment().personaIds().contains("tom"));
    }

    @Test
    void aSegmentsRenameOrColourShowsButAnUnrelatedEditLeavesTheListAlone() {
        editor.show(tom);
        int[] changes = new int[1];
        editor.segments().addListener((ListChangeListener<LinkedSegment>) c -> changes[0]++);
        find(today, "v2").changeText("Fresh bread");
        editor.changeQuote("Late again");
        assertEquals(0, changes[0]);
        new SegmentViewModel(find(today, "s2")).changeColor(SegmentColor.TEAL);
        assertEquals(1, changes[0]);
        assertEquals(SegmentColor.TEAL, editor.segments().get(0).colour());
    }

    @Test
    void aListenerToTheSegmentsKeepsHearingAfterAGarbageCollection() {
        editor.show(tom);
        int[] changes = new int[1];
        editor.segments().addListener((ListChangeListener<LinkedSegment>) c -> changes[0]++);
        System.gc();
        editor.linkSegment(find(today, "s1"));
        assertEquals(1, changes[0], "the list a view listens to is held by the viewmodel");
    }

    @Test
    void anIconReplacesThePictureInOneStep() {
        editor.show(maya);
        editor.choosePicture(PNG);
        assertTrue(editor.hasPicture());
        int steps = history.undoCount();
        editor.chooseIcon("chef");
        assertEquals(steps + 1, history.undoCount());
        assertFalse(editor.hasPicture());
        assertEquals("chef", editor.avatarProperty().get().icon());
        history.undo();
        assertTrue(editor.hasPicture());
        editor.removePicture();
        assertEquals("", maya.get().imagePng());
        assertEquals("woman", maya.get().icon(), "removing the picture shows the icon again");
    }

    @Test
    void theAvatarChangesOnlyWhenItsIconOrPictureDoes() {
        editor.show(maya);
        var shown = editor.avatarProperty().get();
        editor.changeName("Maya B.");
        assertSame(shown, editor.avatarProperty().get());
        editor.chooseIcon("doctor");
        assertEquals("doctor", editor.avatarProperty().get().icon());
    }

    @Test
    void aDeletedPersonaLeavesTheEditorEmptyAndItsInterviewsToo() {
        editor.show(maya);
        editor.interviews().addPerson().changeName("Ana");
        project.deletePersona(maya);
        assertNull(editor.getPersona());
        assertEquals("", editor.nameProperty().get());
        assertEquals(List.of(), editor.segments());
        assertNull(editor.interviews().personaProperty().get());
        assertEquals(List.of(), editor.interviews().people());
    }
}
