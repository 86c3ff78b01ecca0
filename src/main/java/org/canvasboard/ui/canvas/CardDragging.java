package org.canvasboard.ui.canvas;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.geometry.Pos;

import java.util.function.IntSupplier;

/**
 * Dragging cards on a canvas: a translucent picture of the grabbed card (with the number of
 * cards when several are selected) follows the pointer, the block under it shows where the cards
 * would land, and releasing hands the block and position to the canvas. Built on the full
 * press-drag-release gesture, which stays inside the window and works without a native
 * drag-and-drop service.
 */
final class CardDragging {
    /** What happens on a drop: move the dragged cards to this block, before the card at index. */
    interface DropHandler {
        void drop(BlockView target, int index);
    }

    private final Pane overlay;
    private final DropHandler onDrop;
    private Node ghost;
    private Point2D grabOffset;
    private BlockView dropBlock;

    CardDragging(Pane overlay, DropHandler onDrop) {
        this.overlay = overlay;
        this.onDrop = onDrop;
    }

    /**
     * Lets a card be dragged. {@code prepare} runs when the drag starts (e.g. selects the card)
     * and says how many cards are being dragged.
     */
    void installOn(CardView card, IntSupplier prepare) {
        card.setOnDragDetected(e -> {
            if (card.isEditing() || e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            startGhost(card, e, prepare.getAsInt());
            card.startFullDrag();
            e.consume();
        });
        card.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (ghost != null) {
                Point2D p = overlay.sceneToLocal(e.getSceneX(), e.getSceneY());
                ghost.relocate(p.getX() - grabOffset.getX(), p.getY() - grabOffset.getY());
            }
        });
        card.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            // the drop target may or may not have seen the release first: whichever comes first drops
            if (ghost != null && dropBlock != null) {
                drop(dropBlock, e.getSceneX(), e.getSceneY());
            }
            end();
        });
    }

    /** Makes a block a place to drop cards. */
    void installOn(BlockView block) {
        block.addEventHandler(MouseDragEvent.MOUSE_DRAG_OVER, e -> {
            if (ghost == null) {
                return;
            }
            if (dropBlock != null && dropBlock != block) {
                dropBlock.clearDropTarget();
            }
            dropBlock = block;
            block.showDropTarget(true, block.dropIndexAt(e.getSceneX(), e.getSceneY()));
            block.edgeScroll(e.getSceneX(), e.getSceneY());
        });
        block.addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, e -> {
            block.clearDropTarget();
            if (dropBlock == block) {
                dropBlock = null;
            }
        });
        block.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            if (ghost != null) {
                drop(block, e.getSceneX(), e.getSceneY());
                end();
                e.consume();
            }
        });
    }

    private void startGhost(CardView card, MouseEvent e, int count) {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        StackPane picture = new StackPane(new ImageView(card.snapshot(params, null)));
        if (count > 1) {
            Label badge = new Label(Integer.toString(count));
            badge.getStyleClass().add("drag-count");
            StackPane.setAlignment(badge, Pos.TOP_RIGHT);
            picture.getChildren().add(badge);
        }
        picture.getStyleClass().add("drag-ghost");
        picture.setOpacity(0.8);
        grabOffset = card.sceneToLocal(e.getSceneX(), e.getSceneY());
        Point2D p = overlay.sceneToLocal(e.getSceneX(), e.getSceneY());
        picture.relocate(p.getX() - grabOffset.getX(), p.getY() - grabOffset.getY());
        overlay.getChildren().add(picture);
        ghost = picture;
    }

    private void drop(BlockView target, double sceneX, double sceneY) {
        int index = target.dropIndexAt(sceneX, sceneY);
        ghost = null;
        onDrop.drop(target, index);
    }

    private void end() {
        overlay.getChildren().clear();
        ghost = null;
        if (dropBlock != null) {
            dropBlock.clearDropTarget();
            dropBlock = null;
        }
    }
}
