package org.canvasboard.viewmodel;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.canvasboard.model.BlockType;
import org.canvasboard.model.Canvas;
import org.canvasboard.model.CanvasKind;
import org.canvasboard.model.Card;
import org.canvasboard.model.CardColor;
import org.canvasboard.model.Persona;
import org.canvasboard.model.Project;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Editable mirror of a whole project: its canvases, which one is shown, the card selection and
 * the search. Owns the project's edit history.
 */
public final class ProjectViewModel {
    private final EditHistory history = new EditHistory();
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name");
    private final ObservableList<CanvasViewModel> canvases = FXCollections.observableArrayList();
    private final ObservableList<CanvasViewModel> readOnlyCanvases = FXCollections.unmodifiableObservableList(canvases);
    private final ReadOnlyObjectWrapper<CanvasViewModel> currentCanvas = new ReadOnlyObjectWrapper<>(this, "currentCanvas");
    private final CardSelection selection = new CardSelection();
    private CanvasViewModel lastChanged;
    private final StringProperty searchQuery = new SimpleStringProperty(this, "searchQuery", "");
    private final ObservableList<PersonaViewModel> personas = FXCollections.observableArrayList();
    /** The segmentation workbook (null: no assignment started). */
    private final javafx.beans.property.ReadOnlyObjectWrapper<org.canvasboard.model.Workbook> workbook =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "workbook");
    private final ObservableList<PersonaViewModel> readOnlyPersonas = FXCollections.unmodifiableObservableList(personas);

    public ProjectViewModel(Project project) {
        name.set(project.name());
        project.canvases().forEach(c -> canvases.add(newCanvasViewModel(c)));
        project.personas().forEach(p -> personas.add(new PersonaViewModel(p, history)));
        workbook.set(project.workbook());
        currentCanvas.set(canvases.isEmpty() ? null : canvases.get(0));
        currentCanvas.addListener((obs, old, now) -> {
            if (now != null && !canvases.contains(now)) {
                throw new IllegalArgumentException(now + " is not part of this project");
            }
            selection.clear();
        });
        canvases.addListener((javafx.collections.ListChangeListener<CanvasViewModel>) change -> {
            if (!canvases.contains(currentCanvas.get()) && !canvases.isEmpty()) {
                currentCanvas.set(canvases.get(0));
            }
        });
        history.revisionProperty().addListener((obs, old, now) -> pruneSelection());
    }

    private CanvasViewModel newCanvasViewModel(Canvas canvas) {
        CanvasViewModel vm = new CanvasViewModel(canvas, history);
        vm.setOnContentChange(() -> lastChanged = vm);
        vm.setPersonaIds(() -> personas.stream().map(PersonaViewModel::id)
                .collect(java.util.stream.Collectors.toSet()));
        return vm;
    }

    /**
     * Undoes the last change and shows the canvas it touched, so nothing changes out of sight.
     */
    public void undo() {
        revealing(history::undo, true);
    }

    /** Redoes the last undone change and shows the canvas it touched. */
    public void redo() {
        revealing(history::redo, false);
    }

    /**
     * Runs an undo or redo step and shows the canvas it touched; the cards it brought back onto
     * that canvas are selected (an undone deletion selects the cards again, and so reveals them).
     */
    private void revealing(java.util.function.Supplier<Edit> step, boolean undoing) {
        lastChanged = null;
        List<CanvasViewModel> before = List.copyOf(canvases);
        Edit edit = step.get();
        CanvasViewModel touched = canvases.stream().filter(c -> !before.contains(c)).findFirst().orElse(lastChanged);
        if (touched != null && touched != currentCanvas.get() && canvases.contains(touched)) {
            currentCanvas.set(touched);
        }
        java.util.Collection<CardViewModel> arrived = edit == null ? List.of() : edit.arrivals(undoing);
        CanvasViewModel shown = currentCanvas.get();
        if (!arrived.isEmpty() && shown != null) {
            // arrivals come in the order of the blocks and cards they joined; keep those of
            // the canvas shown
            List<CardViewModel> here = arrived.stream().filter(c -> shown.blockOf(c).isPresent()).toList();
            if (!here.isEmpty()) {
                selection.selectAll(here);
            }
        }
    }

    private void pruneSelection() {
        CanvasViewModel canvas = currentCanvas.get();
        selection.retainOnly(canvas == null ? List.of() : canvas.allCards().toList());
    }

    public EditHistory history() {
        return history;
    }

    public CardSelection selection() {
        return selection;
    }

    public ObservableList<CanvasViewModel> canvases() {
        return readOnlyCanvases;
    }

    public ReadOnlyObjectProperty<CanvasViewModel> currentCanvasProperty() {
        return currentCanvas.getReadOnlyProperty();
    }

    public CanvasViewModel getCurrentCanvas() {
        return currentCanvas.get();
    }

    public void showCanvas(CanvasViewModel canvas) {
        // checked here: an exception thrown by a property listener is only logged by JavaFX,
        // so the listener alone cannot stop a foreign canvas from becoming current
        if (canvas != null && !canvases.contains(canvas)) {
            throw new IllegalArgumentException(canvas + " is not part of this project");
        }
        currentCanvas.set(canvas);
    }

    /** Shows the next (+1) or previous (-1) canvas, wrapping around. */
    public void showNeighbourCanvas(int direction) {
        int i = canvases.indexOf(currentCanvas.get());
        int n = canvases.size();
        currentCanvas.set(canvases.get(((i + direction) % n + n) % n));
    }

    public CanvasViewModel addCanvas(String canvasName, CanvasKind kind) {
        CanvasViewModel created = newCanvasViewModel(Canvas.empty(canvasName, kind));
        List<CanvasViewModel> after = new ArrayList<>(canvases);
        after.add(created);
        history.execute(new ListEdit<>("Add canvas", canvases, after));
        currentCanvas.set(created);
        return created;
    }

    /** Adds a canvas made elsewhere (e.g. imported from Markdown, with fresh ids) at the end and shows it. */
    public CanvasViewModel importCanvas(Canvas canvas) {
        CanvasViewModel created = newCanvasViewModel(canvas);
        List<CanvasViewModel> after = new ArrayList<>(canvases);
        after.add(created);
        history.execute(new ListEdit<>("Import canvas \u201c" + canvas.name() + "\u201d", canvases, after));
        currentCanvas.set(created);
        return created;
    }

    /** Copies a canvas (fresh ids for it and every card) and places the copy after it. */
    public CanvasViewModel duplicateCanvas(CanvasViewModel source) {
        Canvas model = source.toModel();
        List<BlockType> order = model.kind().blocks();
        List<Card> all = order.stream().flatMap(b -> model.cards(b).stream()).toList();
        List<Card> copies = CanvasViewModel.relinked(all, java.util.Set.of());
        Map<BlockType, List<Card>> cards = new EnumMap<>(BlockType.class);
        int at = 0;
        for (BlockType block : order) {
            int n = model.cards(block).size();
            cards.put(block, copies.subList(at, at + n));
            at += n;
        }
        Canvas copy = new Canvas(org.canvasboard.model.Ids.newId("canvas"), model.name() + " (copy)", model.kind(), cards);
        CanvasViewModel created = newCanvasViewModel(copy);
        List<CanvasViewModel> after = new ArrayList<>(canvases);
        after.add(after.indexOf(source) + 1, created);
        history.execute(new ListEdit<>("Duplicate canvas", canvases, after));
        currentCanvas.set(created);
        return created;
    }

    /** Deletes a canvas; the last canvas of a project cannot be deleted (returns false). */
    public boolean deleteCanvas(CanvasViewModel canvas) {
        if (canvases.size() <= 1 || !canvases.contains(canvas)) {
            return false;
        }
        int index = canvases.indexOf(canvas);
        CanvasViewModel shown = currentCanvas.get();
        List<CanvasViewModel> after = new ArrayList<>(canvases);
        after.remove(canvas);
        history.execute(new ListEdit<>("Delete canvas \"" + canvas.getName() + "\"", canvases, after));
        // only when the shown canvas goes does another one take its place
        currentCanvas.set(shown == canvas ? after.get(Math.min(index, after.size() - 1)) : shown);
        return true;
    }

    public void renameProject(String newName) {
        String clean = newName == null ? "" : newName.strip();
        if (clean.isEmpty() || clean.equals(name.get())) {
            return;
        }
        history.execute(new PropertyEdit<>(this, "name", "Rename project", name.get(), clean, name::set, false));
    }

    // --- actions on the selected cards of the current canvas ---

    public List<CardViewModel> selectedCards() {
        return currentCanvas.get().inCanvasOrder(selection.cards());
    }

    /** Adds an empty card to a block (after the lead card if it is in that block) and selects it. */
    public CardViewModel addCard(BlockType block) {
        CanvasViewModel canvas = currentCanvas.get();
        CardViewModel lead = selection.getLead();
        int index = lead != null && canvas.blockOf(lead).orElse(null) == block
                ? canvas.indexOf(lead) + 1 : Integer.MAX_VALUE;
        CardViewModel card = canvas.addCard(block, index, "");
        selection.select(card);
        return card;
    }

    /**
     * Takes back a card just added when its first editing is cancelled while it is still empty:
     * as if it had never been added, with nothing left to undo or redo. A card that has been
     * changed since, or is not the last thing added, stays.
     */
    public void discardNewCard(CardViewModel card) {
        if (card.getText().isBlank()) {
            history.withdrawLast(edit -> {
                java.util.Collection<CardViewModel> added = edit.arrivals(false);
                return added.size() == 1 && added.contains(card);
            });
        }
    }

    public void deleteSelection() {
        currentCanvas.get().deleteCards(selectedCards());
        selection.clear();
    }

    /** Snapshots of the selected cards, for the clipboard. */
    public List<Card> copySelection() {
        return selectedCards().stream().map(CardViewModel::toModel).toList();
    }

    public List<Card> cutSelection() {
        List<Card> copied = copySelection();
        deleteSelection();
        return copied;
    }

    /**
     * Pastes cards after the lead card, or at the end of the given block when nothing is selected.
     * The pasted cards become the selection.
     */
    public List<CardViewModel> paste(List<Card> cards, BlockType fallbackBlock) {
        if (cards.isEmpty()) {
            return List.of();
        }
        CanvasViewModel canvas = currentCanvas.get();
        CardViewModel lead = selection.getLead();
        BlockType block = lead != null ? canvas.blockOf(lead).orElse(fallbackBlock) : fallbackBlock;
        int index = lead != null ? canvas.indexOf(lead) + 1 : Integer.MAX_VALUE;
        List<CardViewModel> pasted = canvas.pasteCards(block, index, cards);
        selection.selectAll(pasted);
        return pasted;
    }

    public void moveSelectionWithinBlock(int delta) {
        currentCanvas.get().reorderCards(selectedCards(), delta);
    }

    public void moveSelectionToNeighbourBlock(int direction) {
        currentCanvas.get().moveCardsToNeighbourBlock(selectedCards(), direction);
    }

    /** Links (or unlinks) every selected card to a segment, as one undo step. */
    public void linkSelection(CardViewModel segment, boolean link) {
        List<CardViewModel> cards = selectedCards().stream().filter(c -> c != segment).toList();
        if (cards.isEmpty()) {
            return;
        }
        String what = (link ? "Link " : "Unlink ") + (cards.size() == 1 ? "card" : cards.size() + " cards");
        history.compound(what, () -> cards.forEach(c -> {
            if (link) {
                c.linkSegment(segment);
            } else {
                c.unlinkSegment(segment.id());
            }
        }));
    }

    public void colorSelection(CardColor color) {
        currentCanvas.get().colorCards(selectedCards(), color);
    }

    /**
     * Selects the next card of the canvas shown that matches the search (or the previous one),
     * counting from the selected card in canvas order and going round at the end; the canvas
     * then scrolls it into view. Returns the card, or null when nothing matches.
     */
    public CardViewModel selectMatch(boolean forward) {
        String query = searchQuery.get();
        CanvasViewModel canvas = currentCanvas.get();
        if (query == null || query.isBlank() || canvas == null) {
            return null;
        }
        List<CardViewModel> all = canvas.allCards().toList();
        int from = selection.getLead() == null ? -1 : all.indexOf(selection.getLead());
        int n = all.size();
        for (int step = 1; step <= n; step++) {
            int i = forward ? Math.floorMod(from + step, n) : Math.floorMod((from < 0 ? n : from) - step, n);
            CardViewModel card = all.get(i);
            if (card.matches(query)) {
                selection.select(card);
                return card;
            }
        }
        return null;
    }

    public StringProperty searchQueryProperty() {
        return searchQuery;
    }

    // --- personas ---

    public ObservableList<PersonaViewModel> personas() {
        return readOnlyPersonas;
    }

    public java.util.Optional<PersonaViewModel> persona(String id) {
        return personas.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public PersonaViewModel addPersona(String personaName) {
        PersonaViewModel created = new PersonaViewModel(Persona.named(personaName), history);
        history.execute(new ListEdit<>("Add persona", personas, SegmentViewModel.plus(personas, created)));
        return created;
    }

    /**
     * Deletes a persona and its links, as one undo step: segments stop naming it, and a purchase
     * role it held stays with a stakeholder of the persona's name.
     */
    public void deletePersona(PersonaViewModel persona) {
        if (!personas.contains(persona)) {
            return;
        }
        String shownName = persona.get().displayName();
        history.compound("Delete persona \u201c" + shownName + "\u201d", () -> {
            for (CardViewModel segmentCard : segmentsOf(persona)) {
                new SegmentViewModel(segmentCard).unlinkPersona(persona);
            }
            for (CanvasViewModel canvas : canvases) {
                for (CardViewModel segmentCard : canvas.segments()) {
                    if (segmentCard.getSegment().roles().stream().anyMatch(h -> persona.id().equals(h.personaId()))) {
                        segmentCard.changeSegment("roles", "Keep roles of a deleted persona", s -> s.withRoles(
                                s.roles().stream().map(h -> persona.id().equals(h.personaId())
                                        ? h.asStakeholder(shownName) : h).toList()), false);
                    }
                }
            }
            List<PersonaViewModel> after = new ArrayList<>(personas);
            after.remove(persona);
            history.execute(new ListEdit<>("Delete persona", personas, after));
        });
    }

    /** The segment cards (on any canvas) that a persona is linked to. */
    public List<CardViewModel> segmentsOf(PersonaViewModel persona) {
        return canvases.stream().flatMap(c -> c.segments().stream())
                .filter(s -> s.getSegment().personaIds().contains(persona.id())).toList();
    }

    /** The canvas a card is on, if it is on one of this project's canvases. */
    public java.util.Optional<CanvasViewModel> canvasOf(CardViewModel card) {
        return canvases.stream().filter(c -> c.blockOf(card).isPresent()).findFirst();
    }

    /** Shows the canvas of a card and selects the card (used by links and checks to navigate). */
    public void reveal(CardViewModel card) {
        canvasOf(card).ifPresent(canvas -> {
            showCanvas(canvas);
            selection.select(card);
        });
    }

    // --- segmentation workbook ---

    public javafx.beans.property.ReadOnlyObjectProperty<org.canvasboard.model.Workbook> workbookProperty() {
        return workbook.getReadOnlyProperty();
    }

    public org.canvasboard.model.Workbook getWorkbook() {
        return workbook.get();
    }

    /** Starts the segmentation assignment in this project (undoable). */
    public void startWorkbook() {
        if (workbook.get() == null) {
            history.execute(new PropertyEdit<>(this, "workbook", "Start the segmentation workbook", null,
                    org.canvasboard.model.Workbook.started(), workbook::set, false));
        }
    }

    /** Changes the workbook; typing edits of the same {@code part} merge into one undo step. */
    public void changeWorkbook(String part, String description,
                               java.util.function.UnaryOperator<org.canvasboard.model.Workbook> change, boolean typing) {
        org.canvasboard.model.Workbook before = workbook.get();
        if (before == null) {
            throw new IllegalStateException("No workbook has been started");
        }
        org.canvasboard.model.Workbook after = change.apply(before);
        if (!before.equals(after)) {
            history.execute(new PropertyEdit<>(this, "workbook." + part, description, before, after, workbook::set, typing));
        }
    }

    public void changeStudent(String v) {
        changeWorkbook("student", "Edit student name", w -> new org.canvasboard.model.Workbook(v, w.course(),
                w.segmentCardId(), w.reflections()), true);
    }

    public void changeCourse(String v) {
        changeWorkbook("course", "Edit course", w -> new org.canvasboard.model.Workbook(w.student(), v,
                w.segmentCardId(), w.reflections()), true);
    }

    public void changeReflection(int index, String v) {
        changeWorkbook("reflection" + index, "Edit reflection", w -> {
            List<String> answers = new ArrayList<>(w.reflections());
            answers.set(index, v == null ? "" : v);
            return new org.canvasboard.model.Workbook(w.student(), w.course(), w.segmentCardId(), answers);
        }, true);
    }

    /** The workbook's steps as they stand now, with the completion level. */
    public List<org.canvasboard.model.WorkbookSteps.Step> workbookSteps() {
        return org.canvasboard.model.WorkbookSteps.evaluate(toModel());
    }

    /** The segmentation hints that apply to the project as it is now. */
    public List<org.canvasboard.model.SegmentationHint> checks() {
        return org.canvasboard.model.SegmentationChecks.run(toModel());
    }

    /** The card a hint is about, if it still exists. */
    public java.util.Optional<CardViewModel> cardOf(org.canvasboard.model.SegmentationHint hint) {
        return canvases.stream().filter(c -> c.id().equals(hint.canvasId())).findFirst()
                .flatMap(c -> hint.cardId() == null ? java.util.Optional.empty() : c.findCard(hint.cardId()));
    }

    public Project toModel() {
        return new Project(name.get(), canvases.stream().map(CanvasViewModel::toModel).toList(),
                personas.stream().map(PersonaViewModel::get).toList(), workbook.get());
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public String getName() {
        return name.get();
    }
}
