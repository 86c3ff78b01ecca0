package org.canvasboard.ui.canvas;

import javafx.css.PseudoClass;
import org.canvasboard.model.BlockType;

import java.util.Map;

/**
 * The block that keyboard commands of a canvas go to (the lead card's block, or the last one
 * clicked or stepped to), shown by a pseudo-class on its block view. A pseudo-class, not a style
 * class: changing a style class restyles the block and every card in it from scratch, on every
 * change of selection.
 */
final class KeyboardBlock {
    private static final PseudoClass KEYBOARD_BLOCK = PseudoClass.getPseudoClass("keyboard-block");

    private final Map<BlockType, BlockView> blockViews;
    private BlockType block;

    KeyboardBlock(Map<BlockType, BlockView> blockViews, BlockType first) {
        this.blockViews = blockViews;
        this.block = first;
    }

    BlockType get() {
        return block;
    }

    /** Makes this block the keyboard block and shows it. */
    void set(BlockType block) {
        this.block = block;
        show();
    }

    void show() {
        blockViews.forEach((type, view) -> view.pseudoClassStateChanged(KEYBOARD_BLOCK, type == block));
    }
}
