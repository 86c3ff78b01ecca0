package org.canvasboard.model;

import java.util.List;
import java.util.Objects;

/**
 * A sticky note in a block: short text, optional longer notes, a colour, tags and an evidence
 * status. It may link to segment cards of its canvas ({@code segmentLinks}, by card id) and, when
 * it is itself a segment, carries the segment's details ({@code segment}, otherwise null).
 * Immutable; edits make new values.
 */
public record Card(String id, String text, String notes, CardColor color, List<String> tags,
                   EvidenceStatus status, List<String> segmentLinks, Segment segment) {

    public Card {
        Objects.requireNonNull(id, "id");
        text = text == null ? "" : text;
        notes = notes == null ? "" : notes;
        color = color == null ? CardColor.YELLOW : color;
        tags = tags == null ? List.of() : List.copyOf(tags);
        status = status == null ? EvidenceStatus.HYPOTHESIS : status;
        segmentLinks = Coded.distinct(segmentLinks);
    }

    /** A plain card without links or segment details. */
    public Card(String id, String text, String notes, CardColor color, List<String> tags, EvidenceStatus status) {
        this(id, text, notes, color, tags, status, List.of(), null);
    }

    /** A new yellow hypothesis card with a fresh id. */
    public static Card of(String text) {
        return new Card(Ids.newId("card"), text, "", CardColor.YELLOW, List.of(), EvidenceStatus.HYPOTHESIS);
    }

    public boolean isSegment() {
        return segment != null;
    }

    public Card withId(String newId) {
        return new Card(newId, text, notes, color, tags, status, segmentLinks, segment);
    }

    public Card withText(String newText) {
        return new Card(id, newText, notes, color, tags, status, segmentLinks, segment);
    }

    public Card withNotes(String newNotes) {
        return new Card(id, text, newNotes, color, tags, status, segmentLinks, segment);
    }

    public Card withColor(CardColor newColor) {
        return new Card(id, text, notes, newColor, tags, status, segmentLinks, segment);
    }

    public Card withTags(List<String> newTags) {
        return new Card(id, text, notes, color, newTags, status, segmentLinks, segment);
    }

    public Card withStatus(EvidenceStatus newStatus) {
        return new Card(id, text, notes, color, tags, newStatus, segmentLinks, segment);
    }

    public Card withSegmentLinks(List<String> links) {
        return new Card(id, text, notes, color, tags, status, links, segment);
    }

    public Card withSegment(Segment newSegment) {
        return new Card(id, text, notes, color, tags, status, segmentLinks, newSegment);
    }
}
