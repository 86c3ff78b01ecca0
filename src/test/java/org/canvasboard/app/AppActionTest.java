package org.canvasboard.app;

import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The action list is where every shortcut is written; these checks keep it sound. */
class AppActionTest {

    private static List<KeyCombination> allKeys() {
        List<KeyCombination> keys = new ArrayList<>();
        for (AppAction action : AppAction.values()) {
            action.accelerator().ifPresent(keys::add);
            keys.addAll(action.extraAccelerators());
        }
        return keys;
    }

    @Test
    void everyShortcutNamesARealKey() {
        for (KeyCombination key : allKeys()) {
            assertTrue(key instanceof KeyCodeCombination,
                    key.getName() + " was not understood as a key (a misspelt key name becomes a character)");
        }
    }

    @Test
    void noTwoActionsShareAShortcut() {
        Set<String> seen = new HashSet<>();
        for (KeyCombination key : allKeys()) {
            assertTrue(seen.add(key.getName()), "used twice: " + key.getName());
        }
    }

    @Test
    void shortcutTextListsMainAndExtraKeys() {
        assertEquals(KeyCombination.keyCombination("Shortcut+Shift+Z").getDisplayText() + " / "
                + KeyCombination.keyCombination("Shortcut+Y").getDisplayText(), AppAction.REDO.shortcutText());
    }
}
