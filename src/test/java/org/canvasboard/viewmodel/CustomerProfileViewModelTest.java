package org.canvasboard.viewmodel;

import javafx.collections.ListChangeListener;
import org.canvasboard.model.Conversation;
import org.canvasboard.model.JobKind;
import org.canvasboard.model.Level;
import org.canvasboard.model.ProfileArea;
import org.canvasboard.model.ProfileItem;
import org.canvasboard.model.Project;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.canvasboard.viewmodel.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The customer profile's screen viewmodel: which segment it shows, its rows keyed by item id, its commands. */
class CustomerProfileViewModelTest {
    private final ProjectViewModel project = Fixtures.segmentProject();
    private final EditHistory history = project.history();
    private final CanvasViewModel today = project.canvases().get(0);
    private final CustomerProfileViewModel profile = new CustomerProfileViewModel(project);

    private static List<String> ids(List<ProfileItemViewModel> rows) {
        return rows.stream().map(ProfileItemViewModel::id).toList();
    }

    private List<ProfileItem> items(String segment, ProfileArea area) {
        return find(today, segment).getSegment().profile().items(area);
    }

    @Test
    void showsTheFirstSegmentWithARowPerItemInRankOrder() {
        assertSame(find(today, "s1"), profile.getSegment());
        assertEquals(List.of(find(today, "s1"), find(today, "s2")), profile.segments());
        assertEquals(List.of("j1", "j2"), ids(profile.items(ProfileArea.JOBS)));
        assertEquals(List.of("p1"), ids(profile.items(ProfileArea.PAINS)));
        assertEquals(List.of("g1"), ids(profile.items(ProfileArea.GAINS)));
        ProfileItemViewModel j2 = profile.row("j2");
        assertEquals("j2", j2.getText());
        assertEquals(1, j2.getRank());
        assertEquals(Level.MEDIUM, profile.row("p1").getLevel());
    }

    @Test
    void aSelectedSegmentIsShownFirstAndAPlainCardIsIgnored() {
        project.selection().select(find(today, "s2"));
        CustomerProfileViewModel other = new CustomerProfileViewModel(project);
        assertSame(find(today, "s2"), other.getSegment());
        other.showSegment(find(today, "v1"));
        assertSame(find(today, "s2"), other.getSegment(), "v1 is no segment");
        other.showSegment(find(today, "s1"));
        assertSame(find(today, "s1"), other.getSegment());
    }

    @Test
    void addingRefusesBlankTextAndStripsTheRest() {
        assertNull(profile.add(ProfileArea.PAINS, "   "));
        assertNull(profile.add(ProfileArea.PAINS, null));
        assertEquals(0, history.undoCount(), "a blank item is no step");
        ProfileItemViewModel queues = profile.add(ProfileArea.PAINS, "  Queues ");
        assertEquals("Queues", queues.getText());
        assertEquals(List.of("p1", queues.id()), ids(profile.items(ProfileArea.PAINS)));
        assertEquals(1, queues.getRank());
        assertEquals(1, history.undoCount());
        history.undo();
        assertEquals(List.of("p1"), ids(profile.items(ProfileArea.PAINS)));
        assertNull(profile.row(queues.id()));
    }

    @Test
    void rowsStayTheSameObjectsThroughEditsElsewhereAndUndo() {
        List<ProfileItemViewModel> jobs = List.copyOf(profile.items(ProfileArea.JOBS));
        AtomicInteger changes = new AtomicInteger();
        profile.items(ProfileArea.JOBS).addListener((ListChangeListener<ProfileItemViewModel>) c -> changes.incrementAndGet());
        find(today, "v2").changeText("Fresh bread");
        profile.row("p1").changeLevel(Level.HIGH);
        profile.row("j1").changeText("Eat well");
        history.undo();
        history.undo();
        history.undo();
        assertEquals(0, changes.get(), "the jobs list was never replaced");
        assertSame(jobs.get(0), profile.row("j1"));
        assertSame(jobs.get(1), profile.row("j2"));
        assertEquals("j1", profile.row("j1").getText(), "the row shows the undone text");

        profile.row("j2").moveBy(-1);
        assertEquals(List.of("j2", "j1"), ids(profile.items(ProfileArea.JOBS)));
        assertSame(jobs.get(1), profile.items(ProfileArea.JOBS).get(0), "a ranked row is the same object");
        assertEquals(0, jobs.get(1).getRank());
        assertEquals(1, jobs.get(0).getRank());
    }

    @Test
    void everyRowCommandIsOneUndoStep() {
        Project before = project.toModel();
        ProfileItemViewModel j1 = profile.row("j1");
        ProfileItemViewModel p1 = profile.row("p1");
        ProfileItemViewModel g1 = profile.row("g1");
        j1.changeKind(JobKind.SOCIAL);
        p1.changeLevel(Level.HIGH);
        g1.changeOutsideOffering(true);
        j1.changeText("Eat");
        j1.changeText("Eat well");
        assertEquals(4, history.undoCount(), "typing in one item merges; the rest are a step each");
        assertEquals(JobKind.SOCIAL, items("s1", ProfileArea.JOBS).get(0).kind());
        assertEquals(Level.HIGH, items("s1", ProfileArea.PAINS).get(0).level());
        assertTrue(items("s1", ProfileArea.GAINS).get(0).outsideOffering());
        assertEquals("Set pain severity", undoDescriptionAfter(3));
        assertTrue(g1.isOutsideOffering());
        for (int i = 0; i < 4; i++) {
            history.undo();
        }
        assertEquals(before, project.toModel());
        assertFalse(g1.isOutsideOffering(), "the row follows undo");
        assertEquals(JobKind.FUNCTIONAL, j1.getKind());
    }

