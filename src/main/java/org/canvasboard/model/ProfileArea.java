package org.canvasboard.model;

import java.util.Optional;

/** The three areas of a customer profile. */
public enum ProfileArea implements Coded {
    JOBS("jobs", "Jobs", "job"),
    PAINS("pains", "Pains", "pain"),
    GAINS("gains", "Gains", "gain");

    private final String id;
    private final String label;
    private final String itemName;

    ProfileArea(String id, String label, String itemName) {
        this.id = id;
        this.label = label;
        this.itemName = itemName;
    }

    /** One item of the area, in lower case: "job", "pain", "gain". */
    public String itemName() {
        return itemName;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<ProfileArea> fromId(String id) {
        return Coded.fromId(ProfileArea.class, id);
    }
}
