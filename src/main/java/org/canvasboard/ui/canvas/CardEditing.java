package org.canvasboard.ui.canvas;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.canvasboard.viewmodel.CardViewModel;

/**
 * Typing a card's text in place: an editor takes the text's place; Enter commits, Shift+Enter
 * adds a line, Esc cancels, and leaving the editor commits. When the editor had the keyboard,
 * the card hands it back to its canvas.
 */
final class CardEditing {
    private final CardViewModel card;
    /** Puts the card's parts in order again (the editor came or went). */
    private final Runnable rearrange;
    /** Gives the keyboard back to the canvas once the editor that had it is gone. */
    private final Runnable returnFocus;
    private TextArea editor;

    CardEditing(CardViewModel card, Runnable rearrange, Runnable returnFocus) {
        this.card = card;
        this.rearrange = rearrange;
        this.returnFocus = returnFocus;
    }

    /** The editor while the card is being edited, else null. */
    TextArea editor() {
        return editor;
    }

    boolean isEditing() {
        return editor != null;
    }

    /** Opens the editor (once) and runs {@code onCancel} (when not null) if Esc cancels it. */
    void start(Runnable onCancel) {
        if (editor != null) {
            return;
        }
        editor = new TextArea(card.getText());
        editor.getStyleClass().add("card-editor");
        editor.setWrapText(true);
        editor.setPrefRowCount(3);
        editor.setId("card-editor");
        TextArea opened = editor;
        // a filter, so Enter commits before the text area's own Enter replaces the selected text
        opened.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()) {
                e.consume();
                commit();
            } else if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                opened.insertText(opened.getCaretPosition(), "\n");
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stop();
                if (onCancel != null) {
                    onCancel.run();
                }
            }
        });
        opened.focusedProperty().addListener((obs, was, now) -> {
            if (!now && editor != null) {
                commit();
            }
        });
        rearrange.run();
        opened.requestFocus();
        opened.selectAll();
    }

    /** Closes the editor and changes the card's text to what was typed. */
    void commit() {
        if (editor != null) {
            String value = editor.getText();
            stop();
            card.changeText(value.strip());
        }
    }

    private void stop() {
        if (editor != null) {
            boolean hadFocus = editor.isFocused();
            editor = null;
            rearrange.run();
            if (hadFocus) {
                returnFocus.run();
            }
        }
    }
}
