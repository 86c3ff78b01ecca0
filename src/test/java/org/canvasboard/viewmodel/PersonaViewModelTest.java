package org.canvasboard.viewmodel;

import org.canvasboard.model.Persona;
import org.canvasboard.model.Project;
import org.canvasboard.model.PurchaseRole;
import org.canvasboard.model.RoleHolder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.canvasboard.viewmodel.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Personas: adding, editing (one undo step each, typing merges per field) and deleting with their links. */
class PersonaViewModelTest {
    private static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP438AAAAQBAYDFKhhdAAAAAElFTkSuQmCC";

    private final ProjectViewModel project = Fixtures.segmentProject();
    private final EditHistory history = project.history();
    private final CanvasViewModel today = project.canvases().get(0);
    private final CanvasViewModel next = project.canvases().get(1);
    private final PersonaViewModel maya = project.persona("maya").orElseThrow();
    private final PersonaViewModel tom = project.persona("tom").orElseThrow();

    private RoleHolder holder(CanvasViewModel canvas, String card, String holderId) {
        return new SegmentViewModel(find(canvas, card)).holder(holderId);
    }

    @Test
    void addingAPersonaIsOneStep() {
        Project before = project.toModel();
        PersonaViewModel sam = project.addPersona("Sam");
        assertEquals(1, history.undoCount());
        assertEquals(List.of(maya, tom, sam), project.personas());
        assertEquals("Sam", sam.get().name());
        assertEquals("person", sam.get().icon());
        history.undo();
        assertEquals(before, project.toModel());
        history.redo();
        assertEquals(List.of(maya, tom, sam), project.personas());
    }

    @Test
    void typingMergesPerFieldAndOtherEditsAreStepsOfTheirOwn() {
        maya.changeName("M");
        maya.changeName("Ma");
        maya.changeName("May");
        assertEquals(1, history.undoCount());
        maya.changeHeadline("N");
        maya.changeHeadline("Nurse");
        assertEquals(2, history.undoCount());
        maya.changeStory("Works nights");
        maya.changeQuote("Warm, please");
        maya.changeCharacteristics(List.of(" shift worker ", "", "no car"));
        assertEquals(5, history.undoCount());
        assertEquals(List.of("shift worker", "no car"), maya.get().characteristics());
        maya.changeName("Mayb");
        assertEquals(6, history.undoCount(), "typing the name again after another field is a new step");
        history.breakMerge();
        maya.changeName("Maybe");
        assertEquals(7, history.undoCount());
        maya.changeName("Maybe");
        assertEquals(7, history.undoCount(), "no step for no change");
        for (int i = 0; i < 7; i++) {
            history.undo();
        }
        assertEquals(new Persona("maya", "Maya", "", "woman", "", "", List.of(), ""), maya.get());
    }

    @Test
    void typingIntoTwoPersonasDoesNotMerge() {
        maya.changeName("Maya!");
        tom.changeName("Tom!");
        assertEquals(2, history.undoCount());
    }

    @Test
    void aPictureAndAnIconReplaceEachOtherAndUndoRestoresThePicture() {
        maya.changeImage(PNG);
        assertEquals(PNG, maya.get().imagePng());
        assertEquals("woman", maya.get().icon());
        maya.changeIcon("doctor");
        assertEquals("", maya.get().imagePng(), "an icon replaces the picture");
        assertEquals("doctor", maya.get().icon());
        assertEquals(2, history.undoCount());
        history.undo();
        assertEquals(PNG, maya.get().imagePng());
        assertEquals("woman", maya.get().icon());
        history.undo();
        assertEquals("", maya.get().imagePng());
        assertThrows(IllegalArgumentException.class, () -> maya.changeIcon("../../etc/passwd"));
        assertEquals(0, history.undoCount());
    }

    @Test
    void deletingAPersonaRemovesItFromSegmentsAndKeepsItsRolesWithAStakeholderInOneUndoStep() {
        Project before = project.toModel();
        project.deletePersona(maya);
        assertEquals(1, history.undoCount());
        assertEquals(List.of(tom), project.personas());
        assertEquals(List.of(), find(today, "s1").getSegment().personaIds());
        assertEquals(List.of("tom"), find(today, "s2").getSegment().personaIds());
        assertEquals(List.of(), find(next, "n-seg").getSegment().personaIds());

        RoleHolder was = holder(today, "s1", "h-maya");
        assertNull(was.personaId());
        assertEquals("Maya", was.name());
        assertEquals(List.of(PurchaseRole.USER, PurchaseRole.BUYER), was.roles());
        RoleHolder onNext = holder(next, "n-seg", "h-maya2");
        assertNull(onNext.personaId());
        assertEquals("Maya", onNext.name());
        assertEquals(List.of(PurchaseRole.PAYER), onNext.roles());
        assertEquals(List.of("hg1"), onNext.gains().stream().map(i -> i.id()).toList(), "its own gains stay");
        assertEquals("HR", holder(today, "s1", "h-hr").name());
        assertEquals("tom", holder(today, "s2", "h-tom").personaId());
        Project after = project.toModel();
        assertTrue(after.canvases().stream().flatMap(c -> c.kind().blocks().stream().flatMap(b -> c.cards(b).stream()))
                .filter(c -> c.isSegment())
                .allMatch(c -> c.segment().roles().stream().noneMatch(h -> "maya".equals(h.personaId()))));

        history.undo();
        assertEquals(before, project.toModel(), "undo restores the persona, its links and its roles exactly");
        assertEquals(List.of(maya, tom), project.personas(), "the same persona comes back");
        history.redo();
        assertEquals(after, project.toModel());
    }

    @Test
    void deletingAnUnnamedPersonaLeavesAStakeholderWithItsShownName() {
        tom.changeName("");
        tom.changeHeadline("Ward manager");
        project.deletePersona(tom);
        RoleHolder was = holder(today, "s2", "h-tom");
        assertNull(was.personaId());
        assertEquals("Ward manager", was.name());
    }

    @Test
    void deletingAPersonaOfAnotherProjectOrTwiceDoesNothing() {
        PersonaViewModel stranger = Fixtures.segmentProject().persona("maya").orElseThrow();
        project.deletePersona(stranger);
        assertEquals(0, history.undoCount());
        project.deletePersona(tom);
        project.deletePersona(tom);
        assertEquals(1, history.undoCount());
        assertFalse(project.personas().contains(tom));
    }

    @Test
    void aPersonaLinkedNowhereIsDeletedInOneStep() {
        PersonaViewModel sam = project.addPersona("Sam");
        Project withSam = project.toModel();
        project.deletePersona(sam);
        assertEquals(2, history.undoCount());
        history.undo();
        assertEquals(withSam, project.toModel());
    }
}
