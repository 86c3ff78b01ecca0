package org.canvasboard.ui.common;

import org.canvasboard.model.SegmentationHint;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Puts a segmentation hint into words: the checks panel lists them, the workbook shows those that
 * bear on a step. The model says what it found and whom it is about; the sentences are here.
 */
public final class HintWords {
    private HintWords() {
    }

    /** The hint as a sentence a user can act on. */
    public static String of(SegmentationHint hint) {
        boolean aboutCanvas = hint.kind() == SegmentationHint.Kind.NO_EXCLUDED_GROUP;
        List<String> names = hint.names().stream().map(n -> Messages.get("checks.named",
                n.isBlank() && !aboutCanvas ? Messages.get("checks.unnamed") : n)).toList();
        String roles = hint.roles().stream().map(r -> Messages.get("checks.role." + r.id()))
                .collect(Collectors.joining(", "));
        return Messages.get("checks.hint." + hint.kind().id(), names.isEmpty() ? "" : names.get(0),
                names.size() < 2 ? "" : names.get(1), roles);
    }
}
