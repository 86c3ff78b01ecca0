package org.canvasboard.viewmodel;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.canvasboard.model.Persona;
import org.canvasboard.model.PersonaIcons;

import java.util.List;

/**
 * The screen viewmodel of the persona editor: which persona it shows, that persona's present
 * fields (name, headline, story, characteristics, quote, avatar), the segments it tells, the
 * segments it could still be linked to, and the commands of the form. Its interview work is the
 * {@link #interviews()} screen viewmodel. It follows the history, so a view only binds to it.
 */
public final class PersonaEditorViewModel {
    /** The segments of one canvas that a persona could be linked to. */
    public record SegmentChoices(String canvasName, List<LinkedSegment> segments) {
    }

    private final ProjectViewModel project;
    private final InterviewsViewModel interviews;
    private final ReadOnlyObjectWrapper<PersonaViewModel> persona = new ReadOnlyObjectWrapper<>(this, "persona");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyStringWrapper story = new ReadOnlyStringWrapper(this, "story", "");
    private final ReadOnlyStringWrapper characteristics = new ReadOnlyStringWrapper(this, "characteristics", "");
    private final ReadOnlyStringWrapper quote = new ReadOnlyStringWrapper(this, "quote", "");
    private final ReadOnlyObjectWrapper<Persona> avatar = new ReadOnlyObjectWrapper<>(this, "avatar");
    private final ObservableList<LinkedSegment> segments = FXCollections.observableArrayList();
    // one read-only view, held here: it listens to the list weakly, so a view made per call could be collected
    private final ObservableList<LinkedSegment> readOnlySegments = FXCollections.unmodifiableObservableList(segments);

    public PersonaEditorViewModel(ProjectViewModel project) {
        this.project = project;
        this.interviews = new InterviewsViewModel(project);
        project.history().revisionProperty().addListener((obs, old, now) -> refresh());
    }

    /** Shows a persona (null: none). Typing in the one shown before stops merging. */
    public void show(PersonaViewModel shown) {
        if (shown != persona.get()) {
            project.history().breakMerge();
            persona.set(shown);
        }
        interviews.show(shown);
        refresh();
    }

    /** Reads the persona again; properties and lists change only where the persona changed. */
    public void refresh() {
        PersonaViewModel p = persona.get();
        if (p != null && !project.personas().contains(p)) {
            show(null);
            return;
        }
        Persona model = p == null ? null : p.get();
        name.set(model == null ? "" : model.name());
        headline.set(model == null ? "" : model.headline());
        story.set(model == null ? "" : model.story());
        characteristics.set(model == null ? "" : String.join("\n", model.characteristics()));
        quote.set(model == null ? "" : model.quote());
        if (model == null || avatar.get() == null || !model.id().equals(avatar.get().id())
                || !model.icon().equals(avatar.get().icon())
                || !model.imagePng().equals(avatar.get().imagePng())) {
            avatar.set(model);
        }
        List<LinkedSegment> now = p == null ? List.of() : project.segmentsOf(p).stream().map(LinkedSegment::of).toList();
        if (!segments.equals(now)) {
            segments.setAll(now);
        }
    }

    // --- what the editor shows ---

    public ReadOnlyObjectProperty<PersonaViewModel> personaProperty() {
        return persona.getReadOnlyProperty();
    }

    public PersonaViewModel getPersona() {
        return persona.get();
    }

    /** True while a persona is shown, so the form's fields may edit it. */
    public boolean editable() {
        return persona.get() != null;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty storyProperty() {
        return story.getReadOnlyProperty();
    }

    /** The characteristics, one per line. */
    public ReadOnlyStringProperty characteristicsProperty() {
        return characteristics.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty quoteProperty() {
        return quote.getReadOnlyProperty();
    }

    /** The persona as its avatar shows it: changes only when the icon or the picture changed. */
    public ReadOnlyObjectProperty<Persona> avatarProperty() {
        return avatar.getReadOnlyProperty();
    }

    public boolean hasPicture() {
        return avatar.get() != null && !avatar.get().imagePng().isEmpty();
    }

    /** The segments the persona tells, on every canvas. */
    public ObservableList<LinkedSegment> segments() {
        return readOnlySegments;
    }

    /** The segments it could still be linked to, per canvas (canvases with none left out). */
    public List<SegmentChoices> linkableSegments() {
        PersonaViewModel p = persona.get();
        if (p == null) {
            return List.of();
        }
        return project.canvases().stream().map(canvas -> new SegmentChoices(canvas.getName(), canvas.segments().stream()
                        .filter(s -> !s.getSegment().personaIds().contains(p.id())).map(LinkedSegment::of).toList()))
                .filter(c -> !c.segments().isEmpty()).toList();
    }

    /** True when the project has several canvases, so segments are told apart by their canvas. */
    public boolean severalCanvases() {
        return project.canvases().size() > 1;
    }

    public InterviewsViewModel interviews() {
        return interviews;
    }

    // --- commands (each does nothing while no persona is shown) ---

    public void changeName(String v) {
        if (editable()) {
            persona.get().changeName(v);
        }
    }

    public void changeHeadline(String v) {
        if (editable()) {
            persona.get().changeHeadline(v);
        }
    }

    public void changeStory(String v) {
        if (editable()) {
            persona.get().changeStory(v);
        }
    }

    /** Edits the characteristics from their text, one per line (blank lines dropped). */
    public void changeCharacteristics(String text) {
        if (editable()) {
            persona.get().changeCharacteristics(InterviewsViewModel.lines(text));
        }
    }

    public void changeQuote(String v) {
        if (editable()) {
            persona.get().changeQuote(v);
        }
    }

    /** Picks an avatar icon; a picture, if there was one, goes in the same step. */
    public void chooseIcon(String icon) {
        if (editable() && PersonaIcons.ALL.contains(icon)) {
            persona.get().changeIcon(icon);
        }
    }

    /** Sets a picture (base64 PNG, already made small). */
    public void choosePicture(String base64Png) {
        if (editable() && base64Png != null && !base64Png.isEmpty()) {
            persona.get().changeImage(base64Png);
        }
    }

    public void removePicture() {
        if (editable()) {
            persona.get().changeImage("");
        }
    }

    public void linkSegment(CardViewModel segment) {
        if (editable() && segment.isSegment()) {
            new SegmentViewModel(segment).linkPersona(persona.get());
        }
    }

    public void unlinkSegment(CardViewModel segment) {
        if (editable() && segment.isSegment()) {
            new SegmentViewModel(segment).unlinkPersona(persona.get());
        }
    }
}
