package org.canvasboard.viewmodel;

import org.canvasboard.model.Characteristic;
import org.canvasboard.model.Dimension;
import org.canvasboard.model.JobKind;
import org.canvasboard.model.Level;
import org.canvasboard.model.MarketType;
import org.canvasboard.model.Metric;
import org.canvasboard.model.ProfileArea;
import org.canvasboard.model.ProfileItem;
import org.canvasboard.model.Project;
import org.canvasboard.model.PurchaseRole;
import org.canvasboard.model.RoleHolder;
import org.canvasboard.model.SegmentColor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import static org.canvasboard.viewmodel.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every edit of a segment's details is one undo step; typing merges per field and only per field. */
class SegmentViewModelTest {
    private final ProjectViewModel project = Fixtures.segmentProject();
    private final EditHistory history = project.history();
    private final CanvasViewModel today = project.canvases().get(0);
    private final SegmentViewModel s1 = new SegmentViewModel(find(today, "s1"));

    private static Arguments op(String name, BiConsumer<SegmentViewModel, ProjectViewModel> action) {
        return Arguments.of(name, action);
    }

    static Stream<Arguments> operations() {
        return Stream.of(
                op("rename", (s, p) -> s.rename("Night nurses")),
                op("description", (s, p) -> s.changeDescription("Nurses after a night shift")),
                op("market type", (s, p) -> s.changeMarketType(MarketType.NICHE)),
                op("excluded", (s, p) -> s.changeExcluded(true)),
                op("objective group", (s, p) -> s.changeObjectiveGroup("Mornings")),
                op("colour", (s, p) -> s.changeColor(SegmentColor.VIOLET)),
                op("add characteristic", (s, p) -> s.addCharacteristic(Dimension.BEHAVIORAL, " buys daily ")),
                op("remove characteristic", (s, p) -> s.removeCharacteristic(new Characteristic(Dimension.GEOGRAPHIC, "city"))),
                op("add metric", (s, p) -> s.addMetric("Conversion", "12 %")),
                op("change metric", (s, p) -> s.changeMetric(0, "Size", "~450")),
                op("remove metric", (s, p) -> s.removeMetric(0)),
                op("add job", (s, p) -> s.addProfileItem(ProfileArea.JOBS, "Eat")),
                op("add pain", (s, p) -> s.addProfileItem(ProfileArea.PAINS, "Queues")),
                op("add gain", (s, p) -> s.addProfileItem(ProfileArea.GAINS, "Fresh")),
                op("item text", (s, p) -> s.changeProfileItemText(ProfileArea.JOBS, "j1", "Eat well")),
                op("item kind", (s, p) -> s.changeProfileItem(ProfileArea.JOBS, "j2", "Make social", i -> i.withKind(JobKind.SOCIAL))),
                op("item level", (s, p) -> s.changeProfileItem(ProfileArea.PAINS, "p1", "Severe", i -> i.withLevel(Level.HIGH))),
                op("item outside", (s, p) -> s.changeProfileItem(ProfileArea.GAINS, "g1", "Outside", i -> i.withOutsideOffering(true))),
                op("remove item", (s, p) -> s.removeProfileItem(ProfileArea.JOBS, "j1")),
                op("move item", (s, p) -> s.moveProfileItem(ProfileArea.JOBS, "j2", 0)),
                op("move item past the end", (s, p) -> s.moveProfileItem(ProfileArea.JOBS, "j1", 99)),
                op("unlink persona", (s, p) -> s.unlinkPersona(p.persona("maya").orElseThrow())),
                op("link persona", (s, p) -> s.linkPersona(p.persona("tom").orElseThrow())),
                op("assign roles to a new persona", (s, p) -> s.assignRoles(p.persona("tom").orElseThrow(), List.of(PurchaseRole.INFLUENCER))),
                op("assign more roles to a persona", (s, p) -> s.assignRoles(p.persona("maya").orElseThrow(), List.of(PurchaseRole.PAYER))),
                op("assign roles to a new stakeholder", (s, p) -> s.assignRoles("Head nurse", List.of(PurchaseRole.RECOMMENDER))),
                op("assign roles to a known stakeholder", (s, p) -> s.assignRoles("hr", List.of(PurchaseRole.BUYER))),
                op("toggle role on", (s, p) -> s.toggleRole("h-hr", PurchaseRole.USER)),
                op("toggle role off", (s, p) -> s.toggleRole("h-maya", PurchaseRole.USER)),
                op("rename stakeholder", (s, p) -> s.renameStakeholder("h-hr", "Human resources")),
                op("remove holder", (s, p) -> s.removeRoleHolder("h-maya")),
                op("add holder pain", (s, p) -> s.addHolderItem("h-hr", ProfileArea.PAINS, "Budget")),
                op("add holder gain", (s, p) -> s.addHolderItem("h-maya", ProfileArea.GAINS, "Sleep")),
                op("remove holder pain", (s, p) -> s.removeHolderItem("h-hr", ProfileArea.PAINS, "hp1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void everyOperationIsOneUndoStep(String name, BiConsumer<SegmentViewModel, ProjectViewModel> action) {
        Project before = project.toModel();
        action.accept(s1, project);
        Project after = project.toModel();
        assertNotEquals(before, after, name + " changed nothing");
        assertEquals(1, history.undoCount(), name);
        assertTrue(history.isDirty());
        history.undo();
        assertEquals(before, project.toModel(), name + ": undo");
        history.redo();
        assertEquals(after, project.toModel(), name + ": redo");
        // a second, different segment is not affected
        assertEquals(before.canvases().get(1), after.canvases().get(1));
    }

    @Test
    void editsThatChangeNothingAreNoSteps() {
        PersonaViewModel maya = project.persona("maya").orElseThrow();
        s1.addCharacteristic(Dimension.DEMOGRAPHIC, "nurses");
        s1.addCharacteristic(Dimension.DEMOGRAPHIC, "   ");
        s1.linkPersona(maya);
        s1.unlinkPersona(project.persona("tom").orElseThrow());
        s1.moveProfileItem(ProfileArea.JOBS, "j1", 0);
        s1.moveProfileItem(ProfileArea.JOBS, "no-such-item", 1);
        s1.changeMarketType(null);
        s1.changeExcluded(false);
        s1.changeColor(SegmentColor.BLUE);
        s1.changeDescription("First");
        s1.removeProfileItem(ProfileArea.PAINS, "no-such-item");
        assertEquals(0, history.undoCount());
    }

    @Test
    void typingMergesPerField() {
        s1.changeDescription("N");
        s1.changeDescription("Ni");
        s1.changeDescription("Nig");
        assertEquals(1, history.undoCount(), "description");
        s1.changeObjectiveGroup("M");
        s1.changeObjectiveGroup("Mo");
        assertEquals(2, history.undoCount(), "objective group is a field of its own");
        s1.changeDescription("Nigh");
        assertEquals(3, history.undoCount(), "back in the description after another field: a new step");
        s1.changeMetric(0, "Siz", "~400");
        s1.changeMetric(0, "Size", "~4");
        s1.changeMetric(0, "Size", "~45");
        assertEquals(4, history.undoCount(), "one metric");
        s1.addMetric("Churn", "");
        s1.changeMetric(1, "Churn", "3");
        s1.changeMetric(0, "Size", "~450");
        assertEquals(7, history.undoCount(), "another metric is another field");
        s1.changeProfileItemText(ProfileArea.JOBS, "j1", "E");
        s1.changeProfileItemText(ProfileArea.JOBS, "j1", "Ea");
        assertEquals(8, history.undoCount());
        s1.changeProfileItemText(ProfileArea.JOBS, "j2", "D");
        assertEquals(9, history.undoCount(), "another item is another field");
        s1.renameStakeholder("h-hr", "H");
        s1.renameStakeholder("h-hr", "Hu");
        assertEquals(10, history.undoCount());
        s1.rename("N");
        s1.rename("Ni");
        assertEquals(11, history.undoCount(), "the segment's name is the card text");
        history.breakMerge();
        s1.rename("Nig");
        assertEquals(12, history.undoCount(), "a break (focus lost) ends the merge");

        while (history.canUndoProperty().get()) {
            history.undo();
        }
        assertEquals(Fixtures.segmentProject().toModel(), project.toModel());
    }

    @Test
    void typingInTwoSegmentsDoesNotMerge() {
        SegmentViewModel s2 = new SegmentViewModel(find(today, "s2"));
        s1.changeDescription("a");
        s2.changeDescription("a");
        s1.changeDescription("ab");
        assertEquals(3, history.undoCount());
    }

    @Test
    void nonTypingEditsOfTheSameKindNeverMerge() {
        s1.addCharacteristic(Dimension.PSYCHOGRAPHIC, "calm");
        s1.addCharacteristic(Dimension.PSYCHOGRAPHIC, "tired");
        s1.toggleRole("h-hr", PurchaseRole.USER);
        s1.toggleRole("h-hr", PurchaseRole.BUYER);
        assertEquals(4, history.undoCount());
    }

    @Test
    void addedItemsAndHoldersAreReturnedAndFoundById() {
        ProfileItem pain = s1.addProfileItem(ProfileArea.PAINS, "  Queues  ");
        assertEquals("Queues", pain.text());
        assertEquals(List.of("p1", pain.id()), s1.get().profile().pains().stream().map(ProfileItem::id).toList());
        RoleHolder head = s1.assignRoles("Head nurse", List.of(PurchaseRole.RECOMMENDER));
        assertEquals(head, s1.holder(head.id()));
        RoleHolder again = s1.assignRoles(" head NURSE ", List.of(PurchaseRole.BUYER));
        assertEquals(head.id(), again.id());
        assertEquals(List.of(PurchaseRole.RECOMMENDER, PurchaseRole.BUYER), again.roles());
        ProfileItem gain = s1.addHolderItem(head.id(), ProfileArea.GAINS, "Less paperwork");
        assertEquals(List.of(gain), s1.holder(head.id()).gains());
        assertThrows(IllegalArgumentException.class, () -> s1.toggleRole("no-such-holder", PurchaseRole.USER));
        assertEquals(List.of(new Metric("Size", "~400")), s1.get().metrics());
    }

    @Test
    void aPlainCardHasNoSegmentViewModel() {
        assertThrows(IllegalArgumentException.class, () -> new SegmentViewModel(find(today, "v1")));
    }
}
