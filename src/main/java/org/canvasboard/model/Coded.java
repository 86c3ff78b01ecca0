package org.canvasboard.model;

import java.util.List;
import java.util.Optional;

/** A fixed choice with a stable id for files and a label for people. */
public interface Coded {
    String id();

    String label();

    /** The constant of an enum of choices with the given id. */
    static <E extends Enum<E> & Coded> Optional<E> fromId(Class<E> type, String id) {
        // files are read with thousands of these look-ups: one map per type, made once
        return id == null ? Optional.empty() : Optional.ofNullable(type.cast(CodedIds.BY_ID.get(type).get(id)));
    }

    /** An unmodifiable copy of a list of ids without repeats (null reads as empty). */
    static List<String> distinct(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        if (ids.size() == 1) {
            return List.of(ids.get(0));
        }
        return List.copyOf(new java.util.LinkedHashSet<>(ids));
    }
}
