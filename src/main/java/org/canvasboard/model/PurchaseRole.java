package org.canvasboard.model;

import java.util.Optional;

/** A part someone plays when a segment buys. */
public enum PurchaseRole implements Coded {
    USER("user", "User"),
    INFLUENCER("influencer", "Influencer"),
    RECOMMENDER("recommender", "Recommender"),
    BUYER("buyer", "Buyer"),
    PAYER("payer", "Payer"),
    DECISION_MAKER("decisionMaker", "Decision-maker");

    private final String id;
    private final String label;

    PurchaseRole(String id, String label) {
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

    public static Optional<PurchaseRole> fromId(String id) {
        return Coded.fromId(PurchaseRole.class, id);
    }
}
