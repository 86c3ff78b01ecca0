package org.canvasboard.viewmodel;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.canvasboard.model.Persona;

import java.util.List;

/**
 * One persona as a tile of the gallery, the same object for the same persona across edits: the
 * persona as it stands, the segments it tells, and whether it is the one being edited.
 */
public final class PersonaTileViewModel {
    private final PersonaViewModel persona;
    private final ObservableList<LinkedSegment> segments = FXCollections.observableArrayList();
    // one read-only view, held here: it listens to the list weakly, so a view made per call could be collected
    private final ObservableList<LinkedSegment> readOnlySegments = FXCollections.unmodifiableObservableList(segments);
    private final ReadOnlyBooleanWrapper selected = new ReadOnlyBooleanWrapper(this, "selected");

    PersonaTileViewModel(PersonaViewModel persona) {
        this.persona = persona;
    }

    void update(List<LinkedSegment> now, boolean isSelected) {
        if (!segments.equals(now)) {
            segments.setAll(now);
        }
        selected.set(isSelected);
    }

    public String id() {
        return persona.id();
    }

    public PersonaViewModel persona() {
        return persona;
    }

    /** The persona record as it stands (its name, headline, quote, avatar). */
    public ReadOnlyObjectProperty<Persona> personaProperty() {
        return persona.personaProperty();
    }

    public ObservableList<LinkedSegment> segments() {
        return readOnlySegments;
    }

    public ReadOnlyBooleanProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public boolean isSelected() {
        return selected.get();
    }
}
