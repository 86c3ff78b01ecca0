package org.canvasboard.app;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.canvasboard.model.BlockType;
import org.canvasboard.model.Card;
import org.canvasboard.model.CardColor;
import org.canvasboard.model.EvidenceStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static org.canvasboard.app.UiFlows.cards;
import static org.canvasboard.app.UiFlows.press;
import static org.canvasboard.app.UiFlows.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Selecting, searching, colouring, copying and moving cards with mouse and keyboard. */
@ExtendWith(ApplicationExtension.class)
class CardEditingFlowsTest {
    @TempDir
    Path tmp;
    private CanvasboardApp.MainWindowHandle app;

    @Start
    void start(Stage stage) {
        RunningEditor.size(stage, 1600, 1000);
        app = CanvasboardApp.open(stage, List.of(), new SettingsKeeper(tmp.resolve("settings")), Runnable::run);
        RunningEditor.size(stage, 1600, 1000);
    }

    @AfterEach
    void closeAllWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    private Node cardNode(FxRobot robot, Card card) {
        return robot.lookup("#" + card.id()).query();
    }

    private Card first(BlockType block) {
        return cards(app, block).get(0);
    }

    private static boolean has(Node node, String pseudoClass) {
        return node.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    @Test
    void searchDimsCardsThatDoNotMatchAndHashSearchesTags(FxRobot robot) {
        Card workshops = first(BlockType.KEY_PARTNERS);
        Card insurer = cards(app, BlockType.KEY_PARTNERS).get(1);
        robot.clickOn("#search").write("workshops");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(has(cardNode(robot, workshops), "match"));
        assertTrue(has(cardNode(robot, insurer), "dimmed"));

        robot.doubleClickOn("#search").eraseText(9).write("#risk");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(has(cardNode(robot, insurer), "match"), "the insurer card is tagged #risk");
        assertTrue(has(cardNode(robot, workshops), "dimmed"));
        assertTrue(robot.lookup("#status-counts").queryLabeled().getText().contains("2 matches"),
                robot.lookup("#status-counts").queryLabeled().getText());

        // Enter in the search box steps through the matches, Shift+Enter back
        press(robot, KeyCode.ENTER);
        var selection = app.workspace().getProject().selection();
        String firstMatch = selection.getLead().id();
        assertTrue(selection.getLead().matches("#risk"), "Enter selects a match");
        press(robot, KeyCode.ENTER);
        String secondMatch = selection.getLead().id();
        assertNotEquals(firstMatch, secondMatch, "Enter again goes on to the next match");
        assertTrue(selection.getLead().matches("#risk"));
        robot.press(KeyCode.SHIFT);
        press(robot, KeyCode.ENTER);
        robot.release(KeyCode.SHIFT);
        assertEquals(firstMatch, selection.getLead().id(), "Shift+Enter goes back");
        assertTrue(robot.lookup("#search").query().isFocused(), "the search box keeps the keyboard for the next Enter");

        press(robot, KeyCode.ESCAPE);
        assertFalse(has(cardNode(robot, insurer), "match"));
        assertFalse(has(cardNode(robot, workshops), "dimmed"));
    }

    @Test
    void colouringTwoSelectedCardsIsOneUndoableStep(FxRobot robot) {
        Card partner = first(BlockType.KEY_PARTNERS);
        Card channel = first(BlockType.CHANNELS);
        robot.clickOn(cardNode(robot, partner));
        HeldKeys.ctrlClick(robot, cardNode(robot, channel));
        assertTrue(robot.lookup(".details-title").queryLabeled().getText().contains("2 cards selected"));
        robot.clickOn("#colour-green");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CardColor.GREEN, first(BlockType.KEY_PARTNERS).color());
        assertEquals(CardColor.GREEN, first(BlockType.CHANNELS).color());

        press(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals(partner.color(), first(BlockType.KEY_PARTNERS).color());
        assertEquals(channel.color(), first(BlockType.CHANNELS).color());
    }

    @Test
    void draggingTwoSelectedCardsMovesBothInOneStep(FxRobot robot) {
        Card partner = first(BlockType.KEY_PARTNERS);
        Card channel = first(BlockType.CHANNELS);
        robot.clickOn(cardNode(robot, partner));
        HeldKeys.ctrlClick(robot, cardNode(robot, channel));

        robot.drag(cardNode(robot, partner)).moveTo("#block-costStructure .block-title");
        assertEquals("2", robot.lookup(".drag-count").queryLabeled().getText(), "the picture says two cards move");
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cost = cards(app, BlockType.COST_STRUCTURE).stream().map(Card::id).toList();
        assertTrue(cost.contains(partner.id()) && cost.contains(channel.id()), cost.toString());
        assertFalse(cards(app, BlockType.KEY_PARTNERS).contains(partner));

        press(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals(partner.id(), first(BlockType.KEY_PARTNERS).id());
        assertEquals(channel.id(), first(BlockType.CHANNELS).id());
    }

    @Test
    void deletingSelectedCardsAndUndoingPutsThemBackInPlace(FxRobot robot) {
        List<Card> partners = cards(app, BlockType.KEY_PARTNERS);
        List<Card> channels = cards(app, BlockType.CHANNELS);
        robot.clickOn(cardNode(robot, partners.get(1)));
        HeldKeys.ctrlClick(robot, cardNode(robot, channels.get(0)));
        press(robot, KeyCode.DELETE);
        assertEquals(partners.size() - 1, cards(app, BlockType.KEY_PARTNERS).size());
        assertEquals(channels.size() - 1, cards(app, BlockType.CHANNELS).size());

        press(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals(partners, cards(app, BlockType.KEY_PARTNERS));
        assertEquals(channels, cards(app, BlockType.CHANNELS));
    }

    @Test
    void copyAndPastePutsACopyRightAfterTheSelectedCard(FxRobot robot) {
        Card source = first(BlockType.VALUE_PROPOSITIONS);
        Card target = first(BlockType.COST_STRUCTURE);
        robot.clickOn(cardNode(robot, source));
        press(robot, KeyCode.CONTROL, KeyCode.C);
        robot.clickOn(cardNode(robot, target));
        press(robot, KeyCode.CONTROL, KeyCode.V);

        Card pasted = cards(app, BlockType.COST_STRUCTURE).get(1);
        assertNotEquals(source.id(), pasted.id());
        assertEquals(source.text(), pasted.text());
        assertEquals(source.color(), pasted.color());
        assertEquals(source.tags(), pasted.tags());
        assertEquals(source.notes(), pasted.notes());
    }

    @Test
    void pastingTextFromElsewhereMakesOneCardPerLine(FxRobot robot) {
        int before = cards(app, BlockType.CHANNELS).size();
        robot.clickOn(cardNode(robot, cards(app, BlockType.CHANNELS).get(before - 1)));
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("Podcast ads\n\n  Farmers' markets  \nCity newsletter\n");
            Clipboard.getSystemClipboard().setContent(content);
        });
        press(robot, KeyCode.CONTROL, KeyCode.V);
        List<String> texts = texts(app, BlockType.CHANNELS);
        assertEquals(List.of("Podcast ads", "Farmers' markets", "City newsletter"),
                texts.subList(before, before + 3));
    }

    @Test
    void arrowKeysSelectAndAltArrowsMoveCards(FxRobot robot) {
        List<Card> partners = cards(app, BlockType.KEY_PARTNERS);
        robot.clickOn(cardNode(robot, partners.get(0)));
        press(robot, KeyCode.DOWN);
        assertEquals(partners.get(1).id(), app.workspace().getProject().selection().getLead().id());

        press(robot, KeyCode.ALT, KeyCode.UP);
        assertEquals(List.of(partners.get(1), partners.get(0), partners.get(2)), cards(app, BlockType.KEY_PARTNERS));

        press(robot, KeyCode.ALT, KeyCode.RIGHT);
        List<Card> activities = cards(app, BlockType.KEY_ACTIVITIES);
        assertEquals(partners.get(1).id(), activities.get(activities.size() - 1).id(), "moved to the end of the next block");
        assertEquals(2, cards(app, BlockType.KEY_PARTNERS).size());

        press(robot, KeyCode.RIGHT);
        assertEquals(first(BlockType.KEY_RESOURCES).id(), app.workspace().getProject().selection().getLead().id());
    }

    @Test
    void enterEditsInPlaceAndEscapeCancels(FxRobot robot) {
        Card card = first(BlockType.REVENUE_STREAMS);
        robot.clickOn(cardNode(robot, card));
        press(robot, KeyCode.ENTER);
        robot.write("Something else");
        press(robot, KeyCode.ESCAPE);
        assertEquals(card.text(), first(BlockType.REVENUE_STREAMS).text());
        assertFalse(app.workspace().isDirty());

        press(robot, KeyCode.F2);
        robot.write("Yearly plan: 190 EUR");
        press(robot, KeyCode.ENTER);
        assertEquals("Yearly plan: 190 EUR", first(BlockType.REVENUE_STREAMS).text());
    }

    @Test
    void typingInTheDetailsPanelIsOneUndoStepPerField(FxRobot robot) {
        Card card = first(BlockType.CUSTOMER_SEGMENTS);
        robot.clickOn(cardNode(robot, card));
        // a segment card opens the Segment tab; notes, tags and evidence are on the Card tab
        robot.clickOn("#tab-card");
        robot.clickOn("#details-notes").write("Met twelve of them at the station");
        robot.clickOn("#details-tags").eraseText(20).write("segment, commuters");
        robot.clickOn("#status-invalidated");
        WaitForAsyncUtils.waitForFxEvents();
        Card edited = first(BlockType.CUSTOMER_SEGMENTS);
        assertEquals("Met twelve of them at the station", edited.notes());
        assertEquals(List.of("segment", "commuters"), edited.tags());
        assertEquals(EvidenceStatus.INVALIDATED, edited.status());
        Node mark = robot.lookup("#" + card.id() + " .card-mark").query();
        assertTrue(mark.getStyleClass().contains("invalidated"), mark.getStyleClass().toString());

        robot.clickOn("#details-notes");
        press(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals(EvidenceStatus.VALIDATED, first(BlockType.CUSTOMER_SEGMENTS).status(), "status undone first");
        press(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals(card.tags(), first(BlockType.CUSTOMER_SEGMENTS).tags(), "all the tag typing is one step");
        press(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals("", first(BlockType.CUSTOMER_SEGMENTS).notes(), "all the notes typing is one step");
    }
}
