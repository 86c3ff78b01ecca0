package org.canvasboard.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Brings a file's JSON tree from the format version it was written in up to the current one,
 * one step per version, before anything is bound. To add format 2: append a step that turns a
 * version-1 tree into a version-2 tree and raise CURRENT_VERSION.
 */
final class FormatMigrations {
    static final int CURRENT_VERSION = 1;

    /** STEPS.get(i) turns a tree of version i + 1 into version i + 2. */
    private static final List<UnaryOperator<ObjectNode>> STEPS = List.of();

    private FormatMigrations() {
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
