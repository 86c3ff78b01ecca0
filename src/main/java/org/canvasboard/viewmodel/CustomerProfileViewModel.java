package org.canvasboard.viewmodel;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.canvasboard.model.Conversation;
import org.canvasboard.model.Evidence;
import org.canvasboard.model.ProfileArea;
import org.canvasboard.model.ProfileItem;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The screen viewmodel of a segment's customer profile: which segment of the current canvas it
 * shows (and which it could show), a list of rows per area (jobs, pains, gains) keyed by item id,
 * and the commands that add, rank and remove items. It follows the history, so an undo anywhere
 * shows at once; a row stays the same object while its item exists.
 */
public final class CustomerProfileViewModel {
    private final ProjectViewModel project;
    private final ObservableList<CardViewModel> segments = FXCollections.observableArrayList();
    // read-only views, kept: a listener added to a throwaway view would go with it
    private final ObservableList<CardViewModel> readOnlySegments = FXCollections.unmodifiableObservableList(segments);
    private final Map<ProfileArea, ObservableList<ProfileItemViewModel>> readOnlyItems = new EnumMap<>(ProfileArea.class);
    private final ReadOnlyObjectWrapper<CardViewModel> segment = new ReadOnlyObjectWrapper<>(this, "segment");
    private final Map<ProfileArea, ObservableList<ProfileItemViewModel>> items = new EnumMap<>(ProfileArea.class);
    private final Map<String, ProfileItemViewModel> rows = new HashMap<>();
    /** The segment the rows belong to (it can differ from {@link #segment} only inside a refresh). */
    private CardViewModel rowsOf;

    public CustomerProfileViewModel(ProjectViewModel project) {
        this.project = project;
        for (ProfileArea area : ProfileArea.values()) {
            ObservableList<ProfileItemViewModel> list = FXCollections.observableArrayList();
            items.put(area, list);
            readOnlyItems.put(area, FXCollections.unmodifiableObservableList(list));
        }
        project.history().revisionProperty().addListener((obs, old, now) -> refresh());
        project.currentCanvasProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** Shows the profile of a segment card of the current canvas (others are ignored). */
    public void showSegment(CardViewModel card) {
        if (card != null && card != segment.get() && card.isSegment()
                && project.getCurrentCanvas().segments().contains(card)) {
            project.history().breakMerge();
            show(card);
        } else {
            refresh();
        }
    }

    /**
     * Reads the project again. A segment that is gone (deleted, undone, another canvas shown) gives
     * way to the selected segment, or else the first one; lists change only where content changed.
     */
    public void refresh() {
        show(segment.get());
    }

    private void show(CardViewModel wanted) {
        List<CardViewModel> now = project.getCurrentCanvas().segments();
        if (!segments.equals(now)) {
            segments.setAll(now);
        }
        CardViewModel shown = wanted;
        if (shown != null && !now.contains(shown)) {
            shown = null;
        }
        if (shown == null && !now.isEmpty()) {
            CardViewModel lead = project.selection().getLead();
            shown = lead != null && now.contains(lead) ? lead : now.get(0);
        }
        if (shown != rowsOf) {
            // another subject: its rows are new, the old ones go first
            items.values().forEach(List::clear);
            rows.clear();
            rowsOf = shown;
        }
        segment.set(shown);
        if (shown != null) {
            Map<String, int[]> evidence = evidence();
            for (ProfileArea area : ProfileArea.values()) {
                fill(area, shown, shown.getSegment().profile().items(area), evidence);
            }
        }
    }

    private void fill(ProfileArea area, CardViewModel shown, List<ProfileItem> now, Map<String, int[]> evidence) {
        List<ProfileItemViewModel> wanted = new ArrayList<>(now.size());
        for (int i = 0; i < now.size(); i++) {
            ProfileItem item = now.get(i);
            ProfileItemViewModel row = rows.computeIfAbsent(item.id(), id -> new ProfileItemViewModel(shown, area, id));
            int[] counts = evidence.getOrDefault(item.id(), new int[2]);
            row.update(item, i, counts[0], counts[1]);
            wanted.add(row);
        }
        ObservableList<ProfileItemViewModel> list = items.get(area);
        if (!list.equals(wanted)) {
            list.setAll(wanted);
            rows.values().removeIf(r -> r.area() == area && !wanted.contains(r));
        }
    }

    /** Per item id, how many conversations (of any persona) confirmed [0] and refuted [1] it. */
    private Map<String, int[]> evidence() {
        Map<String, int[]> counts = new HashMap<>();
        for (PersonaViewModel persona : project.personas()) {
            for (Conversation talk : persona.get().conversations()) {
                for (Evidence e : talk.evidence()) {
                    counts.computeIfAbsent(e.itemId(), id -> new int[2])[e.confirmed() ? 0 : 1]++;
                }
            }
        }
        return counts;
    }

    // --- what the view shows ---

    /** The segments of the current canvas, in canvas order (the ones the profile can show). */
    public ObservableList<CardViewModel> segments() {
        return readOnlySegments;
    }

    /** The segment shown; null when the canvas has none. */
    public ReadOnlyObjectProperty<CardViewModel> segmentProperty() {
        return segment.getReadOnlyProperty();
    }

    public CardViewModel getSegment() {
        return segment.get();
    }

    /** The rows of an area, in rank order. */
    public ObservableList<ProfileItemViewModel> items(ProfileArea area) {
        return readOnlyItems.get(area);
    }

    /** The row of an item shown, or null. */
    public ProfileItemViewModel row(String itemId) {
        return rows.get(itemId);
    }

    // --- commands ---

    /** Adds an item at the end of its area and returns its row; blank text adds nothing (null). */
    public ProfileItemViewModel add(ProfileArea area, String text) {
        CardViewModel shown = segment.get();
        if (shown == null || text == null || text.isBlank()) {
            return null;
        }
        ProfileItem item = new SegmentViewModel(shown).addProfileItem(area, text);
        return rows.get(item.id());
    }

    /** Moves an item to a rank (an index in its area, clamped), one undo step. */
    public void move(ProfileArea area, String itemId, int rank) {
        CardViewModel shown = segment.get();
        if (shown != null) {
            new SegmentViewModel(shown).moveProfileItem(area, itemId, rank);
        }
    }

    /**
     * Ends a drag: the item goes into the gap before the row at {@code slot} (0 to the number of
     * rows, the last meaning the end). Dropped into the gap it came from, nothing changes.
     */
    public void dropAt(ProfileArea area, String itemId, int slot) {
        ProfileItemViewModel row = rows.get(itemId);
        if (row == null || row.area() != area) {
            return;
        }
        int from = row.getRank();
        if (slot != from && slot != from + 1) {
            move(area, itemId, slot > from ? slot - 1 : slot);
        }
    }
}
