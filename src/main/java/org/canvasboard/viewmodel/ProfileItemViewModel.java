package org.canvasboard.viewmodel;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.canvasboard.model.JobKind;
import org.canvasboard.model.Level;
import org.canvasboard.model.ProfileArea;
import org.canvasboard.model.ProfileItem;

import java.util.Objects;

/**
 * One row of a customer profile: a job, pain or gain with its rank, kind or level, whether our
 * offering leaves it out, and what conversations said about it. The row stays the same object as
 * long as its item exists, whatever is edited or undone, so a view can keep its row node too.
 */
public final class ProfileItemViewModel {
    private final CardViewModel segment;
    private final ProfileArea area;
    private final String id;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyObjectWrapper<JobKind> kind = new ReadOnlyObjectWrapper<>(this, "kind");
    private final ReadOnlyObjectWrapper<Level> level = new ReadOnlyObjectWrapper<>(this, "level");
    private final ReadOnlyBooleanWrapper outsideOffering = new ReadOnlyBooleanWrapper(this, "outsideOffering");
    private final ReadOnlyIntegerWrapper rank = new ReadOnlyIntegerWrapper(this, "rank");
    private final ReadOnlyIntegerWrapper confirmed = new ReadOnlyIntegerWrapper(this, "confirmed");
    private final ReadOnlyIntegerWrapper refuted = new ReadOnlyIntegerWrapper(this, "refuted");

    ProfileItemViewModel(CardViewModel segment, ProfileArea area, String id) {
        this.segment = segment;
        this.area = area;
        this.id = id;
    }

    /** Shows the item's present state (a property changes only when its value does). */
    void update(ProfileItem item, int newRank, int confirmedCount, int refutedCount) {
        text.set(item.text());
        kind.set(item.kind());
        level.set(item.level());
        outsideOffering.set(item.outsideOffering());
        rank.set(newRank);
        confirmed.set(confirmedCount);
        refuted.set(refutedCount);
    }

    public String id() {
        return id;
    }

    public ProfileArea area() {
        return area;
    }

    // --- commands (each one undo step; a value equal to the present one changes nothing) ---

    /** Typing into the item's text; consecutive typing merges into one undo step. */
    public void changeText(String newText) {
        if (!Objects.equals(text.get(), newText == null ? "" : newText)) {
            edits().changeProfileItemText(area, id, newText);
        }
    }

    /** The kind of a job. */
    public void changeKind(JobKind newKind) {
        if (newKind != null && newKind != kind.get()) {
            edits().changeProfileItem(area, id, UndoWords.get("undo.setJobKind"), i -> i.withKind(newKind));
        }
    }

    /** The severity of a pain or the importance of a gain. */
    public void changeLevel(Level newLevel) {
        if (newLevel != null && newLevel != level.get()) {
            edits().changeProfileItem(area, id, UndoWords.get(area == ProfileArea.PAINS ? "undo.setPainSeverity" : "undo.setGainImportance"),
                    i -> i.withLevel(newLevel));
        }
    }

    /** Flags a pain or gain that what we offer today does not address. */
    public void changeOutsideOffering(boolean outside) {
        if (outside != outsideOffering.get()) {
            edits().changeProfileItem(area, id,
                    UndoWords.get(outside ? "undo.flagOutsideOffering" : "undo.flagAddressedByOffering"),
                    i -> i.withOutsideOffering(outside));
        }
    }

    /** Moves the item up (-1) or down (+1) in rank; at either end nothing happens. */
    public void moveBy(int delta) {
        edits().moveProfileItem(area, id, rank.get() + delta);
    }

    public void remove() {
        edits().removeProfileItem(area, id);
    }

    private SegmentViewModel edits() {
        return new SegmentViewModel(segment);
    }

    // --- what the row shows ---

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public String getText() {
        return text.get();
    }

    /** The kind of a job (pains and gains keep the default). */
    public ReadOnlyObjectProperty<JobKind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    public JobKind getKind() {
        return kind.get();
    }

    /** Severity of a pain, importance of a gain. */
    public ReadOnlyObjectProperty<Level> levelProperty() {
        return level.getReadOnlyProperty();
    }

    public Level getLevel() {
        return level.get();
    }

    public ReadOnlyBooleanProperty outsideOfferingProperty() {
        return outsideOffering.getReadOnlyProperty();
    }

    public boolean isOutsideOffering() {
        return outsideOffering.get();
    }

    /** The place in its area, from 0 (the worst pain, the most wanted gain). */
    public ReadOnlyIntegerProperty rankProperty() {
        return rank.getReadOnlyProperty();
    }

    public int getRank() {
        return rank.get();
    }

    /** How many conversations (of any persona) confirmed the item. */
    public ReadOnlyIntegerProperty confirmedProperty() {
        return confirmed.getReadOnlyProperty();
    }

    public int getConfirmed() {
        return confirmed.get();
    }

    /** How many conversations (of any persona) refuted the item. */
    public ReadOnlyIntegerProperty refutedProperty() {
        return refuted.getReadOnlyProperty();
    }

    public int getRefuted() {
        return refuted.get();
    }

    @Override
    public String toString() {
        return "ProfileItem[" + area.id() + " " + id + ": " + text.get() + "]";
    }
}
