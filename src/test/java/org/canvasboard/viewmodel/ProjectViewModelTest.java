package org.canvasboard.viewmodel;

import org.canvasboard.model.BlockType;
import org.canvasboard.model.Canvas;
import org.canvasboard.model.CanvasKind;
import org.canvasboard.model.Card;
import org.canvasboard.model.CardColor;
import org.canvasboard.model.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.canvasboard.model.BlockType.*;
import static org.canvasboard.viewmodel.Fixtures.find;
import static org.canvasboard.viewmodel.Fixtures.texts;
import static org.junit.jupiter.api.Assertions.*;

class ProjectViewModelTest {
    private ProjectViewModel project;
    private EditHistory history;
    private Project start;

    @BeforeEach
    void setUp() {
        project = Fixtures.sampleProject();
        history = project.history();
        start = project.toModel();
    }

    private CanvasViewModel today() {
        return project.canvases().get(0);
    }

    private CardViewModel card(String id) {
        return find(project.getCurrentCanvas(), id);
    }

    private List<String> canvasNames() {
        return project.canvases().stream().map(CanvasViewModel::getName).toList();
    }

    private List<String> selectedIds() {
        return project.selectedCards().stream().map(CardViewModel::id).toList();
    }

    @Test
    void startsOnTheFirstCanvasWithNothingSelected() {
        assertSame(today(), project.getCurrentCanvas());
        assertTrue(project.selection().isEmpty());
        assertFalse(history.isDirty());
        assertEquals("Bakery", project.getName());
    }

    // --- canvases ---

    @Test
    void addCanvasAppendsAndSelectsIt() {
        CanvasViewModel added = project.addCanvas("Plan B", CanvasKind.BUSINESS_MODEL);
        assertEquals(List.of("Today", "Next year", "Plan B"), canvasNames());
        assertSame(added, project.getCurrentCanvas());
        assertEquals(9, added.blocks().size());
        assertEquals(0, added.allCards().count());
    }

    @Test
    void addProductCanvasHasThirteenBlocks() {
        CanvasViewModel added = project.addCanvas("Product", CanvasKind.PRODUCT);
        assertEquals(CanvasKind.PRODUCT, added.kind());
        assertEquals(13, added.blocks().size());
        assertSame(added, project.getCurrentCanvas());
    }

    @Test
    void undoOfAddCanvasRemovesItAndShowsAValidCanvas() {
        project.addCanvas("Plan B", CanvasKind.PRODUCT);
        history.undo();
        assertEquals(start, project.toModel());
        assertTrue(project.canvases().contains(project.getCurrentCanvas()));
        assertFalse(history.isDirty());
    }

    @Test
    void redoOfAddCanvasBringsBackTheSameCanvas() {
        CanvasViewModel added = project.addCanvas("Plan B", CanvasKind.BUSINESS_MODEL);
        history.undo();
        history.redo();
        assertSame(added, project.canvases().get(2));
    }

    @Test
    void duplicateCanvasCopiesContentWithFreshCardIdsAfterTheSource() {
        project.addCanvas("Last", CanvasKind.BUSINESS_MODEL);
        CanvasViewModel copy = project.duplicateCanvas(today());
        assertEquals(List.of("Today", "Today (copy)", "Next year", "Last"), canvasNames());
        assertSame(copy, project.getCurrentCanvas());
        assertNotEquals(today().id(), copy.id());

        Canvas original = today().toModel();
        Canvas duplicate = copy.toModel();
        Set<String> originalIds = new HashSet<>();
        today().allCards().forEach(c -> originalIds.add(c.id()));
        for (BlockType block : CanvasKind.BUSINESS_MODEL.blocks()) {
            List<Card> a = original.cards(block);
            List<Card> b = duplicate.cards(block);
            assertEquals(a.size(), b.size(), block.id());
            for (int i = 0; i < a.size(); i++) {
                assertFalse(originalIds.contains(b.get(i).id()), "reused id " + b.get(i).id());
                assertEquals(a.get(i), b.get(i).withId(a.get(i).id()));
            }
        }
    }

