package org.canvasboard.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Brings a file's JSON tree from the format version it was written in up to the current one,
 * one step per version, before anything is bound. To add a format: append a step that turns the
 * previous version's tree into the new one and raise CURRENT_VERSION.
 */
final class FormatMigrations {
    static final int CURRENT_VERSION = 2;

    /** STEPS.get(i) turns a tree of version i + 1 into version i + 2. */
    private static final List<UnaryOperator<ObjectNode>> STEPS = List.of(
            FormatMigrations::version1To2);

    private FormatMigrations() {
    }

    /**
     * Format 2 added segment details and segment links on cards and the project's personas, all
     * optional: a version-1 project is a version-2 project without them.
     */
    private static ObjectNode version1To2(ObjectNode tree) {
        JsonNode project = tree.get("project");
        if (project instanceof ObjectNode p && !p.has("personas")) {
            p.putArray("personas");
        }
        return tree;
    }

    static ObjectNode migrate(ObjectNode root) throws ProjectFileException {
        JsonNode version = root.get("formatVersion");
        if (version == null) {
            throw ProjectReader.invalid(
                    "This is not a Canvasboard project: it has no \"formatVersion\".");
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt()) {
            throw ProjectReader.invalid("This project's \"formatVersion\" is not a whole number.");
        }
        int from = version.intValue();
        if (from > CURRENT_VERSION) {
            throw new ProjectFileException(ProjectFileException.Reason.NEWER_VERSION,
                    "This project was made by a newer version of Canvasboard (file format " + from
                            + "); this version reads formats up to " + CURRENT_VERSION
                            + ". Please update Canvasboard to open it. The file has not been changed.");
        }
        if (from < 1) {
            throw ProjectReader.invalid("This project's \"formatVersion\" (" + from + ") is not a valid version.");
        }
        ObjectNode tree = root;
        for (int v = from; v < CURRENT_VERSION; v++) {
            tree = STEPS.get(v - 1).apply(tree);
            tree.put("formatVersion", v + 1);
        }
        return tree;
    }
}
