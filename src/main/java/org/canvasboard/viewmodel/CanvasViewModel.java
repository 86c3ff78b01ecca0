package org.canvasboard.viewmodel;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.canvasboard.model.BlockType;
import org.canvasboard.model.Canvas;
import org.canvasboard.model.Card;
import org.canvasboard.model.CanvasKind;
import org.canvasboard.model.CardColor;
import org.canvasboard.model.EvidenceStatus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Editable mirror of one canvas: its name and the cards of each block. Card operations that a
 * user sees as one action (moving three selected cards, pasting) are one undo step.
 */
public final class CanvasViewModel {
    private final String id;
    private final CanvasKind kind;
    private final EditHistory history;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name");
    private final Map<BlockType, BlockViewModel> blocks = new EnumMap<>(BlockType.class);
    private Runnable onContentChange = () -> { };
    /** The ids of the project's personas, or null when the canvas is not part of a project. */
    private java.util.function.Supplier<java.util.Set<String>> personaIds;

    CanvasViewModel(Canvas canvas, EditHistory history) {
        this.id = canvas.id();
        this.kind = canvas.kind();
        this.history = history;
        name.set(canvas.name());
        for (BlockType type : kind.blocks()) {
            List<CardViewModel> cards = canvas.cards(type).stream().map(this::newCard).toList();
            BlockViewModel block = new BlockViewModel(type, cards);
            block.cards().addListener((javafx.beans.InvalidationListener) obs -> onContentChange.run());
            blocks.put(type, block);
        }
        name.addListener(obs -> onContentChange.run());
    }

    private CardViewModel newCard(Card card) {
        CardViewModel vm = new CardViewModel(card, history);
        vm.setOnChange(() -> onContentChange.run());
        return vm;
    }

    /** Called whenever a name, a block or a card of this canvas changes (used to reveal undone edits). */
    void setOnContentChange(Runnable listener) {
        onContentChange = listener;
    }

    /** Tells the canvas which personas its project has, so pasted segments name only those. */
    void setPersonaIds(java.util.function.Supplier<java.util.Set<String>> ids) {
        personaIds = ids;
    }

    public String id() {
        return id;
    }

    public CanvasKind kind() {
        return kind;
    }

    public BlockViewModel block(BlockType type) {
        BlockViewModel block = blocks.get(type);
        if (block == null) {
            throw new IllegalArgumentException(type.id() + " is not a block of " + kind.displayName());
        }
        return block;
    }

    /** Blocks in the kind's reading order. */
    public List<BlockViewModel> blocks() {
        return kind.blocks().stream().map(blocks::get).toList();
    }

    public Stream<CardViewModel> allCards() {
        return blocks().stream().flatMap(b -> b.cards().stream());
    }

    public Optional<CardViewModel> findCard(String cardId) {
        return allCards().filter(c -> c.id().equals(cardId)).findFirst();
    }

    public Optional<BlockType> blockOf(CardViewModel card) {
        return blocks().stream().filter(b -> b.cards().contains(card)).map(BlockViewModel::type).findFirst();
    }

    public int indexOf(CardViewModel card) {
        return blockOf(card).map(b -> block(b).cards().indexOf(card)).orElse(-1);
    }

    /** Adds a new card with the given text at index (clamped) of a block. */
    public CardViewModel addCard(BlockType type, int index, String text) {
        return insertCards(type, index, List.of(Card.of(text)), UndoWords.get("undo.addCardTo", type.title())).get(0);
    }

    /**
     * Inserts copies of the given cards (as new cards with fresh ids) at index of a block. Links
     * between the pasted cards follow the copies; links to segments of this canvas are kept, others
     * are dropped.
     */
    public List<CardViewModel> pasteCards(BlockType type, int index, List<Card> cards) {
        List<Card> fresh = relinked(cards, segmentIds());
        if (personaIds != null) {
            java.util.Set<String> known = personaIds.get();
            fresh = fresh.stream().map(c -> withKnownPersonas(c, known)).toList();
        }
        return insertCards(type, index, fresh, UndoWords.cards("undo.pasteCards", cards.size()));
    }

    private List<CardViewModel> insertCards(BlockType type, int index, List<Card> cards, String description) {
        BlockViewModel block = block(type);
        List<CardViewModel> created = cards.stream().map(this::newCard).toList();
        List<CardViewModel> contents = new ArrayList<>(block.cards());
        contents.addAll(clamp(index, contents.size()), created);
        history.execute(new BlockContentsEdit(description, Map.of(block, contents)));
        return created;
    }

