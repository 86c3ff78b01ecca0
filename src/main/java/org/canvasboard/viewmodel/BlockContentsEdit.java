package org.canvasboard.viewmodel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces the card lists of one or more blocks, remembering the lists before. Adding, deleting,
 * reordering and moving cards between blocks are all this one edit, which keeps them simple and
 * exactly reversible.
 */
final class BlockContentsEdit implements Edit {
    private final String description;
    private final Map<BlockViewModel, List<CardViewModel>> before = new LinkedHashMap<>();
    private final Map<BlockViewModel, List<CardViewModel>> after = new LinkedHashMap<>();

    BlockContentsEdit(String description, Map<BlockViewModel, List<CardViewModel>> newContents) {
        this.description = description;
        newContents.forEach((block, cards) -> {
            before.put(block, List.copyOf(block.cards()));
            after.put(block, List.copyOf(cards));
        });
    }

    /** Working copy of every block's list, for building the new contents. */
    static Map<BlockViewModel, List<CardViewModel>> copyOf(Iterable<BlockViewModel> blocks) {
        Map<BlockViewModel, List<CardViewModel>> copy = new LinkedHashMap<>();
        for (BlockViewModel block : blocks) {
            copy.put(block, new ArrayList<>(block.cards()));
        }
        return copy;
    }

    @Override
    public void apply() {
        after.forEach(BlockViewModel::replaceCards);
    }

    @Override
    public void revert() {
        before.forEach(BlockViewModel::replaceCards);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public java.util.Collection<CardViewModel> arrivals(boolean undoing) {
        Map<BlockViewModel, List<CardViewModel>> from = undoing ? after : before;
        Map<BlockViewModel, List<CardViewModel>> to = undoing ? before : after;
        // only a block that grows can take a new card, and a card that left another block of
        // this edit was moved, not brought back; the lists looked at stay small
        List<CardViewModel> arriving = new ArrayList<>();
        for (Map.Entry<BlockViewModel, List<CardViewModel>> entry : to.entrySet()) {
            List<CardViewModel> was = from.get(entry.getKey());
            if (entry.getValue().size() > was.size()) {
                for (CardViewModel card : entry.getValue()) {
                    if (!was.contains(card)) {
                        arriving.add(card);
                    }
                }
            }
        }
        if (!arriving.isEmpty()) {
            for (Map.Entry<BlockViewModel, List<CardViewModel>> entry : from.entrySet()) {
                if (entry.getValue().size() > to.get(entry.getKey()).size()) {
                    arriving.removeAll(entry.getValue());
                }
            }
        }
        return arriving;
    }
}
