package org.canvasboard.viewmodel;

import org.canvasboard.model.Characteristic;
import org.canvasboard.model.Dimension;
import org.canvasboard.model.MarketType;
import org.canvasboard.model.Metric;
import org.canvasboard.model.ProfileArea;
import org.canvasboard.model.ProfileItem;
import org.canvasboard.model.PurchaseRole;
import org.canvasboard.model.RoleHolder;
import org.canvasboard.model.Segment;
import org.canvasboard.model.SegmentColor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The edits a user makes to a segment's details, on top of its card. Stateless: it can be made
 * again for a card at any time. Every method is one undoable step (typing merges per field).
 */
public final class SegmentViewModel {
    private final CardViewModel card;

    public SegmentViewModel(CardViewModel card) {
        if (!card.isSegment()) {
            throw new IllegalArgumentException(card + " is not a segment");
        }
        this.card = card;
    }

    public CardViewModel card() {
        return card;
    }

    public Segment get() {
        return card.getSegment();
    }

    public String name() {
        return card.getText();
    }

    public void rename(String name) {
        card.changeText(name);
    }

    public void changeDescription(String v) {
        edit("description", UndoWords.get("undo.editSegmentDescription"), s -> s.withDescription(text(v)), true);
    }

    public void changeMarketType(MarketType v) {
        edit("marketType", v == null ? UndoWords.get("undo.clearMarketType") : UndoWords.get("undo.setMarketType", lower(v.label())),
                s -> s.withMarketType(v), false);
    }

    public void changeExcluded(boolean v) {
        edit("excluded", UndoWords.get(v ? "undo.markNotOurCustomer" : "undo.markOurCustomer"),
                s -> s.withExcluded(v), false);
    }

    public void changeObjectiveGroup(String v) {
        edit("objectiveGroup", UndoWords.get("undo.editObjectiveGroup"), s -> s.withObjectiveGroup(text(v)), true);
    }

    public void changeColor(SegmentColor v) {
        edit("color", UndoWords.get("undo.colourSegment", lower(v.label())), s -> s.withColor(Objects.requireNonNull(v)), false);
    }

    // --- characteristics ---

    public void addCharacteristic(Dimension dimension, String text) {
        String clean = text(text).strip();
        if (clean.isEmpty() || get().characteristics(dimension).contains(clean)) {
            return;
        }
        edit("characteristics", UndoWords.get("undo.addCharacteristic", lower(dimension.label())),
                s -> s.withCharacteristics(plus(s.characteristics(), new Characteristic(dimension, clean))), false);
    }

    public void removeCharacteristic(Characteristic characteristic) {
        edit("characteristics", UndoWords.get("undo.removeCharacteristic"), s -> s.withCharacteristics(
                s.characteristics().stream().filter(c -> !c.equals(characteristic)).toList()), false);
    }

    // --- metrics ---

    public void addMetric(String name, String value) {
        edit("metrics", UndoWords.get("undo.addMetric"), s -> s.withMetrics(plus(s.metrics(), new Metric(text(name).strip(), text(value).strip()))),
                false);
    }

    /** Changes the metric at index; typing into one metric merges into one step. */
    public void changeMetric(int index, String name, String value) {
        edit("metric" + index, UndoWords.get("undo.editMetric"), s -> {
            List<Metric> metrics = new ArrayList<>(s.metrics());
            metrics.set(index, new Metric(text(name), text(value)));
            return s.withMetrics(metrics);
        }, true);
    }

    public void removeMetric(int index) {
        edit("metrics", UndoWords.get("undo.removeMetric"), s -> {
            List<Metric> metrics = new ArrayList<>(s.metrics());
            metrics.remove(index);
            return s.withMetrics(metrics);
        }, false);
    }

    // --- customer profile ---

    /** Adds a job, pain or gain at the end of its area and returns it. */
    public ProfileItem addProfileItem(ProfileArea area, String text) {
        ProfileItem item = ProfileItem.of(text(text).strip());
        edit("profile", UndoWords.get("undo.addProfileItem", area.itemName()), s -> s.withProfile(s.profile().map(area, list -> plus(list, item))), false);
        return item;
    }

    public void changeProfileItemText(ProfileArea area, String itemId, String text) {
        editItem(area, itemId, "text", UndoWords.get("undo.editProfileItem", area.itemName()), i -> i.withText(text(text)), true);
    }

    public void changeProfileItem(ProfileArea area, String itemId, String description, UnaryOperator<ProfileItem> change) {
        editItem(area, itemId, "details", description, change, false);
    }

    public void removeProfileItem(ProfileArea area, String itemId) {
        edit("profile", UndoWords.get("undo.removeProfileItem", area.itemName()), s -> s.withProfile(s.profile().map(area,
                list -> list.stream().filter(i -> !i.id().equals(itemId)).toList())), false);
    }

    /** Moves an item to a new rank (index in its area, clamped). */
    public void moveProfileItem(ProfileArea area, String itemId, int newIndex) {
        List<ProfileItem> items = get().profile().items(area);
        int from = indexOf(items, itemId);
        if (from < 0) {
            return;
        }
        int to = Math.max(0, Math.min(newIndex, items.size() - 1));
        if (to == from) {
            return;
        }
        edit("profile", UndoWords.get("undo.rankProfileItem", area.itemName()), s -> s.withProfile(s.profile().map(area, list -> {
            List<ProfileItem> reordered = new ArrayList<>(list);
            reordered.add(to, reordered.remove(from));
            return reordered;
        })), false);
    }

