package org.canvasboard.viewmodel;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.canvasboard.model.Card;
import org.canvasboard.model.ProfileArea;
import org.canvasboard.model.Project;
import org.canvasboard.model.SegmentationChecks;
import org.canvasboard.model.SegmentationHint;
import org.canvasboard.model.Workbook;
import org.canvasboard.model.WorkbookSteps;
import org.canvasboard.model.WorkbookSteps.Place;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The screen viewmodel of the segmentation workbook: whether it is started, the student's own
 * answers, the segment of the assignment, the eight steps as rows (one per step, kept for the
 * life of the panel), the completion level, and where each step's "Go there" leads. The
 * answers follow the project at once; the steps re-check the whole project, so they wait for
 * {@link #refresh()}, which the view asks for a moment after typing stops ({@link #staleProperty()}).
 */
public final class WorkbookViewModel {
    private final ProjectViewModel project;
    private final ReadOnlyBooleanWrapper started = new ReadOnlyBooleanWrapper(this, "started");
    private final ReadOnlyStringWrapper student = new ReadOnlyStringWrapper(this, "student", "");
    private final ReadOnlyStringWrapper course = new ReadOnlyStringWrapper(this, "course", "");
    private final List<ReadOnlyStringWrapper> reflections = new ArrayList<>();
    private final ObservableList<CardViewModel> segments = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CardViewModel> segment = new ReadOnlyObjectWrapper<>(this, "segment");
    private final ReadOnlyIntegerWrapper level = new ReadOnlyIntegerWrapper(this, "level", -1);
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final ObservableList<WorkbookStepRow> steps = FXCollections.observableArrayList();

    public WorkbookViewModel(ProjectViewModel project) {
        this.project = project;
        for (int i = 0; i < WorkbookSteps.REFLECTION_QUESTIONS.size(); i++) {
            reflections.add(new ReadOnlyStringWrapper(this, "reflection" + i, ""));
        }
        for (Place place : Place.values()) {
            steps.add(new WorkbookStepRow(place));
        }
        project.workbookProperty().addListener((obs, old, now) -> showAnswers(now));
        project.history().revisionProperty().addListener((obs, old, now) -> stale.set(true));
        showAnswers(project.getWorkbook());
        refresh();
    }

    private void showAnswers(Workbook w) {
        started.set(w != null);
        student.set(w == null ? "" : w.student());
        course.set(w == null ? "" : w.course());
        for (int i = 0; i < reflections.size(); i++) {
            reflections.get(i).set(w == null ? "" : w.reflections().get(i));
        }
        if (w == null) {
            level.set(-1);
        }
    }

    /** Re-checks the steps over the project as it is now; rows change only where they differ. */
    public void refresh() {
        stale.set(false);
        showAnswers(project.getWorkbook());
        List<CardViewModel> all = project.canvases().stream().flatMap(c -> c.segments().stream()).toList();
        if (!segments.equals(all)) {
            segments.setAll(all);
        }
        if (!started.get()) {
            segment.set(null);
            return;
        }
        // one snapshot of the project for the chosen segment, the steps and the hints
        Project model = project.toModel();
        String chosenId = WorkbookSteps.segment(model).map(Card::id).orElse(null);
        segment.set(all.stream().filter(c -> c.id().equals(chosenId)).findFirst().orElse(null));
        List<WorkbookSteps.Step> evaluated = WorkbookSteps.evaluate(model);
        List<SegmentationHint> hints = SegmentationChecks.run(model).stream()
                .filter(h -> h.cardId() == null || h.cardId().equals(chosenId)).toList();
        for (int i = 0; i < steps.size(); i++) {
            WorkbookStepRow row = steps.get(i);
            row.show(evaluated.get(i), hints.stream().filter(h -> stepOf(h.kind()) == row.place()).toList());
        }
        level.set(WorkbookSteps.completion(evaluated));
    }

    /**
     * The step a segmentation hint bears on: how a segment is told apart belongs to defining it,
     * being served to the gains, a persona to the persona, the purchase roles to the
     * conversations, naming who is not our customer to the reflection.
     */
    static Place stepOf(SegmentationHint.Kind kind) {
        return switch (kind) {
            case DEMOGRAPHICS_ONLY, NO_NEEDS, SAME_AS_ANOTHER, MULTI_SIDED_ALONE -> Place.SEGMENT;
            case NOT_SERVED -> Place.PROFILE_GAINS;
            case NO_PERSONA -> Place.PERSONA;
            case MISSING_ROLES -> Place.CONVERSATIONS;
            case NO_EXCLUDED_GROUP -> Place.REFLECTION;
        };
    }

    // --- what the panel shows ---

    /** True once the assignment is started in this project. */
    public ReadOnlyBooleanProperty startedProperty() {
        return started.getReadOnlyProperty();
    }

    public boolean isStarted() {
        return started.get();
    }

    public ReadOnlyStringProperty studentProperty() {
        return student.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty courseProperty() {
        return course.getReadOnlyProperty();
    }

    /** The answer to one reflection question, in the order of {@link WorkbookSteps#REFLECTION_QUESTIONS}. */
    public ReadOnlyStringProperty reflectionProperty(int index) {
        return reflections.get(index).getReadOnlyProperty();
    }

    /** How many reflection questions there are. */
    public int reflectionCount() {
        return reflections.size();
    }

    /** Every segment of the project, for choosing the assignment's. */
    public ObservableList<CardViewModel> segments() {
        return FXCollections.unmodifiableObservableList(segments);
    }

    /** The segment the assignment is about: the chosen one, else the first not excluded (or null). */
    public ReadOnlyObjectProperty<CardViewModel> segmentProperty() {
        return segment.getReadOnlyProperty();
    }

    public CardViewModel getSegment() {
        return segment.get();
    }

    /** The completion level in percent, or -1 while no workbook is started (for the status bar). */
    public ReadOnlyIntegerProperty levelProperty() {
        return level.getReadOnlyProperty();
    }

    public int getLevel() {
        return level.get();
    }

    /** True after an edit until the next {@link #refresh()}: the steps may be out of date. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public boolean isStale() {
        return stale.get();
    }

    /** The eight steps, in order; the same row objects for the life of the panel. */
    public ObservableList<WorkbookStepRow> steps() {
        return FXCollections.unmodifiableObservableList(steps);
    }

    public WorkbookStepRow step(Place place) {
        return steps.get(place.ordinal());
    }

    // --- commands ---

    /** Starts the assignment (undoable); does nothing once started. */
    public void start() {
        project.startWorkbook();
    }

    public void changeStudent(String name) {
        if (started.get()) {
            project.changeStudent(name);
        }
    }

    public void changeCourse(String name) {
        if (started.get()) {
            project.changeCourse(name);
        }
    }

    public void changeReflection(int index, String answer) {
        if (started.get()) {
            project.changeReflection(index, answer);
        }
    }

    /**
     * Makes a segment the assignment's. Choosing the one it is about already (or none) changes
     * nothing, so showing the present choice in a drop-down is never an edit.
     */
    public void chooseSegment(CardViewModel chosen) {
        if (!started.get() || chosen == null || chosen == segment.get()) {
            return;
        }
        project.changeWorkbook("segment", UndoWords.get("undo.chooseWorkbookSegment"),
                w -> new Workbook(w.student(), w.course(), chosen.id(), w.reflections()), false);
        refresh();
    }

    /**
     * Where a step's "Go there" leads: the segment's characteristics, its profile's gains or pains,
     * the persona; a step whose subject does not exist yet leads to what comes first (the
     * persona section of the segment, or the Customer Segments block). The reflection leads nowhere.
     */
    public Optional<Destination> destinationOf(Place place) {
        Project model = project.toModel();
        Optional<CardViewModel> seg = WorkbookSteps.segment(model)
                .flatMap(c -> project.canvases().stream().flatMap(cv -> cv.findCard(c.id()).stream()).findFirst());
        Destination none = new Destination.SegmentsBlock();
        return Optional.ofNullable(switch (place) {
            case SEGMENT -> seg.<Destination>map(s -> new Destination.SegmentPart(s, SegmentSection.CHARACTERISTICS))
                    .orElse(none);
            case PROFILE_GAINS -> seg.<Destination>map(s -> new Destination.Profile(s, ProfileArea.GAINS)).orElse(none);
            case PROFILE_PAINS -> seg.<Destination>map(s -> new Destination.Profile(s, ProfileArea.PAINS)).orElse(none);
            case PERSONA, PEOPLE, QUESTIONS, CONVERSATIONS -> WorkbookSteps.persona(model)
                    .flatMap(p -> project.persona(p.id()))
                    .<Destination>map(p -> new Destination.PersonaPage(p, personaSection(place)))
                    .or(() -> seg.map(s -> new Destination.SegmentPart(s, SegmentSection.PERSONAS)))
                    .orElse(none);
            case REFLECTION -> null;
        });
    }

    private static PersonaSection personaSection(Place place) {
        return switch (place) {
            case PEOPLE -> PersonaSection.PEOPLE;
            case QUESTIONS -> PersonaSection.QUESTIONS;
            case CONVERSATIONS -> PersonaSection.CONVERSATIONS;
            default -> PersonaSection.PERSONA;
        };
    }
}
