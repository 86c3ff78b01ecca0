package org.canvasboard.viewmodel;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.canvasboard.model.BlockType;

import java.util.List;

/** The ordered cards of one block of a canvas. Only edits change the list. */
public final class BlockViewModel {
    private final BlockType type;
    private final ObservableList<CardViewModel> cards = FXCollections.observableArrayList();
    private final ObservableList<CardViewModel> readOnlyCards = FXCollections.unmodifiableObservableList(cards);

    BlockViewModel(BlockType type, List<CardViewModel> initial) {
        this.type = type;
        cards.setAll(initial);
    }

    public BlockType type() {
        return type;
    }

    public ObservableList<CardViewModel> cards() {
        return readOnlyCards;
    }

    void replaceCards(List<CardViewModel> newCards) {
        cards.setAll(newCards);
    }
}