    @Test
    void editingTheDuplicateLeavesTheSourceAlone() {
        CanvasViewModel copy = project.duplicateCanvas(today());
        find(copy, copy.block(VALUE_PROPOSITIONS).cards().get(0).id()).changeText("Changed");
        assertEquals("v1", find(today(), "v1").getText());
    }

    @Test
    void undoOfDuplicateRemovesTheCopy() {
        project.duplicateCanvas(today());
        history.undo();
        assertEquals(start, project.toModel());
    }

    @Test
    void deleteCanvasRefusesTheLastCanvas() {
        assertTrue(project.deleteCanvas(project.canvases().get(1)));
        assertFalse(project.deleteCanvas(today()));
        assertEquals(List.of("Today"), canvasNames());
        assertEquals(1, history.undoCount());
    }

    @Test
    void deleteCanvasRefusesACanvasOfAnotherProject() {
        CanvasViewModel other = Fixtures.sampleProject().canvases().get(0);
        assertFalse(project.deleteCanvas(other));
        assertEquals(start, project.toModel());
    }

    @Test
    void deleteCurrentCanvasShowsItsNeighbour() {
        project.addCanvas("Third", CanvasKind.BUSINESS_MODEL);
        CanvasViewModel middle = project.canvases().get(1);
        project.showCanvas(middle);
        project.deleteCanvas(middle);
        assertEquals("Third", project.getCurrentCanvas().getName());
    }

    @Test
    void deleteLastCurrentCanvasShowsThePreviousOne() {
        CanvasViewModel last = project.canvases().get(1);
        project.showCanvas(last);
        project.deleteCanvas(last);
        assertSame(today(), project.getCurrentCanvas());
    }

    @Test
    void deleteAnotherCanvasKeepsShowingTheCurrentOne() {
        CanvasViewModel third = project.addCanvas("Third", CanvasKind.BUSINESS_MODEL);
        project.deleteCanvas(today());
        assertSame(third, project.getCurrentCanvas());
    }

    @Test
    void undoOfDeleteCanvasRestoresItsPosition() {
        project.addCanvas("Third", CanvasKind.BUSINESS_MODEL);
        Project before = project.toModel();
        CanvasViewModel middle = project.canvases().get(1);
        project.deleteCanvas(middle);
        history.undo();
        assertEquals(before, project.toModel());
        assertSame(middle, project.canvases().get(1));
    }

    @Test
    void showNeighbourCanvasWrapsBothWays() {
        project.addCanvas("Third", CanvasKind.BUSINESS_MODEL);
        project.showCanvas(today());
        project.showNeighbourCanvas(-1);
        assertEquals("Third", project.getCurrentCanvas().getName());
        project.showNeighbourCanvas(+1);
        assertEquals("Today", project.getCurrentCanvas().getName());
        project.showNeighbourCanvas(+1);
        assertEquals("Next year", project.getCurrentCanvas().getName());
    }

    @Test
    void showingACanvasOfAnotherProjectIsRefused() {
        CanvasViewModel other = Fixtures.sampleProject().canvases().get(0);
        assertThrows(IllegalArgumentException.class, () -> project.showCanvas(other));
    }

    @Test
    void renameProjectIsUndoable() {
        project.renameProject("  Bakery 2 ");
        assertEquals("Bakery 2", project.getName());
        project.renameProject(" ");
        assertEquals("Bakery 2", project.getName());
        history.undo();
        assertEquals(start, project.toModel());
    }

    // --- add card ---

    @Test
    void addCardGoesAfterTheLeadCardInTheSameBlockAndIsSelected() {
        project.selection().select(card("v2"));
        CardViewModel added = project.addCard(VALUE_PROPOSITIONS);
        assertEquals(2, today().indexOf(added));
        assertEquals(List.of(added.id()), selectedIds());
        assertSame(added, project.selection().getLead());
    }

    @Test
    void addCardGoesToTheEndWhenTheLeadIsInAnotherBlock() {
        project.selection().select(card("c1"));
        CardViewModel added = project.addCard(VALUE_PROPOSITIONS);
        assertEquals(4, today().indexOf(added));
        assertSame(added, project.selection().getLead());
    }

    @Test
    void addCardGoesToTheEndWithoutSelection() {
        CardViewModel added = project.addCard(KEY_PARTNERS);
        assertEquals(List.of("p1", "p2", ""), texts(today(), KEY_PARTNERS));
        assertSame(added, project.selection().getLead());
    }

