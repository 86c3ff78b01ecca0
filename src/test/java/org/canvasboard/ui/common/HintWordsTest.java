package org.canvasboard.ui.common;

import org.canvasboard.model.PurchaseRole;
import org.canvasboard.model.SegmentationHint;
import org.canvasboard.model.SegmentationHint.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each kind of segmentation hint reads as a sentence naming whom it is about. */
class HintWordsTest {
    private static String words(Kind kind, String... names) {
        return HintWords.of(new SegmentationHint(kind, "c", kind == Kind.NO_EXCLUDED_GROUP ? null : "s", null,
                List.of(names), List.of()));
    }

    @Test
    void everyKindIsWordedWithTheSegmentsName() {
        assertEquals("\u201cNurses\u201d has no persona yet: tell the story of one typical member.",
                words(Kind.NO_PERSONA, "Nurses"));
        assertEquals("\u201cNurses\u201d is described by demographics alone: add the jobs, pains or gains that set it apart.",
                words(Kind.DEMOGRAPHICS_ONLY, "Nurses"));
        assertEquals("\u201cNurses\u201d has no jobs, pains or gains yet: what do these people need?",
                words(Kind.NO_NEEDS, "Nurses"));
        assertEquals("No value proposition is linked to \u201cNurses\u201d: what do we offer this group?",
                words(Kind.NOT_SERVED, "Nurses"));
        assertEquals("No group on \u201cToday\u201d is named as not our customer: who will we deliberately not serve?",
                words(Kind.NO_EXCLUDED_GROUP, "Today"));
        assertEquals("\u201cNurses\u201d and \u201cNight nurses\u201d have the same characteristics and needs: what sets them "
                + "apart, or are they one segment?", words(Kind.SAME_AS_ANOTHER, "Nurses", "Night nurses"));
        assertEquals("\u201cNurses\u201d is multi-sided, but no other segment is linked to it: link the side whose presence "
                + "gives it value.", words(Kind.MULTI_SIDED_ALONE, "Nurses"));
    }

    @Test
    void theMissingRolesAreListedInTheirOrder() {
        SegmentationHint hint = new SegmentationHint(Kind.MISSING_ROLES, "c", "s", null, List.of("Busy parents"),
                List.of(PurchaseRole.BUYER, PurchaseRole.PAYER, PurchaseRole.USER));
        assertEquals("\u201cBusy parents\u201d: nobody is named as buyer, payer, user yet (one person may hold several roles).",
                HintWords.of(hint));
    }

    @Test
    void anUnnamedSegmentIsCalledSoButACanvasKeepsItsOwnName() {
        assertTrue(words(Kind.NO_PERSONA, " ").startsWith("\u201cUnnamed segment\u201d has no persona"));
        assertTrue(words(Kind.NO_EXCLUDED_GROUP, "").startsWith("No group on \u201c\u201d"));
    }

    @Test
    void everyKindHasItsSentence() {
        for (Kind kind : Kind.values()) {
            assertTrue(Messages.has("checks.hint." + kind.id()), kind.id());
        }
        for (PurchaseRole role : PurchaseRole.values()) {
            assertTrue(Messages.has("checks.role." + role.id()), role.id());
        }
    }
}
