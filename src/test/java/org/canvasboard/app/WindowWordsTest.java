package org.canvasboard.app;

import org.canvasboard.model.CanvasKind;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.viewmodel.WindowViewModel.CanvasCounts;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window's words: every key it asks for is in the bundle, and counts read as sentences. */
class WindowWordsTest {
    @Test
    void everyKeyTheWindowUsesIsInTheBundle() throws IOException {
        Pattern key = Pattern.compile("Messages\\.get\\(\"([^\"]+)\"");
        List<String> used;
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/canvasboard/app"))) {
            used = files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    Matcher m = key.matcher(Files.readString(f));
                    return m.results().map(r -> r.group(1)).toList().stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).distinct().toList();
        }
        assertFalse(used.isEmpty(), "the window asks for its words");
        for (String k : used) {
            assertTrue(Messages.has(k), k + " is in messages.properties");
        }
    }

    @Test
    void theCountsReadAsOneLine() {
        assertEquals("Business Model Canvas \u00b7 1 card",
                StatusBar.countsText(new CanvasCounts(CanvasKind.BUSINESS_MODEL, 1, -1, 0, 100)));
        assertEquals("Business Model Canvas \u00b7 24 cards \u00b7 0 matches",
                StatusBar.countsText(new CanvasCounts(CanvasKind.BUSINESS_MODEL, 24, 0, 0, 100)));
        assertEquals("Business Model Canvas \u00b7 24 cards \u00b7 1 match \u00b7 2 selected \u00b7 150 %",
                StatusBar.countsText(new CanvasCounts(CanvasKind.BUSINESS_MODEL, 24, 1, 2, 150)));
        assertEquals("", StatusBar.countsText(null));
    }

    @Test
    void theTabsAndTheWorkbookLevelCarryTheirNumbers() {
        assertEquals("Checks", SidePanel.checksLabel(0));
        assertEquals("Checks (3)", SidePanel.checksLabel(3));
        assertEquals("", StatusBar.workbookText(-1), "no workbook started");
        assertEquals("Workbook 40 %", StatusBar.workbookText(40));
    }
}
