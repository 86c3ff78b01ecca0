package org.canvasboard.viewmodel;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.canvasboard.viewmodel.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The persona gallery: a tile per persona kept per id, selection, new and delete with their undo. */
class PersonaGalleryViewModelTest {
    private final ProjectViewModel project = Fixtures.segmentProject();
    private final EditHistory history = project.history();
    private final PersonaViewModel maya = project.persona("maya").orElseThrow();
    private final PersonaViewModel tom = project.persona("tom").orElseThrow();
    private final PersonaGalleryViewModel gallery = new PersonaGalleryViewModel(project);

    private List<String> tileIds() {
        return gallery.tiles().stream().map(PersonaTileViewModel::id).toList();
    }

    @Test
    void aTilePerPersonaStaysTheSameObjectAcrossEdits() {
        assertEquals(List.of("maya", "tom"), tileIds());
        PersonaTileViewModel mayaTile = gallery.tile("maya");
        maya.changeName("Maya B.");
        find(project.getCurrentCanvas(), "v1").changeText("Warm meals");
        history.undo();
        assertSame(mayaTile, gallery.tiles().get(0));
        assertEquals("Maya B.", mayaTile.personaProperty().get().name());
        assertEquals(List.of("s1", "s2", "n-seg"), mayaTile.segments().stream().map(s -> s.card().id()).toList());
    }

    @Test
    void aTilesSegmentsFollowLinksAndKeepTheirListenersAfterAGarbageCollection() {
        PersonaTileViewModel tomTile = gallery.tile("tom");
        int[] changes = new int[1];
        tomTile.segments().addListener((javafx.collections.ListChangeListener<LinkedSegment>) c -> changes[0]++);
        System.gc();
        new SegmentViewModel(find(project.getCurrentCanvas(), "s1")).linkPersona(tom);
        assertEquals(1, changes[0]);
        assertEquals(List.of("s1", "s2"), tomTile.segments().stream().map(s -> s.card().id()).toList());
    }

    @Test
    void aNewPersonaIsSelectedAndShownAndUndoTakesItAway() {
        PersonaViewModel created = gallery.newPersona();
        assertEquals(3, gallery.tiles().size());
        assertSame(created, gallery.getSelected());
        assertSame(created, gallery.editor().getPersona());
        assertTrue(gallery.tile(created.id()).isSelected());
        history.undo();
        assertEquals(List.of("maya", "tom"), tileIds());
        assertNull(gallery.getSelected());
        assertNull(gallery.editor().getPersona());
    }

    @Test
    void selectingMarksOneTile() {
        gallery.select(tom);
        assertTrue(gallery.tile("tom").isSelected());
        assertFalse(gallery.tile("maya").isSelected());
        assertSame(tom, gallery.editor().getPersona());
        assertSame(tom, gallery.editor().interviews().personaProperty().get());
        gallery.select(maya);
        assertFalse(gallery.tile("tom").isSelected());
    }

    @Test
    void deletingTheSelectedPersonaSelectsItsNeighbourAndOneUndoBringsItBackWithItsLinks() {
        gallery.select(maya);
        int steps = history.undoCount();
        gallery.deleteSelected();
        assertEquals(steps + 1, history.undoCount(), "one step for the persona and its links");
        assertEquals(List.of("tom"), tileIds());
        assertSame(tom, gallery.getSelected());
        assertEquals(List.of("tom"), find(project.getCurrentCanvas(), "s2").getSegment().personaIds());
        history.undo();
        assertEquals(List.of("maya", "tom"), tileIds());
        assertEquals(List.of("maya", "tom"), find(project.getCurrentCanvas(), "s2").getSegment().personaIds());
        gallery.select(tom);
        gallery.deleteSelected();
        assertSame(maya, gallery.getSelected(), "the last one's neighbour is the one before");
    }

    @Test
    void aPersonaNoLongerInTheProjectSelectsNothing() {
        gallery.select(tom);
        project.deletePersona(maya);
        gallery.select(maya);
        assertNull(gallery.getSelected());
        assertNull(gallery.editor().getPersona());
        assertFalse(gallery.tile("tom").isSelected());
    }
}
