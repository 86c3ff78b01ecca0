package org.canvasboard.viewmodel;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.canvasboard.model.BlockType;
import org.canvasboard.model.Canvas;
import org.canvasboard.model.CanvasKind;
import org.canvasboard.model.Card;
import org.canvasboard.model.CardColor;
import org.canvasboard.model.Project;
import org.canvasboard.model.SegmentationChecks;
import org.canvasboard.model.SegmentationHint;
import org.canvasboard.model.Workbook;
import org.canvasboard.model.WorkbookSteps;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Editable mirror of a whole project: its canvases, which one is shown, the card selection and
 * the search. Owns the project's edit history.
 */
public final class ProjectViewModel {
    private final EditHistory history = new EditHistory();
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name");
    private final ProjectCanvases canvasList;
    private final ObservableList<CanvasViewModel> canvases;
    private final ReadOnlyObjectWrapper<CanvasViewModel> currentCanvas = new ReadOnlyObjectWrapper<>(this, "currentCanvas");
    private final CardSelection selection = new CardSelection();
    private final RevealingUndo undoing;
    private final StringProperty searchQuery = new SimpleStringProperty(this, "searchQuery", "");
    private final ProjectPersonas personas;
    private final ProjectWorkbook workbook;

    public ProjectViewModel(Project project) {
        name.set(project.name());
        canvasList = new ProjectCanvases(project.canvases(), history, this::newCanvasViewModel);
        canvases = canvasList.list();
        personas = new ProjectPersonas(project.personas(), history, canvases);
        workbook = new ProjectWorkbook(this, history, project.workbook());
        undoing = new RevealingUndo(history, canvases, currentCanvas, selection);
        currentCanvas.set(canvases.isEmpty() ? null : canvases.get(0));
        currentCanvas.addListener((obs, old, now) -> {
            if (now != null && !canvases.contains(now)) {
                throw new IllegalArgumentException(now + " is not part of this project");
            }
            selection.clear();
        });
        canvases.addListener((ListChangeListener<CanvasViewModel>) change -> {
            if (!canvases.contains(currentCanvas.get()) && !canvases.isEmpty()) {
                currentCanvas.set(canvases.get(0));
            }
        });
        history.revisionProperty().addListener((obs, old, now) -> pruneSelection());
    }

    private CanvasViewModel newCanvasViewModel(Canvas canvas) {
        CanvasViewModel vm = new CanvasViewModel(canvas, history);
        vm.setOnContentChange(() -> undoing.changed(vm));
        vm.setPersonaIds(() -> personas.ids());
        return vm;
    }

    /**
     * Undoes the last change and shows the canvas it touched, so nothing changes out of sight.
     */
    public void undo() {
        undoing.undo();
    }

    /** Redoes the last undone change and shows the canvas it touched. */
    public void redo() {
        undoing.redo();
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
        return canvases;
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
        return showNew(canvasList.insert(Canvas.empty(canvasName, kind), canvases.size(), UndoWords.get("undo.addCanvas")));
    }

    /** Adds a canvas made elsewhere (e.g. imported from Markdown, with fresh ids) at the end and shows it. */
    public CanvasViewModel importCanvas(Canvas canvas) {
        return showNew(canvasList.insert(canvas, canvases.size(), UndoWords.get("undo.importCanvas", canvas.name())));
    }

    /** Copies a canvas (fresh ids for it and every card) and places the copy after it. */
    public CanvasViewModel duplicateCanvas(CanvasViewModel source) {
        return showNew(canvasList.insert(ProjectCanvases.copyOf(source.toModel()), canvases.indexOf(source) + 1,
                UndoWords.get("undo.duplicateCanvas")));
    }

    private CanvasViewModel showNew(CanvasViewModel created) {
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
        List<CanvasViewModel> after = canvasList.delete(canvas);
        // only when the shown canvas goes does another one take its place
        currentCanvas.set(shown == canvas ? after.get(Math.min(index, after.size() - 1)) : shown);
        return true;
    }

    public void renameProject(String newName) {
        String clean = newName == null ? "" : newName.strip();
        if (clean.isEmpty() || clean.equals(name.get())) {
            return;
        }
        history.execute(new PropertyEdit<>(this, "name", UndoWords.get("undo.renameProject"), name.get(), clean, name::set, false));
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
                Collection<CardViewModel> added = edit.arrivals(false);
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
        String what = UndoWords.cards(link ? "undo.linkCards" : "undo.unlinkCards", cards.size());
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
        CardViewModel card = CardSearch.step(canvas.allCards().toList(), selection.getLead(), query, forward);
        if (card != null) {
            selection.select(card);
        }
        return card;
    }

    public StringProperty searchQueryProperty() {
        return searchQuery;
    }

    // --- personas ---

    public ObservableList<PersonaViewModel> personas() {
        return personas.list();
    }

    public Optional<PersonaViewModel> persona(String id) {
        return personas.find(id);
    }

    public PersonaViewModel addPersona(String personaName) {
        return personas.add(personaName);
    }

    /**
     * Deletes a persona and its links, as one undo step: segments stop naming it, and a purchase
     * role it held stays with a stakeholder of the persona's name.
     */
    public void deletePersona(PersonaViewModel persona) {
        personas.delete(persona);
    }

    /** The segment cards (on any canvas) that a persona is linked to. */
    public List<CardViewModel> segmentsOf(PersonaViewModel persona) {
        return personas.segmentsOf(persona);
    }

    /** The canvas a card is on, if it is on one of this project's canvases. */
    public Optional<CanvasViewModel> canvasOf(CardViewModel card) {
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

    public ReadOnlyObjectProperty<Workbook> workbookProperty() {
        return workbook.property();
    }

    public Workbook getWorkbook() {
        return workbook.get();
    }

    /** Starts the segmentation assignment in this project (undoable). */
    public void startWorkbook() {
        workbook.start();
    }

    /** Changes the workbook; typing edits of the same {@code part} merge into one undo step. */
    public void changeWorkbook(String part, String description, UnaryOperator<Workbook> change, boolean typing) {
        workbook.change(part, description, change, typing);
    }

    public void changeStudent(String v) {
        workbook.changeStudent(v);
    }

    public void changeCourse(String v) {
        workbook.changeCourse(v);
    }

    public void changeReflection(int index, String v) {
        workbook.changeReflection(index, v);
    }

    /** The workbook's steps as they stand now, with the completion level. */
    public List<WorkbookSteps.Step> workbookSteps() {
        return WorkbookSteps.evaluate(toModel());
    }

    /** The segmentation hints that apply to the project as it is now. */
    public List<SegmentationHint> checks() {
        return SegmentationChecks.run(toModel());
    }

    /** The card a hint is about, if it still exists. */
    public Optional<CardViewModel> cardOf(SegmentationHint hint) {
        return canvases.stream().filter(c -> c.id().equals(hint.canvasId())).findFirst()
                .flatMap(c -> hint.cardId() == null ? Optional.empty() : c.findCard(hint.cardId()));
    }

    public Project toModel() {
        return new Project(name.get(), canvases.stream().map(CanvasViewModel::toModel).toList(),
                personas.list().stream().map(PersonaViewModel::get).toList(), workbook.get());
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public String getName() {
        return name.get();
    }
}