    /**
     * The card as it can be pasted into a project with the given personas: a segment copied
     * before its persona was deleted (or from another project) stops naming it, and a purchase role
     * the persona held stays with a stakeholder, as when a file names a missing persona.
     */
    private static Card withKnownPersonas(Card card, java.util.Set<String> known) {
        org.canvasboard.model.Segment s = card.segment();
        if (s == null) {
            return card;
        }
        return card.withSegment(s.withPersonaIds(s.personaIds().stream().filter(known::contains).toList())
                .withRoles(s.roles().stream().map(h -> h.personaId() != null && !known.contains(h.personaId())
                        ? h.asStakeholder(h.name()) : h).toList()));
    }

    /**
     * Copies of cards with fresh ids. A link to a card among them follows its copy; a link to a
     * segment in {@code keep} stays; any other link is dropped.
     */
    static List<Card> relinked(List<Card> cards, java.util.Set<String> keep) {
        // the same card may be pasted twice: every copy gets its own id, links follow the first copy
        List<String> fresh = cards.stream().map(c -> org.canvasboard.model.Ids.newId("card")).toList();
        Map<String, String> newIds = new java.util.HashMap<>();
        for (int i = 0; i < cards.size(); i++) {
            newIds.putIfAbsent(cards.get(i).id(), fresh.get(i));
        }
        List<Card> copies = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            Card c = cards.get(i);
            copies.add(c.withId(fresh.get(i)).withSegmentLinks(c.segmentLinks().stream()
                    .map(l -> newIds.getOrDefault(l, keep.contains(l) ? l : null))
                    .filter(java.util.Objects::nonNull).toList()));
        }
        return copies;
    }

    /** Deletes cards; links to deleted segments are removed in the same undo step. */
    public void deleteCards(Collection<CardViewModel> cards) {
        if (cards.isEmpty()) {
            return;
        }
        Map<BlockViewModel, List<CardViewModel>> contents = BlockContentsEdit.copyOf(blocks());
        contents.values().forEach(list -> list.removeAll(cards));
        contents.entrySet().removeIf(e -> e.getValue().size() == e.getKey().cards().size());
        if (contents.isEmpty()) {
            return;
        }
        history.compound(UndoWords.cards("undo.deleteCards", cards.size()), () -> {
            history.execute(new BlockContentsEdit(UndoWords.cards("undo.deleteCards", cards.size()), contents));
            cards.stream().filter(CardViewModel::isSegment).forEach(this::unlinkAllFrom);
        });
    }

    // --- segments ---

    /** The segment cards of this canvas, in canvas order. */
    public List<CardViewModel> segments() {
        return allCards().filter(CardViewModel::isSegment).toList();
    }

    java.util.Set<String> segmentIds() {
        return allCards().filter(CardViewModel::isSegment).map(CardViewModel::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The cards of this canvas that link to a segment, in canvas order. */
    public List<CardViewModel> linkedTo(CardViewModel segment) {
        return allCards().filter(c -> c.isLinkedTo(segment)).toList();
    }

    /** The segments a card links to, in canvas order. */
    public List<CardViewModel> segmentsOf(CardViewModel card) {
        return allCards().filter(c -> c.isSegment() && card.getSegmentLinks().contains(c.id())).toList();
    }

    /** Whether a card may become a segment: only a plain card in the Customer Segments block may. */
    public boolean canMakeSegment(CardViewModel card) {
        return card != null && !card.isSegment() && blockOf(card).orElse(null) == BlockType.CUSTOMER_SEGMENTS;
    }

    /**
     * Opens a card as a segment, with a colour no other segment of the canvas has yet; refused
     * (false, nothing edited) unless {@link #canMakeSegment} allows it.
     */
    public boolean makeSegment(CardViewModel card) {
        if (!canMakeSegment(card)) {
            return false;
        }
        card.makeSegment(org.canvasboard.model.SegmentColor.nextFree(
                segments().stream().map(c -> c.getSegment().color()).toList()));
        return true;
    }

    /** Makes a segment a plain card again and removes the links to it, as one undo step. */
    public void removeSegmentDetails(CardViewModel segment) {
        if (!segment.isSegment()) {
            return;
        }
        history.compound(UndoWords.get("undo.removeSegmentDetails"), () -> {
            unlinkAllFrom(segment);
            segment.removeSegmentDetails();
        });
    }

    private void unlinkAllFrom(CardViewModel segment) {
        allCards().filter(c -> c.getSegmentLinks().contains(segment.id())).forEach(c -> c.unlinkSegment(segment.id()));
    }

    /**
     * Moves cards, in their current canvas order, to a block so that they sit before the card
     * that is now at {@code index} there (index counts the target block as it is before the move).
     */
    public void moveCards(Collection<CardViewModel> cards, BlockType target, int index) {
        List<CardViewModel> moving = inCanvasOrder(cards);
        if (moving.isEmpty()) {
            return;
        }
        BlockViewModel targetBlock = block(target);
        List<CardViewModel> targetBefore = targetBlock.cards();
        int clamped = clamp(index, targetBefore.size());
        int shift = (int) targetBefore.subList(0, clamped).stream().filter(moving::contains).count();
        Map<BlockViewModel, List<CardViewModel>> contents = BlockContentsEdit.copyOf(blocks());
        contents.values().forEach(list -> list.removeAll(moving));
        contents.get(targetBlock).addAll(clamped - shift, moving);
        contents.entrySet().removeIf(e -> e.getValue().equals(e.getKey().cards()));
        if (!contents.isEmpty()) {
            history.execute(new BlockContentsEdit(UndoWords.cards("undo.moveCards", moving.size()), contents));
        }
    }

    /** Moves cards one place up (delta -1) or down (+1) within their blocks. */
    public void reorderCards(Collection<CardViewModel> cards, int delta) {
        List<CardViewModel> moving = inCanvasOrder(cards);
        if (moving.isEmpty()) {
            return;
        }
        Map<BlockViewModel, List<CardViewModel>> contents = BlockContentsEdit.copyOf(blocks());
        for (List<CardViewModel> list : contents.values()) {
            if (delta < 0) {
                for (int i = 1; i < list.size(); i++) {
                    if (moving.contains(list.get(i)) && !moving.contains(list.get(i - 1))) {
                        Collections.swap(list, i - 1, i);
                    }
                }
            } else {
                for (int i = list.size() - 2; i >= 0; i--) {
                    if (moving.contains(list.get(i)) && !moving.contains(list.get(i + 1))) {
                        Collections.swap(list, i, i + 1);
                    }
                }
            }
        }
        contents.entrySet().removeIf(e -> e.getValue().equals(e.getKey().cards()));
        if (!contents.isEmpty()) {
            history.execute(new BlockContentsEdit(UndoWords.cards("undo.reorderCards", moving.size()), contents));
        }
    }

    /** Moves cards to the end of the previous (-1) or next (+1) block in reading order. */
    public void moveCardsToNeighbourBlock(Collection<CardViewModel> cards, int direction) {
        List<CardViewModel> moving = inCanvasOrder(cards);
        if (moving.isEmpty()) {
            return;
        }
        List<BlockType> order = kind.blocks();
        int from = order.indexOf(blockOf(moving.get(0)).orElseThrow());
        int to = from + Integer.signum(direction);
        if (to < 0 || to >= order.size()) {
            return;
        }
        moveCards(moving, order.get(to), Integer.MAX_VALUE);
    }

    public void colorCards(Collection<CardViewModel> cards, CardColor color) {
        if (cards.size() == 1) {
            cards.iterator().next().changeColor(color);
            return;
        }
        history.compound(UndoWords.cards("undo.colourCards", cards.size()), () -> cards.forEach(c -> c.changeColor(color)));
    }

    public void markCards(Collection<CardViewModel> cards, EvidenceStatus status) {
        history.compound(UndoWords.get("undo.markCards", cards.size(), String.valueOf(cards.size()),
                        status.label().toLowerCase(java.util.Locale.ROOT)),
                () -> cards.forEach(c -> c.changeStatus(status)));
    }

    public void rename(String newName) {
        String clean = newName == null ? "" : newName.strip();
        if (clean.isEmpty() || clean.equals(name.get())) {
            return;
        }
        history.execute(new PropertyEdit<>(this, "name", UndoWords.get("undo.renameCanvas"), name.get(), clean, name::set, false));
    }

    /** The given cards sorted by where they are on the canvas; cards not on it are dropped. */
    public List<CardViewModel> inCanvasOrder(Collection<CardViewModel> cards) {
        LinkedHashSet<CardViewModel> wanted = new LinkedHashSet<>(cards);
        return allCards().filter(wanted::contains).toList();
    }

    public Canvas toModel() {
        Map<BlockType, List<Card>> content = new EnumMap<>(BlockType.class);
        blocks().forEach(b -> content.put(b.type(), b.cards().stream().map(CardViewModel::toModel).toList()));
        return new Canvas(id, name.get(), kind, content);
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public String getName() {
        return name.get();
    }

    private static int clamp(int index, int size) {
        return Math.max(0, Math.min(index, size));
    }

    @Override
    public String toString() {
        return "Canvas[" + name.get() + "]";
    }
}
