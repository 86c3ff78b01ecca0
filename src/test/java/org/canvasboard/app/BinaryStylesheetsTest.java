package org.canvasboard.app;

import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build writes every stylesheet in binary form beside the text (JavaFX then loads the binary
 * one): each must exist and say exactly what its text says, or the app would look different
 * from its CSS.
 */
class BinaryStylesheetsTest {
    @Test
    void everyStylesheetHasABinaryTwinWithTheSameRules() throws Exception {
        for (String css : List.of(BinaryStylesheets.OWN, BinaryStylesheets.THEMES + "primer-light.css",
                BinaryStylesheets.THEMES + "primer-dark.css")) {
            URL text = BinaryStylesheets.class.getResource(css);
            URL binary = BinaryStylesheets.class.getResource(css.replace(".css", ".bss"));
            assertNotNull(text, css);
            assertNotNull(binary, css + " has no binary form: the build step did not run");
            Stylesheet parsed = new CssParser().parse(text);
            Stylesheet loaded = Stylesheet.loadBinary(binary);
            assertTrue(parsed.getRules().size() > 10, css);
            // the only difference allowed: a value's base address names the file it came from
            assertEquals(describe(parsed.getRules()), describe(loaded.getRules()).stream()
                    .map(rule -> rule.replace(binary.toExternalForm(), text.toExternalForm())).toList(), css);
        }
    }

    @Test
    void theThemesAreTheCopiesBesideTheirBinaryForm() {
        assertTrue(BinaryStylesheets.theme(true).endsWith("/org/canvasboard/app/themes/primer-light.css"));
        assertTrue(BinaryStylesheets.theme(false).endsWith("/org/canvasboard/app/themes/primer-dark.css"));
    }

    private static List<String> describe(List<Rule> rules) {
        return rules.stream().map(r -> r.getSelectors() + " " + r.getDeclarations().stream()
                .map(d -> d.getProperty() + "=" + value(d.getParsedValue())).toList()).toList();
    }

    /** A parsed value written out in full (ParsedValue itself has no useful toString). */
    private static String value(Object value) {
        if (value instanceof javafx.css.ParsedValue<?, ?> parsed) {
            return value(parsed.getValue()) + (parsed.getConverter() == null ? "" : "~" + parsed.getConverter().getClass().getSimpleName());
        }
        if (value instanceof Object[] array) {
            return java.util.Arrays.stream(array).map(BinaryStylesheetsTest::value).toList().toString();
        }
        return String.valueOf(value);
    }
}
