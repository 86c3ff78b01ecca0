package org.canvasboard.model;

import java.util.List;

/** The avatar icons a persona can pick; names are stable ids stored in project files. */
public final class PersonaIcons {
    public static final String DEFAULT = "person";
    public static final List<String> ALL = List.of("person", "woman", "man", "child", "elder", "student",
            "worker", "office", "doctor", "chef", "cyclist", "family", "farmer", "artist", "tech", "shop");

    private PersonaIcons() {
    }
}
