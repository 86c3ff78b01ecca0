package org.canvasboard.viewmodel;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.canvasboard.model.BlockType;
import org.canvasboard.model.Characteristic;
import org.canvasboard.model.Dimension;
import org.canvasboard.model.MarketType;
import org.canvasboard.model.Metric;
import org.canvasboard.model.ProfileArea;
import org.canvasboard.model.PurchaseRole;
import org.canvasboard.model.RoleHolder;
import org.canvasboard.model.Segment;
import org.canvasboard.model.SegmentColor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The screen viewmodel of a segment's side panel: which card it shows and in what state, the
 * segment's present values, the lists its rows follow (personas, role holders, linked cards), and
 * the commands and rules of the panel. It follows the selection's lead card and the history, so a
 * view only binds to it; no JavaFX scene is needed to test it.
 */
public final class SegmentPanelViewModel {
    /** What the panel has to show. */
    public enum Mode {
        /** No card is selected. */
        NOTHING_SELECTED,
        /** A plain card in Customer Segments: it may be opened as a segment. */
        PLAIN_SEGMENT_CARD,
        /** A card of another block: it is linked to segments, it is not one. */
        NOT_A_SEGMENT,
        /** A segment card: the form shows. */
        SEGMENT
    }

    private final ProjectViewModel project;
    private final ReadOnlyObjectWrapper<CardViewModel> card = new ReadOnlyObjectWrapper<>(this, "card");
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.NOTHING_SELECTED);
    private final ReadOnlyObjectWrapper<Segment> segment = new ReadOnlyObjectWrapper<>(this, "segment");
    private final ObservableList<PersonaViewModel> personas = FXCollections.observableArrayList();
    private final ObservableList<PersonaViewModel> personasView = FXCollections.unmodifiableObservableList(personas);
    private final ObservableList<RoleHolder> holders = FXCollections.observableArrayList();
    private final ObservableList<RoleHolder> holdersView = FXCollections.unmodifiableObservableList(holders);
    private final ObservableList<CardViewModel> linkedCards = FXCollections.observableArrayList();
    private final ObservableList<CardViewModel> linkedCardsView = FXCollections.unmodifiableObservableList(linkedCards);
    private final ReadOnlyObjectWrapper<List<PurchaseRole>> missingRoles =
            new ReadOnlyObjectWrapper<>(this, "missingRoles", List.of());
    private final ReadOnlyIntegerWrapper refreshes = new ReadOnlyIntegerWrapper(this, "refreshes");

    public SegmentPanelViewModel(ProjectViewModel project) {
        this.project = project;
        project.selection().leadProperty().addListener((obs, old, now) -> show(now));
        project.history().revisionProperty().addListener((obs, old, now) -> refresh());
        show(project.selection().getLead());
    }

    private void show(CardViewModel lead) {
        if (lead != card.get()) {
            project.history().breakMerge();
            card.set(lead);
        }
        refresh();
    }

    /** Reads the shown card again; the lists change only where their content changed. */
    public void refresh() {
        CardViewModel shown = card.get();
        Mode now;
        if (shown == null) {
            now = Mode.NOTHING_SELECTED;
        } else if (shown.isSegment()) {
            now = Mode.SEGMENT;
        } else {
            now = canOpenAsSegment(shown) ? Mode.PLAIN_SEGMENT_CARD : Mode.NOT_A_SEGMENT;
        }
        Segment s = now == Mode.SEGMENT ? shown.getSegment() : null;
        segment.set(s);
        mode.set(now);
        setIfDifferent(personas, s == null ? List.of() : s.personaIds().stream()
                .map(project::persona).flatMap(Optional::stream).toList());
        setIfDifferent(holders, s == null ? List.of() : s.roles());
        setIfDifferent(linkedCards, s == null ? List.of() : project.getCurrentCanvas().linkedTo(shown));
        missingRoles.set(s == null ? List.of() : List.of(PurchaseRole.BUYER, PurchaseRole.PAYER, PurchaseRole.USER)
                .stream().filter(r -> !s.hasRole(r)).toList());
        refreshes.set(refreshes.get() + 1);
    }

    /**
     * Counts the refreshes: a view listens here to bring its fields and rows in line, in place
     * (a persona renamed elsewhere changes a chip without changing the segment).
     */
    public ReadOnlyIntegerProperty refreshesProperty() {
        return refreshes.getReadOnlyProperty();
    }

    private static <T> void setIfDifferent(ObservableList<T> list, List<T> now) {
        if (!list.equals(now)) {
            list.setAll(now);
        }
    }

    /** Only a plain card in Customer Segments may become a segment. */
    private boolean canOpenAsSegment(CardViewModel c) {
        return project.getCurrentCanvas().canMakeSegment(c);
    }

    // --- what the panel shows ---

    public ReadOnlyObjectProperty<CardViewModel> cardProperty() {
        return card.getReadOnlyProperty();
    }

    public CardViewModel getCard() {
        return card.get();
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public Mode getMode() {
        return mode.get();
    }

    /** The segment shown (null unless the mode is {@link Mode#SEGMENT}). */
    public ReadOnlyObjectProperty<Segment> segmentProperty() {
        return segment.getReadOnlyProperty();
    }

    public Segment getSegment() {
        return segment.get();
    }

    /** The card's name: the segment's name when it is one. */
    public String cardText() {
        return card.get() == null ? "" : card.get().getText();
    }

    /** The personas linked to the segment, in its order. */
    public ObservableList<PersonaViewModel> personas() {
        return personasView;
    }

    /** The holders of purchase roles, personas and other people. */
    public ObservableList<RoleHolder> holders() {
        return holdersView;
    }

    /** The cards of the canvas linked to this segment. */
    public ObservableList<CardViewModel> linkedCards() {
        return linkedCardsView;
    }

    /** The three roles every segment should name (buyer, payer, user) that nobody holds yet. */
    public ReadOnlyObjectProperty<List<PurchaseRole>> missingRolesProperty() {
        return missingRoles.getReadOnlyProperty();
    }

    /** The characteristics of one dimension. */
    public List<Characteristic> characteristics(Dimension dimension) {
        Segment s = segment.get();
        return s == null ? List.of() : s.characteristics().stream().filter(c -> c.dimension() == dimension).toList();
    }

    /** The personas that could still be linked. */
    public List<PersonaViewModel> linkablePersonas() {
        return project.personas().stream().filter(p -> !personas.contains(p)).toList();
    }

    /** All personas, for choosing one as a role holder. */
    public List<PersonaViewModel> allPersonas() {
        return List.copyOf(project.personas());
    }

    /** The persona a role holder stands for, if it is one (and it still exists). */
    public Optional<PersonaViewModel> personaOf(RoleHolder holder) {
        return holder.personaId() == null ? Optional.empty() : project.persona(holder.personaId());
    }

    /** Where a linked card stands (its block's title). */
    public String blockTitleOf(CardViewModel linked) {
        return project.getCurrentCanvas().blockOf(linked).map(BlockType::title).orElse("");
    }

    /** How many jobs, pains and gains the segment's customer profile holds, in that order. */
    public int[] profileCounts() {
        Segment s = segment.get();
        return s == null ? new int[3]
                : new int[] {s.profile().jobs().size(), s.profile().pains().size(), s.profile().gains().size()};
    }

    // --- commands ---

    private SegmentViewModel edits() {
        CardViewModel shown = card.get();
        if (shown == null || !shown.isSegment()) {
            throw new IllegalStateException("No segment is shown");
        }
        return new SegmentViewModel(shown);
    }

    /** True while a segment is shown, so its fields may edit it. */
    public boolean editable() {
        return mode.get() == Mode.SEGMENT;
    }

    /** Gives a plain card in Customer Segments the details of a segment; refused elsewhere. */
    public boolean openAsSegment() {
        CardViewModel shown = card.get();
        if (shown == null || !project.getCurrentCanvas().makeSegment(shown)) {
            return false;
        }
        refresh();
        return true;
    }

    /** Makes the segment a plain card again (undo restores its details). */
    public void removeDetails() {
        if (editable()) {
            project.getCurrentCanvas().removeSegmentDetails(card.get());
        }
    }

    public void rename(String name) {
        edits().rename(name);
    }

    public void changeColor(SegmentColor colour) {
        if (segment.get() != null && segment.get().color() != colour) {
            edits().changeColor(colour);
        }
    }

    public void changeMarketType(MarketType type) {
        if (segment.get() != null && !Objects.equals(segment.get().marketType(), type)) {
            edits().changeMarketType(type);
        }
    }

    public void changeExcluded(boolean excluded) {
        if (segment.get() != null && segment.get().excluded() != excluded) {
            edits().changeExcluded(excluded);
        }
    }

    public void changeDescription(String text) {
        edits().changeDescription(text);
    }

    public void changeObjectiveGroup(String text) {
        edits().changeObjectiveGroup(text);
    }

    /** Adds a characteristic; blank text adds nothing. */
    public boolean addCharacteristic(Dimension dimension, String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        edits().addCharacteristic(dimension, text.strip());
        return true;
    }

    public void removeCharacteristic(Characteristic c) {
        edits().removeCharacteristic(c);
    }

    public void addMetric() {
        edits().addMetric("", "");
    }

    /** Renames a metric, keeping its value as the segment holds it. */
    public void changeMetricName(int index, String name) {
        Metric m = metric(index);
        if (m != null) {
            edits().changeMetric(index, name, m.value());
        }
    }

    /** Changes a metric's value, keeping its name as the segment holds it. */
    public void changeMetricValue(int index, String value) {
        Metric m = metric(index);
        if (m != null) {
            edits().changeMetric(index, m.name(), value);
        }
    }

    private Metric metric(int index) {
        List<Metric> metrics = edits().get().metrics();
        return index >= 0 && index < metrics.size() ? metrics.get(index) : null;
    }

    public void removeMetric(int index) {
        edits().removeMetric(index);
    }

    public void linkPersona(PersonaViewModel persona) {
        edits().linkPersona(persona);
    }

    public void unlinkPersona(PersonaViewModel persona) {
        edits().unlinkPersona(persona);
    }

    /** Creates a persona and links it to this segment, as one undo step. */
    public PersonaViewModel newPersona() {
        CardViewModel segmentCard = card.get();
        edits();
        return project.history().compound(UndoWords.get("undo.addPersona"), () -> {
            PersonaViewModel created = project.addPersona("");
            new SegmentViewModel(segmentCard).linkPersona(created);
            return created;
        });
    }

    /** Adds a persona as a role holder (with no role yet). */
    public RoleHolder addHolder(PersonaViewModel persona) {
        return edits().assignRoles(persona, List.of());
    }

    /** Adds someone who is not a persona as a role holder, to be named. */
    public RoleHolder addStakeholder() {
        return edits().assignRoles("", List.of());
    }

    public void renameStakeholder(String holderId, String name) {
        edits().renameStakeholder(holderId, name);
    }

    public void toggleRole(String holderId, PurchaseRole role) {
        edits().toggleRole(holderId, role);
    }

    public void removeHolder(String holderId) {
        edits().removeRoleHolder(holderId);
    }

    /** Adds a pain or gain of a role holder's own; blank text adds nothing. */
    public boolean addHolderItem(String holderId, ProfileArea area, String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        edits().addHolderItem(holderId, area, text);
        return true;
    }

    public void removeHolderItem(String holderId, ProfileArea area, String itemId) {
        edits().removeHolderItem(holderId, area, itemId);
    }
}