    // --- delete, cut, copy, paste ---

    @Test
    void deleteSelectionRemovesTheSelectedCardsAndClearsTheSelection() {
        project.selection().selectAll(List.of(card("p1"), card("s2")));
        project.deleteSelection();
        assertEquals(List.of("p2"), texts(today(), KEY_PARTNERS));
        assertEquals(List.of("s1"), texts(today(), CUSTOMER_SEGMENTS));
        assertTrue(project.selection().isEmpty());
        assertEquals(1, history.undoCount());
    }

    @Test
    void undoingADeletionSelectsTheCardsItBringsBackAndMovesDoNot() {
        CardViewModel p1 = card("p1");
        CardViewModel s2 = card("s2");
        project.selection().selectAll(List.of(s2, p1));
        project.deleteSelection();
        project.undo();
        assertEquals(Set.of(p1, s2), project.selection().cards(), "the cards brought back are selected");
        assertEquals(p1, project.selection().getLead(), "led by the first in canvas order, which the canvas reveals");

        project.redo();
        assertTrue(project.selection().isEmpty(), "redone, the deletion takes them out of the selection again");

        project.undo();
        project.selection().select(card("v2"));
        today().moveCards(List.of(card("v2")), CHANNELS, 0);
        project.selection().clear();
        project.undo();
        assertTrue(project.selection().isEmpty(), "a card moved back was not brought back: nothing is selected");
    }

    @Test
    void aNewCardLeftEmptyCanBeTakenBackWithoutATrace() {
        int undos = history.undoCount();
        CardViewModel card = project.addCard(CHANNELS);
        project.discardNewCard(card);
        assertEquals(List.of("c1"), texts(today(), CHANNELS));
        assertFalse(today().allCards().anyMatch(c -> c == card), "the new card is gone");
        assertEquals(undos, history.undoCount(), "nothing to undo");
        assertEquals(0, history.redoCount(), "nothing to redo");

        CardViewModel typed = project.addCard(CHANNELS);
        typed.changeText("Partner shops");
        project.discardNewCard(typed);
        assertTrue(today().allCards().anyMatch(c -> c == typed), "a card with text stays");

        CardViewModel earlier = project.addCard(CHANNELS);
        project.addCard(CUSTOMER_SEGMENTS);
        project.discardNewCard(earlier);
        assertTrue(today().allCards().anyMatch(c -> c == earlier), "only the last thing added can be taken back");
    }

    @Test
    void selectMatchStepsThroughTheMatchesInCanvasOrderAndGoesRound() {
        assertNull(project.selectMatch(true), "no search, nothing to step to");
        project.searchQueryProperty().set("p");
        List<CardViewModel> matches = today().allCards().filter(c -> c.matches("p")).toList();
        assertTrue(matches.size() >= 2, matches.toString());
        for (CardViewModel expected : matches) {
            assertEquals(expected, project.selectMatch(true));
            assertEquals(expected, project.selection().getLead());
        }
        assertEquals(matches.get(0), project.selectMatch(true), "after the last match comes the first");
        assertEquals(matches.get(matches.size() - 1), project.selectMatch(false), "and back");
        project.selection().clear();
        assertEquals(matches.get(matches.size() - 1), project.selectMatch(false), "backwards from nothing: the last");
        project.searchQueryProperty().set("no card says this");
        assertNull(project.selectMatch(true));
    }

    @Test
    void copySelectionSnapshotsInCanvasOrderAndChangesNothing() {
        project.selection().selectAll(List.of(card("s1"), card("p2")));
        List<Card> copied = project.copySelection();
        assertEquals(List.of("p2", "s1"), copied.stream().map(Card::id).toList());
        assertEquals(start, project.toModel());
        assertEquals(0, history.undoCount());
    }

    @Test
    void cutSelectionCopiesAndDeletes() {
        project.selection().selectAll(List.of(card("v2"), card("v3")));
        List<Card> cut = project.cutSelection();
        assertEquals(List.of("v2", "v3"), cut.stream().map(Card::text).toList());
        assertEquals(List.of("v1", "v4"), texts(today(), VALUE_PROPOSITIONS));
        assertTrue(project.selection().isEmpty());
    }

