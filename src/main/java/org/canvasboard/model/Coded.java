package org.canvasboard.model;

import java.util.Arrays;
import java.util.Optional;

/** A fixed choice with a stable id for files and a label for people. */
public interface Coded {
    String id();

    String label();

    /** The constant of an enum of choices with the given id. */
    static <E extends Enum<E> & Coded> Optional<E> fromId(Class<E> type, String id) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.id().equals(id)).findFirst();
    }
}
