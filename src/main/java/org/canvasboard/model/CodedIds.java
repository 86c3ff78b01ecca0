package org.canvasboard.model;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Each {@link Coded} enum's constants by id, made on first look-up. */
final class CodedIds {
    static final ClassValue<Map<String, Object>> BY_ID = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            return Stream.of(type.getEnumConstants()).map(Coded.class::cast)
                    .collect(Collectors.toUnmodifiableMap(Coded::id, Function.identity()));
        }
    };

    private CodedIds() {
    }
}
