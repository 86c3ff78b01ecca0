package org.canvasboard.app;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.canvasboard.model.Card;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Copied cards. The system clipboard gets their text (one card per line) so it pastes into other
 * programs; pasting text copied elsewhere makes one card per non-empty line.
 */
final class CardClipboard {
    private List<Card> cards = List.of();
    private String textOfCards = "";

    void put(List<Card> copied) {
        if (copied.isEmpty()) {
            return;
        }
        cards = List.copyOf(copied);
        textOfCards = copied.stream().map(c -> c.text().replace('\n', ' ')).collect(Collectors.joining("\n"));
        ClipboardContent content = new ClipboardContent();
        content.putString(textOfCards);
        Clipboard.getSystemClipboard().setContent(content);
    }

    List<Card> get() {
        Clipboard system = Clipboard.getSystemClipboard();
        String text = system.hasString() ? system.getString() : null;
        if (text == null || text.equals(textOfCards)) {
            return cards;
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                .limit(500).map(Card::of).toList();
    }
}