    private String undoDescriptionAfter(int undos) {
        for (int i = 0; i < undos - 1; i++) {
            history.undo();
        }
        String description = history.undoDescriptionProperty().get();
        for (int i = 0; i < undos - 1; i++) {
            history.redo();
        }
        return description;
    }

    @Test
    void valuesEqualToThePresentOnesAreNoSteps() {
        profile.row("j1").changeKind(JobKind.FUNCTIONAL);
        profile.row("p1").changeLevel(Level.MEDIUM);
        profile.row("g1").changeOutsideOffering(false);
        profile.row("j1").changeText("j1");
        profile.row("j1").moveBy(-1);
        profile.row("j2").moveBy(1);
        assertEquals(0, history.undoCount());
    }

    @Test
    void removingAnItemDropsItsRowAndUndoBringsANewRowForIt() {
        ProfileItemViewModel j1 = profile.row("j1");
        j1.remove();
        assertEquals(List.of("j2"), ids(profile.items(ProfileArea.JOBS)));
        assertEquals(0, profile.row("j2").getRank());
        history.undo();
        assertEquals(List.of("j1", "j2"), ids(profile.items(ProfileArea.JOBS)));
        assertNotSame(j1, profile.row("j1"));
    }

    @Test
    void aDropMovesTheItemIntoTheGapAndItsOwnGapChangesNothing() {
        profile.add(ProfileArea.JOBS, "j3");
        history.breakMerge();
        int steps = history.undoCount();
        profile.dropAt(ProfileArea.JOBS, "j1", 0);
        profile.dropAt(ProfileArea.JOBS, "j1", 1);
        assertEquals(steps, history.undoCount(), "dropped where it was");
        profile.dropAt(ProfileArea.JOBS, "j1", 3);
        assertEquals(List.of("j2", "j3", "j1"), items("s1", ProfileArea.JOBS).stream().map(ProfileItem::text).toList());
        profile.dropAt(ProfileArea.JOBS, "j1", 1);
        assertEquals(List.of("j2", "j1", "j3"), items("s1", ProfileArea.JOBS).stream().map(ProfileItem::text).toList());
        assertEquals(steps + 2, history.undoCount(), "each drop one step");
        profile.dropAt(ProfileArea.PAINS, "j1", 0);
        assertEquals(steps + 2, history.undoCount(), "a job is not dropped among the pains");
    }

    @Test
    void rowsCountWhatConversationsConfirmedOrRefuted() {
        PersonaViewModel maya = project.persona("maya").orElseThrow();
        PersonaViewModel tom = project.persona("tom").orElseThrow();
        ProfileItemViewModel p1 = profile.row("p1");
        Conversation a = maya.addConversation(null, "2026-03-01");
        Conversation b = tom.addConversation(null, "2026-03-02");
        maya.setEvidence(a.id(), "p1", true);
        tom.setEvidence(b.id(), "p1", true);
        tom.setEvidence(b.id(), "g1", false);
        assertEquals(2, p1.getConfirmed());
        assertEquals(0, p1.getRefuted());
        assertEquals(1, profile.row("g1").getRefuted());
        assertSame(p1, profile.row("p1"));
        history.undo();
        assertEquals(0, profile.row("g1").getRefuted());
    }

    @Test
    void anotherSegmentOrCanvasBringsItsOwnRows() {
        profile.showSegment(find(today, "s2"));
        assertEquals(List.of(), profile.items(ProfileArea.JOBS));
        assertNull(profile.row("j1"));
        profile.showSegment(find(today, "s1"));
        project.showCanvas(project.canvases().get(1));
        assertSame(find(project.canvases().get(1), "n-seg"), profile.getSegment());
        assertEquals(List.of(), profile.items(ProfileArea.JOBS));
    }

    @Test
    void whenTheShownSegmentGoesTheNextOneShowsAndUndoKeepsTheChoice() {
        CardViewModel s1 = find(today, "s1");
        today.removeSegmentDetails(s1);
        assertSame(find(today, "s2"), profile.getSegment());
        assertEquals(List.of(find(today, "s2")), profile.segments());
        history.undo();
        assertEquals(List.of(s1, find(today, "s2")), profile.segments());
        assertSame(find(today, "s2"), profile.getSegment(), "the segment shown stays until the user picks another");
    }

    @Test
    void aCanvasWithoutSegmentsShowsNone() {
        ProjectViewModel blank = Fixtures.sampleProject();
        CustomerProfileViewModel none = new CustomerProfileViewModel(blank);
        assertNull(none.getSegment());
        assertNull(none.add(ProfileArea.JOBS, "Eat"));
        assertEquals(0, blank.history().undoCount());
        blank.getCurrentCanvas().makeSegment(find(blank.getCurrentCanvas(), "s1"));
        assertSame(find(blank.getCurrentCanvas(), "s1"), none.getSegment(), "the first segment made shows at once");
    }
}
