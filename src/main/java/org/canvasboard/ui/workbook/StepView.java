package org.canvasboard.ui.workbook;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.canvasboard.model.SegmentationHint;
import org.canvasboard.model.WorkbookSteps;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.ui.common.Forms;
import org.canvasboard.ui.common.HintWords;
import org.canvasboard.ui.common.KeyedRows;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.viewmodel.HintRow;
import org.canvasboard.viewmodel.WorkbookStepRow;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The row of one workbook step: its title with a done or open mark, what to do with an example,
 * the hints that bear on it, what is still missing and a link to where it is done. The reflection
 * step holds the answer fields instead of the link. Made once per step; later states update it.
 */
final class StepView implements KeyedRows.Row<WorkbookStepRow> {
    private final VBox box = new VBox(4);
    private final Label title = new Label();
    private final VBox advice = new VBox(4);
    private final KeyedRows<SegmentationHint, AdviceRow> adviceRows =
            new KeyedRows<>(advice, HintRow.Key::of, h -> new AdviceRow());
    private final Label missing = wrapping(new Label());
    private Boolean shownComplete;

    /**
     * @param answers the reflection's answer fields (only for the reflection step, else empty)
     * @param go      follows the step's "Go there"
     */
    StepView(WorkbookStepRow step, List<TextArea> answers, Consumer<WorkbookStepRow> go) {
        WorkbookSteps.Place place = step.place();
        title.setText(StepWords.title(place));
        title.getStyleClass().add("workbook-step-title");
        wrapping(title);
        box.getChildren().addAll(title, wrapping(new Label(StepWords.guide(place))));
        String example = StepWords.example(place);
        if (!example.isEmpty()) {
            Label e = wrapping(new Label(example));
            e.getStyleClass().add("workbook-example");
            box.getChildren().add(e);
        }
        for (int i = 0; i < answers.size(); i++) {
            box.getChildren().addAll(wrapping(new Label(StepWords.question(i))), answers.get(i));
        }
        missing.getStyleClass().add("workbook-missing");
        missing.setId("workbook-missing-" + step.number());
        box.getChildren().addAll(advice, missing);
        if (step.leadsElsewhere()) {
            Hyperlink link = new Hyperlink(Messages.get("workbook.goThere"));
            link.setId("workbook-go-" + step.number());
            link.setOnAction(e -> go.accept(step));
            box.getChildren().add(link);
        }
        box.getStyleClass().add("workbook-step");
        box.setId("workbook-step-" + step.number());
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void update(WorkbookStepRow step) {
        boolean complete = step.isComplete();
        if (!Objects.equals(shownComplete, complete)) {
            shownComplete = complete;
            title.setGraphic((complete ? AppIcon.VALIDATED : AppIcon.HYPOTHESIS).node());
            title.getStyleClass().removeAll("complete", "open");
            title.getStyleClass().add(complete ? "complete" : "open");
        }
        adviceRows.sync(step.advice());
        Forms.show(advice, !step.advice().isEmpty());
        // a row not yet judged (the workbook just started, its re-check waiting) says nothing
        WorkbookSteps.Missing gap = step.getMissing();
        Forms.show(missing, gap != null);
        setIfChanged(missing, gap == null ? "" : StepWords.missing(gap));
    }

    private static void setIfChanged(Label label, String text) {
        if (!label.getText().equals(text)) {
            label.setText(text);
        }
    }

    private static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMinWidth(0);
        return label;
    }

    /** One hint under a step. */
    private static final class AdviceRow implements KeyedRows.Row<SegmentationHint> {
        private final Label label = wrapping(new Label("", AppIcon.HINT.node()));

        AdviceRow() {
            label.getStyleClass().add("workbook-advice");
        }

        @Override
        public Node node() {
            return label;
        }

        @Override
        public void update(SegmentationHint hint) {
            setIfChanged(label, HintWords.of(hint));
        }
    }
}
