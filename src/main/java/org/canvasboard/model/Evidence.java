package org.canvasboard.model;

import java.util.Objects;

/** What a conversation said about one pain or gain (by its id): confirmed, or refuted. */
public record Evidence(String itemId, boolean confirmed) {
    public Evidence {
        Objects.requireNonNull(itemId, "itemId");
    }
}
