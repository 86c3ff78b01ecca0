package org.canvasboard.ui.workbook;

import org.canvasboard.ui.common.Navigator;
import org.canvasboard.viewmodel.SegmentSection;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.canvasboard.model.Workbook;
import org.canvasboard.model.WorkbookSteps;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.ui.common.TypingFields;
import org.canvasboard.viewmodel.CardViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The segmentation assignment as a checklist beside the canvas: each step explained in a few
 * words with an example, judged from the project itself, with what is still missing and a link
 * to where it is done; the completion level on top; the reflection answers in the last step.
 */
public final class WorkbookPane extends VBox {
    private static final List<String[]> GUIDE = List.of(
            new String[] {"Say who the group is in your own words and describe it along at least two dimensions.",
                "e.g. parents of children under six (demographic) who order groceries online late at night (behavioural)"},
            new String[] {"What outcomes do these people want? Then flag those your offering does not deliver today.",
                "e.g. children who eat vegetables; an evening with time to play"},
            new String[] {"What do they want to avoid? Then flag the pains your offering does not address yet.",
                "e.g. no time to cook after work; hidden delivery fees"},
            new String[] {"Tell the story of one typical member: who she is, her week, what presses on her.",
                "e.g. \u201cSam gets home at seven and wants dinner on the table by half past\u2026\u201d"},
            new String[] {"Find three to five real people who fit the persona, and note how to reach them.",
                "e.g. a neighbour, a colleague, someone from a parents' group"},
            new String[] {"Prepare open questions about what they do today, not about your idea.",
                "e.g. \u201cWhen did you last cook on a weekday? What happened?\u201d"},
            new String[] {"After each conversation, note what you heard and mark the pains and gains it confirmed or refuted.",
                "e.g. Ana: cooks twice a week, confirms \u201cno time to cook\u201d"},
            new String[] {"Look back at your work.", ""});

    private final ProjectViewModel project;
    private final Navigator navigator;
    private final Runnable handInPdf;
    private final Runnable handInMarkdown;
    private final VBox steps = new VBox(10);
    private final ProgressBar progress = new ProgressBar(0);
    private final Label completion = new Label();
    private final TextField student = new TextField();
    private final TextField course = new TextField();
    private final List<TextArea> reflections = new ArrayList<>();
    private final javafx.scene.control.ChoiceBox<CardViewModel> segmentChoice = new javafx.scene.control.ChoiceBox<>();
    private final VBox started;
    private final VBox notStarted;
    private boolean filling;
    private final javafx.beans.property.ReadOnlyIntegerWrapper level = new javafx.beans.property.ReadOnlyIntegerWrapper(this, "level", -1);

    /** The completion level in percent, or -1 while no workbook is started (for the status bar). */
    public javafx.beans.property.ReadOnlyIntegerProperty levelProperty() {
        return level.getReadOnlyProperty();
    }

