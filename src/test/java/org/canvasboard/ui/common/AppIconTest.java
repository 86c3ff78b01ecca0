package org.canvasboard.ui.common;

import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every icon names a glyph of Ikonli's Material Design pack by its true description and code point. */
class AppIconTest {
    @Test
    void everyIconIsTheGlyphOfThePackWithItsName() {
        Map<String, Ikon> pack = new HashMap<>();
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            try {
                Class<?> type = Class.forName("org.kordamp.ikonli.materialdesign2.MaterialDesign" + letter);
                for (Object constant : type.getEnumConstants()) {
                    Ikon ikon = (Ikon) constant;
                    pack.put(ikon.getDescription(), ikon);
                }
            } catch (ClassNotFoundException e) {
                // not every letter starts an icon name
            }
        }
        assertTrue(pack.size() > 5000, "the whole pack was read: " + pack.size());
        for (AppIcon icon : AppIcon.values()) {
            Ikon glyph = pack.get(icon.getDescription());
            assertNotNull(glyph, icon + ": no icon named " + icon.getDescription() + " in the pack");
            assertEquals(glyph.getCode(), icon.getCode(), icon + " has the code point of " + icon.getDescription());
        }
    }

    @Test
    void theToolbarIconsAreTheOnesTheViewsMeant() {
        assertEquals(MaterialDesignF.FILE_PLUS_OUTLINE.getCode(), AppIcon.NEW_PROJECT.getCode());
        assertEquals(MaterialDesignC.CONTENT_SAVE.getCode(), AppIcon.SAVE.getCode());
        assertEquals(MaterialDesignU.UNDO.getCode(), AppIcon.UNDO.getCode());
        assertEquals(AppIcon.UNDO, AppIcon.UNDO.ikon(), "an icon is its own Ikonli glyph");
    }
}
