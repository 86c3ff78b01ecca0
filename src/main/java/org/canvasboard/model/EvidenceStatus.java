package org.canvasboard.model;

import java.util.Optional;

/** How much we know about a card: a guess, confirmed, or shown to be wrong. */
public enum EvidenceStatus implements Coded {
    HYPOTHESIS("hypothesis", "Hypothesis"),
    VALIDATED("validated", "Validated"),
    INVALIDATED("invalidated", "Invalidated");

    private final String id;
    private final String label;

    EvidenceStatus(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<EvidenceStatus> fromId(String id) {
        return Coded.fromId(EvidenceStatus.class, id);
    }
}