    public WorkbookPane(ProjectViewModel project, Navigator navigator, Runnable handInPdf, Runnable handInMarkdown) {
        this.project = project;
        this.navigator = navigator;
        this.handInPdf = handInPdf;
        this.handInMarkdown = handInMarkdown;
        setId("workbook-pane");
        getStyleClass().add("details-pane");

        Label intro = new Label("A guided customer-segmentation assignment: eight steps over your own segment, persona "
                + "and customer profile, with a completion level and a hand-in document at the end.");
        intro.setWrapText(true);
        intro.getStyleClass().add("details-hint");
        Button start = new Button("Start the segmentation workbook", AppIcon.CHECKS.node());
        start.setId("start-workbook");
        start.getStyleClass().add("accent");
        start.setOnAction(e -> project.startWorkbook());
        notStarted = new VBox(10, intro, start);

        student.setId("workbook-student");
        student.setPromptText("Your name");
        course.setId("workbook-course");
        course.setPromptText("Course");
        TypingFields.wire(student, project, this::notEditable, project::changeStudent, this::refresh);
        TypingFields.wire(course, project, this::notEditable, project::changeCourse, this::refresh);
        for (int i = 0; i < WorkbookSteps.REFLECTION_QUESTIONS.size(); i++) {
            int index = i;
            TextArea answer = new TextArea();
            answer.setId("reflection-" + i);
            answer.setWrapText(true);
            answer.setPrefRowCount(3);
            answer.setPrefColumnCount(10);
            TypingFields.wire(answer, project, this::notEditable, v -> project.changeReflection(index, v), this::refresh);
            reflections.add(answer);
        }
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setId("workbook-progress");
        completion.setId("workbook-completion");
        completion.getStyleClass().add("section-title");
        Button pdf = new Button("Hand-in PDF\u2026", AppIcon.PDF.node());
        pdf.setId("handin-pdf");
        pdf.setOnAction(e -> handInPdf.run());
        Button md = new Button("Hand-in Markdown\u2026", AppIcon.MARKDOWN.node());
        md.setId("handin-md");
        md.setOnAction(e -> handInMarkdown.run());
        segmentChoice.setId("workbook-segment");
        segmentChoice.setMaxWidth(Double.MAX_VALUE);
        segmentChoice.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(CardViewModel card) {
                return card == null ? "" : card.getText().isBlank() ? "Unnamed segment" : card.getText();
            }

            @Override
            public CardViewModel fromString(String s) {
                return null;
            }
        });
        segmentChoice.setOnAction(e -> {
            CardViewModel chosen = segmentChoice.getValue();
            if (!filling && chosen != null) {
                project.changeWorkbook("segment", "Choose the workbook's segment", w -> new Workbook(w.student(),
                        w.course(), chosen.id(), w.reflections()), false);
            }
        });
        started = new VBox(8, completion, progress, caption("Student"), student, caption("Course"), course,
                caption("Segment of the assignment"), segmentChoice, steps, new HBox(8, pdf, md));
        ScrollPane scroll = new ScrollPane(new VBox(notStarted, started));
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("block-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(scroll);
        // the steps re-check the whole project: done a moment after typing stops, not on every key
        settle.setOnFinished(e -> refresh());
        project.history().revisionProperty().addListener((obs, old, now) -> settle.playFromStart());
        refresh();
    }

    private boolean notEditable() {
        return filling || project.getWorkbook() == null;
    }

    private final javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(
            javafx.util.Duration.millis(200));

    /** The completion level shown, in percent (after any pending re-check). */
    public int completionLevel() {
        if (settle.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            settle.stop();
            refresh();
        }
        return (int) Math.round(progress.getProgress() * 100);
    }

    private void refresh() {
        Workbook workbook = project.getWorkbook();
        show(notStarted, workbook == null);
        show(started, workbook != null);
        if (workbook == null) {
            level.set(-1);
            return;
        }
        filling = true;
        try {
            TypingFields.setIfChanged(student, workbook.student());
            TypingFields.setIfChanged(course, workbook.course());
            for (int i = 0; i < reflections.size(); i++) {
                TypingFields.setIfChanged(reflections.get(i), workbook.reflections().get(i));
            }
            List<CardViewModel> segments = project.canvases().stream().flatMap(c -> c.segments().stream()).toList();
            if (!segmentChoice.getItems().equals(segments)) {
                segmentChoice.getItems().setAll(segments);
            }
            // one snapshot of the project for the chosen segment, the steps and the hints
            org.canvasboard.model.Project model = project.toModel();
            String chosenId = WorkbookSteps.segment(model).map(org.canvasboard.model.Card::id).orElse(null);
            segmentChoice.setValue(segments.stream().filter(c -> c.id().equals(chosenId)).findFirst().orElse(null));
            List<WorkbookSteps.Step> list = WorkbookSteps.evaluate(model);
            hints = org.canvasboard.model.SegmentationChecks.run(model);
            int percent = WorkbookSteps.completion(list);
            progress.setProgress(percent / 100.0);
            completion.setText(percent + " % complete");
            level.set(percent);
            steps.getChildren().clear();
            for (WorkbookSteps.Step step : list) {
                steps.getChildren().add(stepBox(step));
            }
        } finally {
            filling = false;
        }
    }

    private Node stepBox(WorkbookSteps.Step step) {
        Label title = new Label(step.number() + ". " + step.title(), (step.complete() ? AppIcon.VALIDATED : AppIcon.HYPOTHESIS).node());
        title.getStyleClass().addAll("workbook-step-title", step.complete() ? "complete" : "open");
        title.setWrapText(true);
        title.setMinWidth(0);
        String[] guide = GUIDE.get(step.number() - 1);
        Label explain = new Label(guide[0]);
        explain.setWrapText(true);
        explain.setMinWidth(0);
        VBox box = new VBox(4, title, explain);
        if (!guide[1].isEmpty()) {
            Label example = new Label(guide[1]);
            example.setWrapText(true);
            example.setMinWidth(0);
            example.getStyleClass().add("workbook-example");
            box.getChildren().add(example);
        }
        if (step.place() == WorkbookSteps.Place.REFLECTION) {
            for (int i = 0; i < reflections.size(); i++) {
                Label q = new Label(WorkbookSteps.REFLECTION_QUESTIONS.get(i));
                q.setWrapText(true);
                q.setMinWidth(0);
                box.getChildren().addAll(q, reflections.get(i));
            }
        }
        for (String advice : advice(step.number())) {
            Label hint = new Label(advice, AppIcon.HINT.node());
            hint.setWrapText(true);
            hint.setMinWidth(0);
            hint.getStyleClass().add("workbook-advice");
            box.getChildren().add(hint);
        }
        if (!step.complete()) {
            Label missing = new Label(step.missing());
            missing.setWrapText(true);
            missing.setMinWidth(0);
            missing.getStyleClass().add("workbook-missing");
            missing.setId("workbook-missing-" + step.number());
            box.getChildren().add(missing);
        }
        if (step.place() != WorkbookSteps.Place.REFLECTION) {
            Hyperlink go = new Hyperlink("Go there");
            go.setId("workbook-go-" + step.number());
            go.setOnAction(e -> go(step.place()));
            box.getChildren().add(go);
        }
        box.getStyleClass().add("workbook-step");
        box.setId("workbook-step-" + step.number());
        return box;
    }

    /**
     * The sensible-segmentation hints that bear on a step: about the assignment's segment, or the
     * canvas it is on (naming who is not our customer belongs to the reflection).
     */
    private List<String> advice(int step) {
        String segmentId = WorkbookSteps.segment(project.toModel()).map(org.canvasboard.model.Card::id).orElse(null);
        List<String> out = new ArrayList<>();
        for (org.canvasboard.model.SegmentationHint hint : hints) {
            boolean mine = hint.cardId() == null || hint.cardId().equals(segmentId);
            int target = switch (hint.rule()) {
                case 2, 6, 7 -> 1;
                case 3 -> 2;
                case 1 -> 4;
                case 5 -> 7;
                default -> 8;
            };
            if (mine && target == step) {
                out.add(hint.message());
            }
        }
        return out;
    }

    private List<org.canvasboard.model.SegmentationHint> hints = List.of();

    private void go(WorkbookSteps.Place place) {
        Optional<CardViewModel> segment = WorkbookSteps.segment(project.toModel())
                .flatMap(c -> project.canvases().stream().flatMap(cv -> cv.findCard(c.id()).stream()).findFirst());
        switch (place) {
            case SEGMENT -> navigator.showSegmentSection(segment.orElse(null), SegmentSection.CHARACTERISTICS);
            case PROFILE_GAINS, PROFILE_PAINS -> {
                if (segment.isPresent()) {
                    navigator.showProfile(segment.get());
                } else {
                    navigator.showSegmentsBlock();
                }
            }
            default -> {
                var persona = WorkbookSteps.persona(project.toModel()).flatMap(p -> project.persona(p.id()));
                if (persona.isPresent()) {
                    navigator.showPersona(persona.get());
                } else if (segment.isPresent()) {
                    navigator.showSegmentSection(segment.get(), SegmentSection.PERSONAS);
                } else {
                    navigator.showSegmentsBlock();
                }
            }
        }
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("details-caption");
        return label;
    }

    private static void show(Node node, boolean on) {
        node.setVisible(on);
        node.setManaged(on);
    }

    static HBox row(Node... nodes) {
        HBox row = new HBox(6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
