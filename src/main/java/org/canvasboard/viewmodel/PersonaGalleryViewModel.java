package org.canvasboard.viewmodel;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The screen viewmodel of the persona gallery: a tile per persona (the same object for the same
 * persona), which one is selected, and the commands of the screen (a new persona, deleting the
 * selected one). The selected persona is shown by {@link #editor()}.
 */
public final class PersonaGalleryViewModel {
    private final ProjectViewModel project;
    private final PersonaEditorViewModel editor;
    private final ReadOnlyObjectWrapper<PersonaViewModel> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final KeyedRowModels<PersonaViewModel, PersonaTileViewModel> tiles =
            new KeyedRowModels<>(PersonaViewModel::id, PersonaTileViewModel::new, this::updateTile);

    public PersonaGalleryViewModel(ProjectViewModel project) {
        this.project = project;
        this.editor = new PersonaEditorViewModel(project);
        project.personas().addListener((ListChangeListener<PersonaViewModel>) c -> refresh());
        project.history().revisionProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void updateTile(PersonaTileViewModel tile, PersonaViewModel persona) {
        tile.update(project.segmentsOf(persona).stream().map(LinkedSegment::of).toList(), persona == selected.get());
    }

    /** Reads the personas again; tiles change only where their persona changed. */
    public void refresh() {
        if (selected.get() != null && !project.personas().contains(selected.get())) {
            selected.set(null);
        }
        tiles.sync(List.copyOf(project.personas()));
        if (editor.getPersona() != selected.get()) {
            editor.show(selected.get());
        }
    }

    public ObservableList<PersonaTileViewModel> tiles() {
        return tiles.list();
    }

    public PersonaTileViewModel tile(String personaId) {
        return tiles.get(personaId);
    }

    public ReadOnlyObjectProperty<PersonaViewModel> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public PersonaViewModel getSelected() {
        return selected.get();
    }

    public PersonaEditorViewModel editor() {
        return editor;
    }

    // --- commands ---

    /** Selects a persona (null, or one no longer in the project: none) and shows it in the editor. */
    public void select(PersonaViewModel persona) {
        PersonaViewModel shown = persona != null && project.personas().contains(persona) ? persona : null;
        selected.set(shown);
        editor.show(shown);
        refresh();
    }

    /** Adds an empty persona and selects it, to be named. */
    public PersonaViewModel newPersona() {
        PersonaViewModel created = project.addPersona("");
        select(created);
        return created;
    }

    /**
     * Deletes the selected persona with its links (one undo step) and selects its neighbour, the
     * next one or else the one before.
     */
    public void deleteSelected() {
        PersonaViewModel gone = selected.get();
        if (gone == null) {
            return;
        }
        int index = project.personas().indexOf(gone);
        project.deletePersona(gone);
        List<PersonaViewModel> left = project.personas();
        select(left.isEmpty() ? null : left.get(Math.min(index, left.size() - 1)));
    }
}