    @Test
    void pasteGoesAfterTheLeadCardAndSelectsThePastedCards() {
        project.selection().select(card("v1"));
        List<Card> clipboard = List.of(Fixtures.card("x"), Fixtures.card("y"));
        List<CardViewModel> pasted = project.paste(clipboard, CHANNELS);
        assertEquals(List.of("v1", "x", "y", "v2", "v3", "v4"), texts(today(), VALUE_PROPOSITIONS));
        assertEquals(pasted.stream().map(CardViewModel::id).toList(), selectedIds());
        assertSame(pasted.get(0), project.selection().getLead());
        assertEquals(1, history.undoCount());
    }

    @Test
    void pasteWithoutSelectionGoesToTheEndOfTheFallbackBlock() {
        project.paste(List.of(Fixtures.card("x")), CHANNELS);
        assertEquals(List.of("c1", "x"), texts(today(), CHANNELS));
        assertEquals(1, project.selection().cards().size());
    }

    @Test
    void pasteOfNothingDoesNothing() {
        project.selection().select(card("v1"));
        assertEquals(List.of(), project.paste(List.of(), CHANNELS));
        assertEquals(0, history.undoCount());
        assertSame(card("v1"), project.selection().getLead());
    }

    @Test
    void cutThenPasteOnAnotherCanvasMovesTheContent() {
        project.selection().selectAll(List.of(card("v2")));
        List<Card> cut = project.cutSelection();
        project.showNeighbourCanvas(+1);
        List<CardViewModel> pasted = project.paste(cut, VALUE_PROPOSITIONS);
        assertEquals(List.of("v2"), texts(project.getCurrentCanvas(), VALUE_PROPOSITIONS));
        assertNotEquals("v2", pasted.get(0).id());
    }

    // --- selection upkeep ---

    @Test
    void undoThatRemovesASelectedCardDropsItFromTheSelection() {
        CardViewModel added = project.addCard(CHANNELS);
        project.selection().selectAll(List.of(card("c1"), added));
        history.undo();
        assertEquals(List.of("c1"), selectedIds());
        assertSame(card("c1"), project.selection().getLead());
    }

    @Test
    void undoThatRemovesTheOnlySelectedCardClearsTheLead() {
        project.addCard(CHANNELS);
        history.undo();
        assertTrue(project.selection().isEmpty());
        assertNull(project.selection().getLead());
    }

    @Test
    void selectionIsClearedWhenSwitchingCanvas() {
        project.selection().select(card("v1"));
        project.showNeighbourCanvas(+1);
        assertTrue(project.selection().isEmpty());
        assertNull(project.selection().getLead());
    }

    @Test
    void selectionActionsWorkOnTheSelectedCards() {
        project.selection().selectAll(List.of(card("v2"), card("s1")));
        project.colorSelection(CardColor.PURPLE);
        assertEquals(CardColor.PURPLE, card("v2").getColor());
        assertEquals(CardColor.PURPLE, card("s1").getColor());
        project.moveSelectionWithinBlock(-1);
        assertEquals(List.of("v2", "v1", "v3", "v4"), texts(today(), VALUE_PROPOSITIONS));
        assertEquals(List.of("s1", "s2"), texts(today(), CUSTOMER_SEGMENTS));
        project.selection().select(card("c1"));
        project.moveSelectionToNeighbourBlock(+1);
        assertEquals(List.of("s1", "s2", "c1"), texts(today(), CUSTOMER_SEGMENTS));
        assertEquals(3, history.undoCount());
    }

    @Test
    void toModelReflectsCanvasesAndCards() {
        project.addCanvas("Product", CanvasKind.PRODUCT);
        project.addCard(KPIS).changeText("Churn");
        Project model = project.toModel();
        assertEquals(3, model.canvases().size());
        assertEquals(CanvasKind.PRODUCT, model.canvases().get(2).kind());
        assertEquals("Churn", model.canvases().get(2).cards(KPIS).get(0).text());
        assertEquals(start.canvases().get(0), model.canvases().get(0));
        assertEquals(10, model.cardCount());
    }
}
