package org.canvasboard.export;

import org.canvasboard.model.Project;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CardsCsvTest {
    /** A small RFC 4180 reader, enough to read our output back. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }

    @Test
    void everyCardOfEveryCanvasIsARowWithItsSegments() {
        Project example = ExportTestProjects.example();
        List<List<String>> rows = parse(CardsCsv.write(example));
        assertEquals(CardsCsv.HEADER, rows.get(0));
        assertEquals(example.cardCount(), rows.size() - 1);
        List<String> vp = rows.stream().filter(r -> r.get(2).equals("No big upfront purchase")).findFirst().orElseThrow();
        assertEquals(List.of("Today", "Value Propositions", "No big upfront purchase"), vp.subList(0, 3));
        assertEquals("International students, one-year stay; City commuters (25-45) without a car", vp.get(8));
        List<String> excluded = rows.stream().filter(r -> r.get(2).equals("Sport cyclists")).findFirst().orElseThrow();
        assertEquals("not our customer", excluded.get(7));
    }

    @Test
    void awkwardTextIsQuotedAndFormulasAreDisarmed() {
        assertEquals("\"comma, and \"\"quote\"\"\"", CardsCsv.cell("comma, and \"quote\""));
        assertEquals("\"two\nlines\"", CardsCsv.cell("two\nlines"));
        assertEquals("'=SUM(A1:A9)", CardsCsv.cell("=SUM(A1:A9)"));
        assertEquals("'@cmd", CardsCsv.cell("@cmd"));
        assertEquals("plain", CardsCsv.cell("plain"));
        Project project = new Project("p", List.of(ExportTestProjects.random(8, org.canvasboard.model.CanvasKind.BUSINESS_MODEL)));
        List<List<String>> rows = parse(CardsCsv.write(project));
        assertEquals(project.cardCount() + 1, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.size() == CardsCsv.HEADER.size()), "every row has every column");
    }
}