    private void editItem(ProfileArea area, String itemId, String part, String description,
                          UnaryOperator<ProfileItem> change, boolean typing) {
        edit("profile." + itemId + "." + part, description, s -> s.withProfile(s.profile().map(area,
                list -> list.stream().map(i -> i.id().equals(itemId) ? change.apply(i) : i).toList())), typing);
    }

    // --- personas ---

    public boolean hasPersona(PersonaViewModel persona) {
        return get().personaIds().contains(persona.id());
    }

    public void linkPersona(PersonaViewModel persona) {
        if (!hasPersona(persona)) {
            edit("personas", UndoWords.get("undo.linkPersona", persona.get().displayName()),
                    s -> s.withPersonaIds(plus(s.personaIds(), persona.id())), false);
        }
    }

    public void unlinkPersona(PersonaViewModel persona) {
        if (hasPersona(persona)) {
            edit("personas", UndoWords.get("undo.unlinkPersona", persona.get().displayName()), s -> s.withPersonaIds(
                    s.personaIds().stream().filter(id -> !id.equals(persona.id())).toList()), false);
        }
    }

    // --- purchase roles ---

    /** Adds a persona as a holder of roles (or gives the roles to it if it already holds some). */
    public RoleHolder assignRoles(PersonaViewModel persona, List<PurchaseRole> roles) {
        RoleHolder existing = get().roles().stream().filter(h -> persona.id().equals(h.personaId())).findFirst().orElse(null);
        if (existing != null) {
            List<PurchaseRole> all = new ArrayList<>(existing.roles());
            all.addAll(roles);
            setRoles(existing.id(), all);
            return holder(existing.id());
        }
        RoleHolder holder = RoleHolder.persona(persona.id(), roles);
        edit("roles", UndoWords.get("undo.assignRoles", persona.get().displayName()), s -> s.withRoles(plus(s.roles(), holder)), false);
        return holder;
    }

    /** Adds a named stakeholder (someone who is not a persona) holding roles. */
    public RoleHolder assignRoles(String stakeholder, List<PurchaseRole> roles) {
        String name = text(stakeholder).strip();
        RoleHolder existing = get().roles().stream()
                .filter(h -> h.personaId() == null && h.name().equalsIgnoreCase(name)).findFirst().orElse(null);
        if (existing != null) {
            List<PurchaseRole> all = new ArrayList<>(existing.roles());
            all.addAll(roles);
            setRoles(existing.id(), all);
            return holder(existing.id());
        }
        RoleHolder holder = RoleHolder.stakeholder(name, roles);
        edit("roles", UndoWords.get("undo.assignRoles", name), s -> s.withRoles(plus(s.roles(), holder)), false);
        return holder;
    }

    public void toggleRole(String holderId, PurchaseRole role) {
        RoleHolder holder = holder(holderId);
        List<PurchaseRole> roles = new ArrayList<>(holder.roles());
        if (!roles.remove(role)) {
            roles.add(role);
        }
        setRoles(holderId, roles);
    }

    private void setRoles(String holderId, List<PurchaseRole> roles) {
        editHolder(holderId, "roles", UndoWords.get("undo.changePurchaseRoles"), h -> h.withRoles(roles), false);
    }

    public void renameStakeholder(String holderId, String name) {
        editHolder(holderId, "name", UndoWords.get("undo.renameStakeholder"), h -> h.withName(text(name)), true);
    }

    public void removeRoleHolder(String holderId) {
        edit("roles", UndoWords.get("undo.removeRoleHolder"), s -> s.withRoles(
                s.roles().stream().filter(h -> !h.id().equals(holderId)).toList()), false);
    }

    /** Adds a pain or gain of one role holder's own. */
    public ProfileItem addHolderItem(String holderId, ProfileArea area, String text) {
        ProfileItem item = ProfileItem.of(text(text).strip());
        editHolder(holderId, "items", UndoWords.get("undo.addHolderItem", area.itemName()),
                h -> area == ProfileArea.PAINS ? h.withPains(plus(h.pains(), item)) : h.withGains(plus(h.gains(), item)), false);
        return item;
    }

    public void removeHolderItem(String holderId, ProfileArea area, String itemId) {
        editHolder(holderId, "items", UndoWords.get("undo.removeHolderItem", area.itemName()), h -> area == ProfileArea.PAINS
                ? h.withPains(h.pains().stream().filter(i -> !i.id().equals(itemId)).toList())
                : h.withGains(h.gains().stream().filter(i -> !i.id().equals(itemId)).toList()), false);
    }

    public RoleHolder holder(String holderId) {
        return get().roles().stream().filter(h -> h.id().equals(holderId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No role holder " + holderId));
    }

    private void editHolder(String holderId, String part, String description, UnaryOperator<RoleHolder> change,
                            boolean typing) {
        holder(holderId);
        edit("roles." + holderId + "." + part, description, s -> s.withRoles(
                s.roles().stream().map(h -> h.id().equals(holderId) ? change.apply(h) : h).toList()), typing);
    }

    // --- helpers ---

    private void edit(String part, String description, UnaryOperator<Segment> change, boolean typing) {
        card.changeSegment(part, description, change, typing);
    }

    private static int indexOf(List<ProfileItem> items, String id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    static <T> List<T> plus(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    private static String text(String v) {
        return v == null ? "" : v;
    }

    private static String lower(String v) {
        return v.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SegmentViewModel other && other.card == card;
    }

    @Override
    public int hashCode() {
        return card.hashCode();
    }
}
