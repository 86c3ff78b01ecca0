package org.canvasboard.model;

import java.util.Optional;

/** What kind of market a segment is (see DOMAIN.md). */
public enum MarketType implements Coded {
    MASS("mass", "Mass market"),
    NICHE("niche", "Niche market"),
    SEGMENTED("segmented", "Segmented"),
    DIVERSIFIED("diversified", "Diversified"),
    MULTI_SIDED("multiSided", "Multi-sided");

    private final String id;
    private final String label;

    MarketType(String id, String label) {
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

    public static Optional<MarketType> fromId(String id) {
        return Coded.fromId(MarketType.class, id);
    }
}
