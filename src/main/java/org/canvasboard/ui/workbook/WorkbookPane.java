package org.canvasboard.ui.workbook;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.ui.common.Debounce;
import org.canvasboard.ui.common.Forms;
import org.canvasboard.ui.common.KeyedRows;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.ui.common.Navigator;
import org.canvasboard.ui.common.TypingFields;
import org.canvasboard.ui.common.WhileShown;
import org.canvasboard.viewmodel.CardViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;
import org.canvasboard.viewmodel.WorkbookStepRow;
import org.canvasboard.viewmodel.WorkbookViewModel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The segmentation assignment as a checklist beside the canvas: each step explained in a few
 * words with an example, judged from the project itself, with what is still missing and a link
 * to where it is done; the completion level on top; the reflection answers in the last step.
 * It binds to a {@link WorkbookViewModel}; its rows are made once and updated in place.
 */
public final class WorkbookPane extends VBox {
    private final WorkbookViewModel model;
    private final Navigator navigator;
    private final VBox steps = new VBox(10);
    private final KeyedRows<WorkbookStepRow, StepView> stepRows;
    private final ProgressBar progress = new ProgressBar(0);
    private final Label completion = new Label();
    private final TextField student = new TextField();
    private final TextField course = new TextField();
    private final List<TextArea> reflections = new ArrayList<>();
    private final ChoiceBox<CardViewModel> segmentChoice = new ChoiceBox<>();
    private final VBox started;
    private final VBox notStarted;
    private final ScrollPane scroll;
    // the steps re-check the whole project: done a moment after typing stops, not on every key
    private final Debounce settle = new Debounce(Duration.millis(200), this::recheck);
    private final WhileShown whileShown = new WhileShown(this, this::showSteps);

    public WorkbookPane(ProjectViewModel project, Navigator navigator, Runnable handInPdf, Runnable handInMarkdown) {
        this.model = new WorkbookViewModel(project);
        this.navigator = navigator;
        setId("workbook-pane");
        getStyleClass().add("details-pane");

        Button start = new Button(Messages.get("workbook.start"), AppIcon.CHECKS.node());
        start.setId("start-workbook");
        start.setWrapText(true);
        start.setMinHeight(Region.USE_PREF_SIZE);
        start.getStyleClass().add("accent");
        start.setOnAction(e -> model.start());
        notStarted = new VBox(10, Forms.hint(Messages.get("workbook.intro")), start);

        student.setId("workbook-student");
        student.setPromptText(Messages.get("workbook.student.prompt"));
        course.setId("workbook-course");
        course.setPromptText(Messages.get("workbook.course.prompt"));
        wire(student, project, model.studentProperty(), model::changeStudent);
        wire(course, project, model.courseProperty(), model::changeCourse);
        for (int i = 0; i < model.reflectionCount(); i++) {
            int index = i;
            TextArea answer = new TextArea();
            answer.setId("reflection-" + i);
            answer.setWrapText(true);
            answer.setPrefRowCount(3);
            answer.setPrefColumnCount(10);
            wire(answer, project, model.reflectionProperty(i), v -> model.changeReflection(index, v));
            reflections.add(answer);
        }
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setId("workbook-progress");
        completion.setId("workbook-completion");
        completion.getStyleClass().add("section-title");
        Button pdf = new Button(Messages.get("workbook.handinPdf"), AppIcon.PDF.node());
        pdf.setId("handin-pdf");
        pdf.setOnAction(e -> handInPdf.run());
        Button md = new Button(Messages.get("workbook.handinMarkdown"), AppIcon.MARKDOWN.node());
        md.setId("handin-md");
        md.setOnAction(e -> handInMarkdown.run());
        segmentChoice();
        stepRows = new KeyedRows<>(steps, WorkbookStepRow::place, step -> new StepView(step,
                step.leadsElsewhere() ? List.of() : reflections, this::go));
        started = new VBox(8, completion, progress, Forms.caption(Messages.get("workbook.student")), student,
                Forms.caption(Messages.get("workbook.course")), course, Forms.caption(Messages.get("workbook.segment")),
                segmentChoice, steps, new HBox(8, pdf, md));
        scroll = new ScrollPane(new VBox(notStarted, started));
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("block-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(scroll);

        model.startedProperty().addListener((obs, was, now) -> showStarted());
        model.staleProperty().addListener((obs, was, now) -> {
            if (now) {
                settle.request();
            }
        });
        showStarted();
        whileShown.request();
    }

    private void segmentChoice() {
        segmentChoice.setId("workbook-segment");
        segmentChoice.setMaxWidth(Double.MAX_VALUE);
        segmentChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(CardViewModel card) {
                return card == null ? "" : card.getText().isBlank() ? Messages.get("workbook.segment.unnamed")
                        : card.getText();
            }

            @Override
            public CardViewModel fromString(String s) {
                return null;
            }
        });
        // showing the present choice is no edit: the viewmodel ignores a choice of the segment it has
        segmentChoice.setOnAction(e -> model.chooseSegment(segmentChoice.getValue()));
    }

    /**
     * A field shows the viewmodel's value (only when it differs: the caret stays where the user
     * types) and turns what is typed into edits.
     */
    private static void wire(TextInputControl field, ProjectViewModel project, ObservableStringValue value,
                             Consumer<String> change) {
        TypingFields.setIfChanged(field, value.get());
        value.addListener((obs, old, now) -> TypingFields.setIfChanged(field, now));
        TypingFields.wire(field, project, () -> false, change, () -> TypingFields.setIfChanged(field, value.get()));
    }

    private void showStarted() {
        Forms.show(notStarted, !model.isStarted());
        Forms.show(started, model.isStarted());
        if (model.isStarted()) {
            // a click, not typing: the steps are judged at once
            recheck();
        }
    }

    /** Re-checks the steps (for the level in the status bar too), then shows them if on screen. */
    private void recheck() {
        model.refresh();
        whileShown.request();
    }

    /** Brings the steps on screen in line with the viewmodel: rows stay, their values change. */
    private void showSteps() {
        if (!model.isStarted()) {
            return;
        }
        if (!segmentChoice.getItems().equals(model.segments())) {
            segmentChoice.getItems().setAll(model.segments());
        }
        if (segmentChoice.getValue() != model.getSegment()) {
            segmentChoice.setValue(model.getSegment());
        }
        int percent = Math.max(0, model.getLevel());
        progress.setProgress(percent / 100.0);
        String text = Messages.get("workbook.completion", percent);
        if (!text.equals(completion.getText())) {
            completion.setText(text);
        }
        stepRows.sync(model.steps());
    }

    private void go(WorkbookStepRow step) {
        model.destinationOf(step.place()).ifPresent(navigator::go);
    }

    /** The completion level in percent, or -1 while no workbook is started (for the status bar). */
    public ReadOnlyIntegerProperty levelProperty() {
        return model.levelProperty();
    }

    /** The completion level in percent, after any pending re-check (-1 while none is started). */
    public int completionLevel() {
        settle.flush();
        return model.getLevel();
    }

    /** The screen viewmodel the pane shows (for the window and tests). */
    public WorkbookViewModel viewModel() {
        return model;
    }
}
