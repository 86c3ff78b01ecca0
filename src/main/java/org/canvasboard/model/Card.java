package org.canvasboard.model;

import java.util.List;
import java.util.Objects;

/**
 * A sticky note in a block: short text, optional longer notes, a colour, tags and an evidence
 * status. Immutable; edits make new values.
 */
public record Card(String id, String text, String notes, CardColor color, List<String> tags,
                   EvidenceStatus status) {

    public Card {
        Objects.requireNonNull(id, "id");
        text = text == null ? "" : text;
        notes = notes == null ? "" : notes;
        color = color == null ? CardColor.YELLOW : color;
        tags = tags == null ? List.of() : List.copyOf(tags);
        status = status == null ? EvidenceStatus.HYPOTHESIS : status;
    }

    /** A new yellow hypothesis card with a fresh id. */
    public static Card of(String text) {
        return new Card(Ids.newId("card"), text, "", CardColor.YELLOW, List.of(), EvidenceStatus.HYPOTHESIS);
    }

    public Card withId(String newId) {
        return new Card(newId, text, notes, color, tags, status);
    }

    public Card withText(String newText) {
        return new Card(id, newText, notes, color, tags, status);
    }

    public Card withNotes(String newNotes) {
        return new Card(id, text, newNotes, color, tags, status);
    }

    public Card withColor(CardColor newColor) {
        return new Card(id, text, notes, newColor, tags, status);
    }

    public Card withTags(List<String> newTags) {
        return new Card(id, text, notes, color, newTags, status);
    }

    public Card withStatus(EvidenceStatus newStatus) {
        return new Card(id, text, notes, color, tags, newStatus);
    }
}
