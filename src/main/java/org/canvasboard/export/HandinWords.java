package org.canvasboard.export;

import org.canvasboard.model.WorkbookSteps;
import org.canvasboard.model.WorkbookSteps.Missing;
import org.canvasboard.model.WorkbookSteps.Place;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The workbook's words in the hand-in: step titles, what a step still misses, the reflection
 * questions. They come from the window's resource bundle, so the document says what the
 * workbook panel says.
 */
final class HandinWords {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.canvasboard.ui.messages", Locale.getDefault());

    private HandinWords() {
    }

    private static String get(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString(key), BUNDLE.getLocale()).format(args);
    }

    /** "Find 3 to 5 real people" (without the step's number). */
    static String title(Place place) {
        return get("workbook.step." + place.id() + ".title", WorkbookSteps.MIN_PEOPLE, WorkbookSteps.MAX_PEOPLE);
    }

    static String question(int index) {
        return get("workbook.reflection." + WorkbookSteps.REFLECTION_QUESTIONS.get(index));
    }

    static String missing(Missing m) {
        String segment = m.segment() == null || m.segment().isBlank() ? get("workbook.yourSegment")
                : get("workbook.named", m.segment());
        String dimension = m.dimension() == null ? "" : get("workbook.dimension." + m.dimension().id());
        return get("workbook.missing." + m.gap().id(), segment, m.persona(), m.count(), dimension, m.required(),
                m.limit());
    }
}
