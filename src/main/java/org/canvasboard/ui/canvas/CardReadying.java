package org.canvasboard.ui.canvas;

import org.canvasboard.ui.common.Later;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The pace at which the cards near the visible parts of one canvas view join the scene: a few
 * per frame for all its blocks together (a zoom step or the first frame of a canvas would
 * otherwise build and style them all in one frame), none while a zoom gesture holds them.
 *
 * <p>One per canvas view, handed to its blocks' flows: the editor's canvases, the presentation
 * and a test each have their own, so one never waits for another's cards.
 */
final class CardReadying {
    /** Cards near the visible part, of all blocks together, that may join the scene per frame. */
    static final int PER_FRAME = 8;

    private int left = PER_FRAME;
    /** While a zoom gesture runs, the canvas is drawn from a picture: no cards are got ready. */
    private boolean held;
    /** The flows with cards kept for a later frame; they lay out again then. */
    private final Set<CardFlow> waiting = new LinkedHashSet<>();
    private final Later nextFrame = new Later(this::nextFrame);

    /**
     * Asks for a share of this frame for one card of a flow: true if it may join now; false if
     * it must wait (the flow lays out again in the next frame).
     */
    boolean take(CardFlow flow) {
        if (left <= 0 || held) {
            waiting.add(flow);
            nextFrame.request();
            return false;
        }
        left--;
        nextFrame.request();
        return true;
    }

    /**
     * Holds back or lets go the cards near the visible parts (a zoom gesture holds them: each
     * card joining would make the canvas's picture be drawn again).
     */
    void hold(boolean hold) {
        if (held != hold) {
            held = hold;
            if (!hold) {
                nextFrame.request();
            }
        }
    }

    /** A new frame's share of cards to get ready; the blocks still waiting lay out again. */
    void nextFrame() {
        left = PER_FRAME;
        List<CardFlow> flows = List.copyOf(waiting);
        waiting.clear();
        flows.forEach(CardFlow::viewportMoved);
    }
}
