package org.canvasboard.model;

import java.util.List;
import java.util.Objects;

/**
 * One conversation with a real person: when (an ISO date, as typed), the notes, and what was
 * heard about the segment's pains and gains.
 */
public record Conversation(String id, String personId, String date, String notes, List<Evidence> evidence) {
    public Conversation {
        Objects.requireNonNull(id, "id");
        personId = personId == null || personId.isBlank() ? null : personId;
        date = date == null ? "" : date;
        notes = notes == null ? "" : notes;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
