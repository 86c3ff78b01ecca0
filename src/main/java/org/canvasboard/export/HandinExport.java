package org.canvasboard.export;

import org.canvasboard.model.Canvas;
import org.canvasboard.model.Card;
import org.canvasboard.model.Conversation;
import org.canvasboard.model.Dimension;
import org.canvasboard.model.Evidence;
import org.canvasboard.model.Persona;
import org.canvasboard.model.ProfileArea;
import org.canvasboard.model.ProfileItem;
import org.canvasboard.model.Project;
import org.canvasboard.model.RealPerson;
import org.canvasboard.model.Segment;
import org.canvasboard.model.SegmentComparison;
import org.canvasboard.model.Workbook;
import org.canvasboard.model.WorkbookSteps;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The hand-in document of the segmentation workbook, as Markdown and as PDF: a title (student,
 * course, date, completion level), then every step with its answers, and for the PDF the canvas
 * picture and the full segment pages of the handout.
 */
public final class HandinExport {
    private HandinExport() {
    }

    /** The hand-in as lines of plain text with Markdown marks ("# ", "## ", "- "). */
    static List<String> lines(Project project, LocalDate date) {
        Workbook w = project.workbook() == null ? Workbook.started() : project.workbook();
        List<WorkbookSteps.Step> steps = WorkbookSteps.evaluate(project);
        Optional<Card> segmentCard = WorkbookSteps.segment(project);
        Optional<Persona> persona = WorkbookSteps.persona(project);
        List<String> md = new ArrayList<>();
        md.add("# Customer segmentation: " + segmentCard.map(Card::text).orElse(project.name()));
        md.add("");
        md.add("Student: " + w.student());
        md.add("Course: " + w.course());
        md.add("Date: " + date);
        md.add("Completion: " + WorkbookSteps.completion(steps) + " %");
        for (WorkbookSteps.Step step : steps) {
            md.add("");
            md.add("## " + step.number() + ". " + HandinWords.title(step.place()) + (step.complete() ? "" : " (not complete)"));
            md.add("");
            if (!step.complete()) {
                md.add("Still missing: " + HandinWords.missing(step.missing()));
                md.add("");
            }
            switch (step.place()) {
                case SEGMENT -> segmentCard.ifPresent(c -> {
                    Segment s = c.segment();
                    md.add("Segment: " + c.text());
                    if (!s.description().isBlank()) {
                        md.add("");
                        md.add(s.description());
                    }
                    md.add("");
                    for (Dimension d : Dimension.values()) {
                        if (!s.characteristics(d).isEmpty()) {
                            md.add("- " + d.label() + ": " + String.join("; ", s.characteristics(d)));
                        }
                    }
                });
                case PROFILE_GAINS -> segmentCard.ifPresent(c -> items(md, c.segment().profile().gains(), ProfileArea.GAINS));
                case PROFILE_PAINS -> segmentCard.ifPresent(c -> items(md, c.segment().profile().pains(), ProfileArea.PAINS));
                case PERSONA -> persona.ifPresent(p -> {
                    md.add("Persona: " + p.displayName() + (p.headline().isBlank() ? "" : " \u2014 " + p.headline()));
                    md.add("");
                    md.add(p.story());
                    p.characteristics().forEach(ch -> md.add("- " + ch));
                    if (!p.quote().isBlank()) {
                        md.add("");
                        md.add("\u201c" + p.quote() + "\u201d");
                    }
                });
                case PEOPLE -> persona.ifPresent(p -> p.people().forEach(r -> md.add("- " + r.name()
                        + (r.contact().isBlank() ? "" : " (" + r.contact() + ")") + ": " + r.status().label().toLowerCase(Locale.ROOT))));
                case QUESTIONS -> persona.ifPresent(p -> {
                    for (int i = 0; i < p.questions().size(); i++) {
                        md.add((i + 1) + ". " + p.questions().get(i));
                    }
                });
                case CONVERSATIONS -> persona.ifPresent(p -> conversations(md, p, segmentCard));
                case REFLECTION -> {
                    for (int i = 0; i < WorkbookSteps.REFLECTION_QUESTIONS.size(); i++) {
                        md.add("**" + HandinWords.question(i) + "**");
                        md.add("");
                        md.add(w.reflections().get(i).isBlank() ? "(no answer)" : w.reflections().get(i));
                        md.add("");
                    }
                }
            }
        }
        segmentCard.ifPresent(c -> {
            List<String> roles = SegmentComparison.roles(c.segment(), project.personas());
            if (!roles.isEmpty()) {
                md.add("");
                md.add("## Purchase roles");
                md.add("");
                roles.forEach(r -> md.add("- " + r));
            }
        });
        return md;
    }

    private static void items(List<String> md, List<ProfileItem> items, ProfileArea area) {
        for (int i = 0; i < items.size(); i++) {
            ProfileItem item = items.get(i);
            String level = area == ProfileArea.PAINS ? SegmentComparison.severity(item.level())
                    : SegmentComparison.importance(item.level());
            md.add((i + 1) + ". " + item.text() + " (" + level + (item.outsideOffering() ? ", outside our offering" : "") + ")");
        }
    }

    private static void conversations(List<String> md, Persona p, Optional<Card> segmentCard) {
        List<ProfileItem> items = new ArrayList<>();
        segmentCard.ifPresent(c -> {
            items.addAll(c.segment().profile().pains());
            items.addAll(c.segment().profile().gains());
        });
        for (Conversation c : p.conversations()) {
            String who = p.people().stream().filter(r -> r.id().equals(c.personId())).findFirst()
                    .map(RealPerson::name).orElse("someone");
            md.add("### " + c.date() + " with " + who);
            md.add("");
            if (!c.notes().isBlank()) {
                md.add(c.notes());
                md.add("");
            }
            for (Evidence e : c.evidence()) {
                items.stream().filter(i -> i.id().equals(e.itemId())).findFirst().ifPresent(i ->
                        md.add("- " + (e.confirmed() ? "Confirmed: " : "Refuted: ") + i.text()));
            }
            md.add("");
        }
    }

    public static byte[] markdown(Project project) {
        return (String.join("\n", lines(project, LocalDate.now())).strip() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The hand-in as a PDF: the text pages, then the canvas and the segment pages of the handout. */
    public static byte[] pdf(Project project) {
        return PdfExport.handin(lines(project, LocalDate.now()), project);
    }

    static String plain(String line) {
        return line.replace("**", "");
    }

    static String firstCanvasWithSegment(Project project) {
        return WorkbookSteps.segment(project).flatMap(c -> project.canvases().stream()
                .filter(cv -> cv.blocks().values().stream().anyMatch(l -> l.contains(c))).findFirst())
                .map(Canvas::id).orElse(project.canvases().get(0).id());
    }
}
