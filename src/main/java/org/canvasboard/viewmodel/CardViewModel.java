package org.canvasboard.viewmodel;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.canvasboard.model.Card;
import org.canvasboard.model.CardColor;
import org.canvasboard.model.EvidenceStatus;
import org.canvasboard.model.Segment;
import org.canvasboard.model.SegmentColor;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Editable mirror of one card. Views read its properties; every change goes through the
 * project's edit history, so it can be undone.
 */
public final class CardViewModel {
    private final String id;
    private final EditHistory history;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper(this, "notes");
    private final ReadOnlyObjectWrapper<CardColor> color = new ReadOnlyObjectWrapper<>(this, "color");
    private final ReadOnlyObjectWrapper<List<String>> tags = new ReadOnlyObjectWrapper<>(this, "tags");
    private final ReadOnlyObjectWrapper<EvidenceStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyObjectWrapper<List<String>> segmentLinks = new ReadOnlyObjectWrapper<>(this, "segmentLinks");
    private final ReadOnlyObjectWrapper<Segment> segment = new ReadOnlyObjectWrapper<>(this, "segment");

    void setOnChange(Runnable listener) {
        addChangeListener(obs -> listener.run());
    }

    /** Listens to every field of the card at once (text, notes, colour, tags, status). */
    public void addChangeListener(javafx.beans.InvalidationListener listener) {
        fields().forEach(f -> f.addListener(listener));
    }

    public void removeChangeListener(javafx.beans.InvalidationListener listener) {
        fields().forEach(f -> f.removeListener(listener));
    }

    private List<javafx.beans.Observable> fields() {
        return List.of(text, notes, color, tags, status, segmentLinks, segment);
    }

    CardViewModel(Card card, EditHistory history) {
        this.id = card.id();
        this.history = history;
        text.set(card.text());
        notes.set(card.notes());
        color.set(card.color());
        tags.set(card.tags());
        status.set(card.status());
        segmentLinks.set(card.segmentLinks());
        segment.set(card.segment());
    }

    public String id() {
        return id;
    }

    /** Sets the card text; consecutive typing merges into one undo step. */
    public void changeText(String newText) {
        change("text", UndoWords.get("undo.editCardText"), text.get(), newText == null ? "" : newText, text::set, true);
    }

    public void changeNotes(String newNotes) {
        change("notes", UndoWords.get("undo.editCardNotes"), notes.get(), newNotes == null ? "" : newNotes, notes::set, true);
    }

    public void changeColor(CardColor newColor) {
        change("color", UndoWords.get("undo.colourCard", Objects.requireNonNull(newColor).label().toLowerCase(Locale.ROOT)),
                color.get(), newColor, color::set, false);
    }

    public void changeTags(List<String> newTags) {
        List<String> cleaned = TagText.clean(newTags);
        change("tags", UndoWords.get("undo.editCardTags"), tags.get(), cleaned, tags::set, true);
    }

    public void changeStatus(EvidenceStatus newStatus) {
        change("status", UndoWords.get("undo.markCard", Objects.requireNonNull(newStatus).label().toLowerCase(Locale.ROOT)),
                status.get(), newStatus, status::set, false);
    }

    /** Links this card to a segment card of its canvas ("this is for that segment"). */
    public void linkSegment(CardViewModel segmentCard) {
        if (segmentCard == this || !segmentCard.isSegment() || segmentLinks.get().contains(segmentCard.id())) {
            return;
        }
        List<String> links = new java.util.ArrayList<>(segmentLinks.get());
        links.add(segmentCard.id());
        change("segmentLinks", UndoWords.get("undo.linkCardTo", segmentCard.getText()), segmentLinks.get(),
                List.copyOf(links), segmentLinks::set, false);
    }

    public void unlinkSegment(String segmentId) {
        if (!segmentLinks.get().contains(segmentId)) {
            return;
        }
        List<String> links = segmentLinks.get().stream().filter(l -> !l.equals(segmentId)).toList();
        change("segmentLinks", UndoWords.get("undo.unlinkCard"), segmentLinks.get(), links, segmentLinks::set, false);
    }

    public boolean isLinkedTo(CardViewModel segmentCard) {
        return segmentLinks.get().contains(segmentCard.id());
    }

    /** Turns this card into a segment (its text becomes the segment's name); no-op if it is one. */
    public void makeSegment(SegmentColor colour) {
        if (segment.get() == null) {
            change("segment", UndoWords.get("undo.openAsSegment", text.get()), null, Segment.of(colour),
                    segment::set, false);
        }
    }

    /** Drops the segment details: the card becomes a plain card again (undo brings them back). */
    void removeSegmentDetails() {
        if (segment.get() != null) {
            change("segment", UndoWords.get("undo.removeSegmentDetails"), segment.get(), null, segment::set, false);
        }
    }

    /**
     * Changes the segment details; typing edits of the same {@code part} merge into one undo step.
     */
    void changeSegment(String part, String description, java.util.function.UnaryOperator<Segment> edit,
                       boolean typing) {
        Segment before = segment.get();
        if (before == null) {
            throw new IllegalStateException(this + " is not a segment");
        }
        change("segment." + part, description, before, edit.apply(before), segment::set, typing);
    }

    private <T> void change(String field, String description, T oldValue, T newValue,
                            java.util.function.Consumer<T> setter, boolean typing) {
        if (Objects.equals(oldValue, newValue)) {
            return;
        }
        history.execute(new PropertyEdit<>(this, field, description, oldValue, newValue, setter, typing));
    }

    /**
     * Whether the card matches a search: every word of the query must appear in the text, notes
     * or a tag (case-insensitive); a word starting with '#' matches tags only.
     */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String haystack = (text.get() + "\n" + notes.get()).toLowerCase(Locale.ROOT);
        for (String word : query.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
            boolean tagOnly = word.startsWith("#");
            String needle = tagOnly ? word.substring(1) : word;
            if (needle.isEmpty()) {
                continue;
            }
            boolean inTags = tags.get().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(needle));
            if (!inTags && (tagOnly || !haystack.contains(needle))) {
                return false;
            }
        }
        return true;
    }

    public Card toModel() {
        return new Card(id, text.get(), notes.get(), color.get(), tags.get(), status.get(), segmentLinks.get(),
                segment.get());
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public String getText() {
        return text.get();
    }

    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CardColor> colorProperty() {
        return color.getReadOnlyProperty();
    }

    public CardColor getColor() {
        return color.get();
    }

    public ReadOnlyObjectProperty<List<String>> tagsProperty() {
        return tags.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EvidenceStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public EvidenceStatus getStatus() {
        return status.get();
    }

    public ReadOnlyObjectProperty<List<String>> segmentLinksProperty() {
        return segmentLinks.getReadOnlyProperty();
    }

    public List<String> getSegmentLinks() {
        return segmentLinks.get();
    }

    public ReadOnlyObjectProperty<Segment> segmentProperty() {
        return segment.getReadOnlyProperty();
    }

    /** The segment details, or null for a plain card. */
    public Segment getSegment() {
        return segment.get();
    }

    public boolean isSegment() {
        return segment.get() != null;
    }

    @Override
    public String toString() {
        return "Card[" + id + ": " + text.get() + "]";
    }
}
