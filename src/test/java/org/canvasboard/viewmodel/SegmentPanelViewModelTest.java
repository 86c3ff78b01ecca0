package org.canvasboard.viewmodel;

import org.canvasboard.model.BlockType;
import org.canvasboard.model.Dimension;
import org.canvasboard.model.Metric;
import org.canvasboard.model.ProfileArea;
import org.canvasboard.model.PurchaseRole;
import org.canvasboard.model.RoleHolder;
import org.canvasboard.model.SegmentColor;
import org.canvasboard.viewmodel.SegmentPanelViewModel.Mode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.canvasboard.viewmodel.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The segment panel's state follows the selection and history; its commands keep its rules. */
class SegmentPanelViewModelTest {
    private final ProjectViewModel project = Fixtures.segmentProject();
    private final EditHistory history = project.history();
    private final CanvasViewModel today = project.canvases().get(0);
    private final SegmentPanelViewModel panel = new SegmentPanelViewModel(project);

    private void select(String id) {
        project.selection().select(find(today, id));
    }

    @Test
    void modeFollowsTheSelectedCard() {
        assertEquals(Mode.NOTHING_SELECTED, panel.getMode());
        select("s1");
        assertEquals(Mode.SEGMENT, panel.getMode());
        assertEquals("s1", panel.cardText());
        assertEquals(List.of("nurses"), panel.characteristics(Dimension.DEMOGRAPHIC).stream().map(c -> c.text()).toList());
        select("v1");
        assertEquals(Mode.NOT_A_SEGMENT, panel.getMode());
        assertEquals(null, panel.getSegment());
        assertTrue(panel.holders().isEmpty());
    }

    @Test
    void onlyAPlainCardInCustomerSegmentsOpensAsASegment() {
        select("v2");
        assertFalse(panel.openAsSegment());
        assertEquals(0, history.undoCount());
        assertFalse(find(today, "v2").isSegment());

        CardViewModel plain = today.addCard(BlockType.CUSTOMER_SEGMENTS, 2, "Students");
        project.selection().select(plain);
        assertEquals(Mode.PLAIN_SEGMENT_CARD, panel.getMode());
        int before = history.undoCount();
        assertTrue(panel.openAsSegment());
        assertEquals(Mode.SEGMENT, panel.getMode());
        assertEquals(before + 1, history.undoCount());
        project.undo();
        assertEquals(Mode.PLAIN_SEGMENT_CARD, panel.getMode());
    }

    @Test
    void personaRowsFollowLinksAndUndo() {
        select("s1");
        List<PersonaViewModel> rows = panel.personas();
        assertEquals(List.of("maya"), rows.stream().map(PersonaViewModel::id).toList());
        assertEquals(List.of("tom"), panel.linkablePersonas().stream().map(PersonaViewModel::id).toList());
        panel.linkPersona(project.persona("tom").orElseThrow());
        assertEquals(List.of("maya", "tom"), rows.stream().map(PersonaViewModel::id).toList());
        project.undo();
        assertEquals(List.of("maya"), rows.stream().map(PersonaViewModel::id).toList());
    }

    @Test
    void anEditElsewhereLeavesTheListsUntouchedButStillRefreshes() {
        select("s1");
        int[] listChanges = {0};
        panel.holders().addListener((javafx.collections.ListChangeListener<RoleHolder>) c -> listChanges[0]++);
        panel.personas().addListener((javafx.collections.ListChangeListener<PersonaViewModel>) c -> listChanges[0]++);
        int refreshes = panel.refreshesProperty().get();
        find(today, "p1").changeText("Flour mill");
        project.persona("maya").orElseThrow().changeName("Maya R.");
        assertEquals(0, listChanges[0]);
        assertTrue(panel.refreshesProperty().get() >= refreshes + 2);
    }

    @Test
    void blankCharacteristicsAndHolderItemsAreRefused() {
        select("s1");
        assertFalse(panel.addCharacteristic(Dimension.BEHAVIORAL, "   "));
        assertFalse(panel.addHolderItem("h-hr", ProfileArea.PAINS, ""));
        assertEquals(0, history.undoCount());
        assertTrue(panel.addHolderItem("h-hr", ProfileArea.PAINS, "Invoices late"));
        RoleHolder hr = panel.holders().stream().filter(h -> h.id().equals("h-hr")).findFirst().orElseThrow();
        assertEquals(List.of("hp1", "Invoices late"), hr.pains().stream().map(i -> i.text()).toList());
    }

    @Test
    void newPersonaIsCreatedAndLinkedAsOneUndoStep() {
        select("s1");
        PersonaViewModel created = panel.newPersona();
        assertNotNull(created);
        assertEquals(3, project.personas().size());
        assertTrue(panel.personas().contains(created));
        assertEquals(1, history.undoCount());
        project.undo();
        assertEquals(2, project.personas().size());
        assertEquals(List.of("maya"), panel.personas().stream().map(PersonaViewModel::id).toList());
    }

    @Test
    void renamingAMetricKeepsItsValueAndAnUnchangedValueMakesNoEdit() {
        select("s1");
        panel.changeMetricName(0, "Size");
        panel.changeMetricValue(0, "~400");
        assertEquals(0, history.undoCount());
        panel.changeMetricName(0, "Households");
        assertEquals(List.of(new Metric("Households", "~400")), panel.getSegment().metrics());
        panel.changeMetricValue(0, "~450");
        assertEquals(List.of(new Metric("Households", "~450")), panel.getSegment().metrics());
    }

    @Test
    void choosingTheValueAlreadyHeldMakesNoEdit() {
        select("s1");
        panel.changeColor(SegmentColor.BLUE);
        panel.changeExcluded(false);
        panel.changeMarketType(null);
        panel.rename("s1");
        assertEquals(0, history.undoCount());
        panel.changeColor(SegmentColor.VIOLET);
        assertEquals(1, history.undoCount());
    }

    @Test
    void missingRolesNameBuyerPayerAndUserNobodyHolds() {
        select("s1");
        assertEquals(List.of(), panel.missingRolesProperty().get());
        panel.toggleRole("h-hr", PurchaseRole.PAYER);
        assertEquals(List.of(PurchaseRole.PAYER), panel.missingRolesProperty().get());
        select("s2");
        assertEquals(List.of(PurchaseRole.BUYER, PurchaseRole.PAYER, PurchaseRole.USER), panel.missingRolesProperty().get());
    }

    @Test
    void aStakeholderIsAddedUnnamedAndRenamedInPlace() {
        select("s1");
        RoleHolder added = panel.addStakeholder();
        assertEquals(3, panel.holders().size());
        panel.renameStakeholder(added.id(), "Head teacher");
        assertEquals("Head teacher", panel.holders().get(2).name());
        assertEquals(added.id(), panel.holders().get(2).id());
        assertSame(null, panel.holders().get(2).personaId());
    }

    @Test
    void linkedCardsAreTheCardsThatServeTheSegment() {
        select("s1");
        assertEquals(List.of("v1", "c1", "s2"), panel.linkedCards().stream().map(CardViewModel::id).toList());
        assertEquals(BlockType.CHANNELS.title(), panel.blockTitleOf(find(today, "c1")));
        assertEquals(List.of(2, 1, 1), java.util.Arrays.stream(panel.profileCounts()).boxed().toList());
    }
}
