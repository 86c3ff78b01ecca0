package org.canvasboard.viewmodel;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.canvasboard.model.Persona;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A project's personas and the edits that keep segments right when one goes.
 * {@link ProjectViewModel} hands its persona commands to this part.
 */
final class ProjectPersonas {
    private final EditHistory history;
    private final List<CanvasViewModel> canvases;
    private final ObservableList<PersonaViewModel> personas = FXCollections.observableArrayList();
    private final ObservableList<PersonaViewModel> readOnly = FXCollections.unmodifiableObservableList(personas);

    /** {@code canvases} is the project's live list of canvases (read, never changed here). */
    ProjectPersonas(List<Persona> initial, EditHistory history, List<CanvasViewModel> canvases) {
        this.history = history;
        this.canvases = canvases;
        initial.forEach(p -> personas.add(new PersonaViewModel(p, history)));
    }

    ObservableList<PersonaViewModel> list() {
        return readOnly;
    }

    Set<String> ids() {
        return personas.stream().map(PersonaViewModel::id).collect(Collectors.toSet());
    }

    Optional<PersonaViewModel> find(String id) {
        return personas.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    PersonaViewModel add(String personaName) {
        PersonaViewModel created = new PersonaViewModel(Persona.named(personaName), history);
        history.execute(new ListEdit<>(UndoWords.get("undo.addPersona"), personas, SegmentViewModel.plus(personas, created)));
        return created;
    }

    void delete(PersonaViewModel persona) {
        if (!personas.contains(persona)) {
            return;
        }
        String shownName = persona.get().displayName();
        history.compound(UndoWords.get("undo.deletePersonaNamed", shownName), () -> {
            for (CardViewModel segmentCard : segmentsOf(persona)) {
                new SegmentViewModel(segmentCard).unlinkPersona(persona);
            }
            for (CanvasViewModel canvas : canvases) {
                for (CardViewModel segmentCard : canvas.segments()) {
                    if (segmentCard.getSegment().roles().stream().anyMatch(h -> persona.id().equals(h.personaId()))) {
                        segmentCard.changeSegment("roles", UndoWords.get("undo.keepRolesOfDeletedPersona"), s -> s.withRoles(
                                s.roles().stream().map(h -> persona.id().equals(h.personaId())
                                        ? h.asStakeholder(shownName) : h).toList()), false);
                    }
                }
            }
            List<PersonaViewModel> after = new ArrayList<>(personas);
            after.remove(persona);
            history.execute(new ListEdit<>(UndoWords.get("undo.deletePersona"), personas, after));
        });
    }

    List<CardViewModel> segmentsOf(PersonaViewModel persona) {
        return canvases.stream().flatMap(c -> c.segments().stream())
                .filter(s -> s.getSegment().personaIds().contains(persona.id())).toList();
    }
}
