package org.canvasboard.viewmodel;

import org.canvasboard.model.BlockType;
import org.canvasboard.model.EvidenceStatus;
import org.canvasboard.model.MarketType;
import org.canvasboard.model.PurchaseRole;
import org.junit.jupiter.api.Test;

import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.canvasboard.viewmodel.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The words of undoable steps come from the bundle and read as they always did. */
class UndoWordsTest {
    private final ProjectViewModel project = Fixtures.segmentProject();
    private final CanvasViewModel today = project.canvases().get(0);
    private final SegmentViewModel s1 = new SegmentViewModel(find(today, "s1"));

    private String undo() {
        return project.history().undoDescriptionProperty().get();
    }

    @Test
    void everyUndoKeyFormats() {
        ResourceBundle bundle = ResourceBundle.getBundle("org.canvasboard.ui.messages", Locale.getDefault());
        List<String> keys = bundle.keySet().stream().filter(k -> k.startsWith("undo.")).sorted().toList();
        assertFalse(keys.isEmpty());
        assertAll(keys.stream().map(key -> () -> assertDoesNotThrow(() -> {
            Format[] formats = new MessageFormat(bundle.getString(key)).getFormatsByArgumentIndex();
            Object[] args = new Object[formats.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = formats[i] instanceof ChoiceFormat || formats[i] instanceof NumberFormat ? (Object) 2 : "x";
            }
            String text = UndoWords.get(key, args);
            assertFalse(text.isBlank(), key);
        }, key)));
    }

    @Test
    void cardCountsReadAsBefore() {
        assertEquals("Paste card", UndoWords.cards("undo.pasteCards", 1));
        assertEquals("Paste 1000 cards", UndoWords.cards("undo.pasteCards", 1000));
        assertEquals("Delete 0 cards", UndoWords.cards("undo.deleteCards", 0));
        assertEquals("Choose the workbook's segment", UndoWords.get("undo.chooseWorkbookSegment"));
    }

    @Test
    void removingARoleHolder() {
        s1.removeRoleHolder("h-maya");
        assertEquals("Remove role holder", undo());
    }

    @Test
    void settingTheMarketTypeLowerCasesItsLabel() {
        s1.changeMarketType(MarketType.NICHE);
        assertEquals("Set market type to niche market", undo());
    }

    @Test
    void movingAndMarkingCards() {
        today.moveCards(List.of(find(today, "v1"), find(today, "v2")), BlockType.CHANNELS, 0);
        assertEquals("Move 2 cards", undo());
        today.markCards(List.of(find(today, "v3")), EvidenceStatus.VALIDATED);
        assertEquals("Mark card validated", undo());
    }

    @Test
    void assigningRolesQuotesTheName() {
        s1.assignRoles("Board", List.of(PurchaseRole.PAYER));
        assertEquals("Assign roles to \u201cBoard\u201d", undo());
    }
}
