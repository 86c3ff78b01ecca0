package org.canvasboard.ui.canvas;

import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.canvasboard.model.BlockType;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.viewmodel.BlockViewModel;
import org.canvasboard.viewmodel.CardViewModel;

import java.util.List;
import java.util.function.Function;

/**
 * One block of the canvas: a header with icon, title and add button, and its cards laid out as
 * sticky notes that wrap to the block's width. Shows the guiding question while empty.
 */
public final class BlockView extends VBox {
    static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    private static final double CARD_MIN_WIDTH = 140;
    private double cardMinWidth = CARD_MIN_WIDTH;
    private static final double GAP = 8;

    private final BlockViewModel block;
    private final Function<CardViewModel, CardView> cardViews;
    private final javafx.util.Subscription listening;
    private final CardFlow cardPane;
    private final Label question;
    private final Label count = new Label();
    private final Button addButton;
    private ScrollPane scroll;
    private final Region dropMarker = new Region();

    /**
     * A block whose card views come from {@code cardViews}, whose cards near the visible part
     * join the scene at the pace of the canvas view's {@code readying}.
     */
    BlockView(BlockViewModel block, Function<CardViewModel, CardView> cardViews, CardReadying readying, Runnable onAdd) {
        this.block = block;
        this.cardViews = cardViews;
        this.cardPane = new CardFlow(GAP, readying);
        BlockType type = block.type();
        getStyleClass().addAll("block", "block-" + type.id());
        setId("block-" + type.id());

        Label title = new Label(type.title(), BlockIcons.iconFor(type));
        title.getStyleClass().add("block-title");
        title.setMinWidth(0);
        title.setWrapText(true);
        count.getStyleClass().add("block-count");
        count.setMinWidth(Region.USE_PREF_SIZE); // the whole number or nothing, never "…"
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        addButton = new Button(null, org.canvasboard.ui.common.AppIcon.ADD.node());
        addButton.getStyleClass().add("block-add-button");
        addButton.setId("add-" + type.id());
        String addText = Messages.get("canvas.block.add", type.title());
        addButton.setTooltip(new Tooltip(addText));
        addButton.setFocusTraversable(false);
        addButton.setOnAction(e -> onAdd.run());
        addButton.setAccessibleText(addText);
        HBox header = new HBox(title, count, spacer, addButton);
        header.getStyleClass().add("block-header");
        // in a narrow block the title needs the room: drop the icon and count before words break
        Node icon = title.getGraphic();
        widthProperty().addListener((obs, old, now) -> {
            boolean narrow = now.doubleValue() < 200;
            title.setGraphic(narrow ? null : icon);
            count.setVisible(!narrow);
            count.setManaged(!narrow);
        });

        question = new Label(type.guidingQuestion());
        question.getStyleClass().add("block-question");
        question.setMaxWidth(Double.MAX_VALUE);

        cardPane.getStyleClass().add("block-cards");
        // room for the cards' shadows (2 px below), no more: a block whose cards fit must not get a
        // scroll bar for a few pixels of padding
        cardPane.setPadding(new javafx.geometry.Insets(2, 4, 2, 2));
        dropMarker.getStyleClass().add("drop-marker");
        dropMarker.setManaged(false);
        dropMarker.setMouseTransparent(true);
        dropMarker.setVisible(false);
        StackPane body = new StackPane(cardPane, question, dropMarker);
        body.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        ScrollPane scroll = BlockScrollSkin.scrollPane(body);
        scroll.getStyleClass().add("block-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        // the grid gives blocks their share of the canvas whatever their cards would like: a
        // fixed preferred viewport keeps it from measuring every card to ask
        scroll.setPrefViewportWidth(120);
        scroll.setPrefViewportHeight(60);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(header, scroll);
        setMinSize(0, 0);

        // sized from the viewport, never from the cards (their width is what is being decided)
        this.scroll = scroll;
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> {
            layoutCardWidths();
            cardPane.viewportMoved();
        });
        scroll.vvalueProperty().addListener((obs, old, now) -> cardPane.viewportMoved());
        cardPane.setViewport(this::visibleTop, () -> scroll.getViewportBounds().getHeight(), this::scrollTo);
        listening = block.cards().subscribe(this::rebuild);
        rebuild();
    }

    /** Stops following the block's cards (the view is being discarded). */
    void dispose() {
        listening.unsubscribe();
    }

    public BlockType type() {
        return block.type();
    }

    BlockViewModel block() {
        return block;
    }

    private void rebuild() {
        List<CardView> views = block.cards().stream().map(cardViews).toList();
        cardPane.setCards(views);
        boolean empty = views.isEmpty();
        question.setVisible(empty);
        question.setManaged(empty);
        count.setText(empty ? "" : Integer.toString(views.size()));
        layoutCardWidths();
    }

    /** Where the visible part of the block starts, in the card flow's coordinates. */
    private double visibleTop() {
        double content = scroll.getContent().getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        return Math.max(0, content - viewport) * scroll.getVvalue();
    }

    /** Scrolls so that the visible part starts here (in the card flow's coordinates), as far as it can. */
    private void scrollTo(double top) {
        double range = scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
        if (range > 0) {
            scroll.setVvalue(Math.max(0, Math.min(1, top / range)));
        }
    }

    /** Sizes cards so that they fill whole columns of the block. */
    private void layoutCardWidths() {
        double available = scroll.getViewportBounds().getWidth()
                - cardPane.getPadding().getLeft() - cardPane.getPadding().getRight();
        if (available <= 0) {
            return;
        }
        int columns = Math.max(1, (int) ((available + GAP) / (cardMinWidth + GAP)));
        double width = Math.floor((available - GAP * (columns - 1)) / columns) - 1;
        cardPane.setColumns(columns, width);
    }

    /** The narrowest a card may get before the block uses fewer columns (larger type needs more). */
    void setCardMinWidth(double width) {
        cardMinWidth = width;
        layoutCardWidths();
    }

    /** All the block's cards, in the scene or not (only those near the visible part are). */
    List<CardView> cardViews() {
        return cardPane.cards().stream().map(CardView.class::cast).toList();
    }

    /**
     * Where a card dropped at this scene point would go: before the card now at the returned
     * index. Over a card, its upper half means before it and its lower half after it in a
     * single column; in rows of several cards, its left half and its right half.
     */
    int dropIndexAt(double sceneX, double sceneY) {
        List<CardView> views = cardViews();
        boolean column = cardPane.columns() == 1;
        int afterShown = views.size();
        for (int i = 0; i < views.size(); i++) {
            if (!cardPane.isShown(views.get(i))) {
                continue; // far from the visible part, so not where anything is dropped
            }
            afterShown = i + 1;
            Bounds b = views.get(i).localToScene(views.get(i).getLayoutBounds());
            Point2D p = new Point2D(sceneX, sceneY);
            if (p.getY() < b.getMinY()) {
                return i;
            }
            if (p.getY() <= b.getMaxY()) {
                if (column) {
                    return p.getY() < b.getCenterY() ? i : i + 1;
                }
                if (p.getX() < b.getCenterX()) {
                    return i;
                }
            }
        }
        return afterShown;
    }

    /**
     * Highlights the block as the drop target and shows where the card would land: a bar in the
     * gap before the card at {@code index} (above it at the start of a row, left of it within a
     * row), or after the last card.
     */
    void showDropTarget(boolean on, int index) {
        pseudoClassStateChanged(DROP_TARGET, on);
        List<Region> cards = cardPane.cards();
        if (!on || index < 0 || cards.isEmpty()) {
            dropMarker.setVisible(false);
            return;
        }
        int columns = cardPane.columns();
        int at = Math.min(index, cards.size() - 1);
        Bounds box = cardPane.boxOf(cards.get(at));
        int col = at % columns;
        double thick = 3;
        if (index < cards.size() && col == 0) { // above it
            dropMarker.resizeRelocate(box.getMinX(), Math.max(0, box.getMinY() - (GAP + thick) / 2), box.getWidth(), thick);
        } else if (index < cards.size()) { // left of it
            dropMarker.resizeRelocate(box.getMinX() - (GAP + thick) / 2, box.getMinY(), thick, box.getHeight());
        } else if (columns == 1 || col == columns - 1) { // below the last
            dropMarker.resizeRelocate(box.getMinX(), box.getMaxY() + (GAP - thick) / 2, box.getWidth(), thick);
        } else { // right of the last
            dropMarker.resizeRelocate(box.getMaxX() + (GAP - thick) / 2, box.getMinY(), thick, box.getHeight());
        }
        dropMarker.setVisible(true);
    }

    /** How close to the top or bottom of a block a dragged card must be held to scroll it. */
    static final double EDGE = 28;
    /**
     * The fastest the block scrolls then, in pixels per second (at the very edge): 14 pixels a
     * frame at 60 frames a second, and as fast on a machine that draws fewer frames.
     */
    private static final double EDGE_SPEED = 840;
    private javafx.animation.AnimationTimer edgeScroller;
    private double pointerX;
    private double pointerY;

    /**
     * While a dragged card is held near the top or bottom edge of the block's visible part, the
     * block scrolls that way, faster the closer it is, and the marker follows. Called on every
     * move of a drag over the block.
     */
    void edgeScroll(double sceneX, double sceneY) {
        pointerX = sceneX;
        pointerY = sceneY;
        if (edgeSpeed() == 0) {
            stopEdgeScroll();
        } else if (edgeScroller == null) {
            edgeScroller = new javafx.animation.AnimationTimer() {
                private long last = -1;

                @Override
                public void handle(long now) {
                    // the time since the last frame, at most a tenth of a second (a stalled frame
                    // must not jump the block); the first frame counts as one at 60 per second
                    double seconds = last < 0 ? 1 / 60.0 : Math.min(0.1, (now - last) / 1e9);
                    last = now;
                    double speed = edgeSpeed();
                    double top = visibleTop();
                    scrollTo(top + speed * seconds);
                    if (speed == 0 || Math.abs(visibleTop() - top) < 0.5) {
                        stopEdgeScroll(); // the edge of the content, or the pointer left the edge
                    } else {
                        showDropTarget(true, dropIndexAt(pointerX, pointerY));
                    }
                }
            };
            edgeScroller.start();
        }
    }

    /** The dragged card left the block or was dropped: no highlight, no marker, no scrolling. */
    void clearDropTarget() {
        showDropTarget(false, -1);
        stopEdgeScroll();
    }

    private void stopEdgeScroll() {
        if (edgeScroller != null) {
            edgeScroller.stop();
            edgeScroller = null;
        }
    }

    /** Pixels per second to scroll for the pointer's place: negative up, positive down, 0 away from the edges. */
    private double edgeSpeed() {
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        double fromTop = pointerY - view.getMinY();
        double fromBottom = view.getMaxY() - pointerY;
        if (pointerX < view.getMinX() || pointerX > view.getMaxX() || fromTop < 0 || fromBottom < 0) {
            return 0;
        }
        if (fromTop < EDGE) {
            return -EDGE_SPEED * (EDGE - fromTop) / EDGE;
        }
        if (fromBottom < EDGE) {
            return EDGE_SPEED * (EDGE - fromBottom) / EDGE;
        }
        return 0;
    }

    /** The bar that shows where a dragged card would land (tests look at it). */
    Region dropMarker() {
        return dropMarker;
    }

    /**
     * Scrolls the block so that a card of it is fully visible, and puts it in the scene. Showing
     * cards measures them, which can move the card being revealed (the flow only guessed the
     * heights of cards it had not shown): it scrolls again until the card stays in view.
     */
    void scrollIntoView(CardView card) {
        scroll.applyCss();
        scroll.layout();
        for (int round = 0; round < 4; round++) {
            Bounds box = cardPane.boxOf(card);
            if (box == null) {
                return;
            }
            double viewportHeight = scroll.getViewportBounds().getHeight();
            double top = visibleTop();
            double newTop = top;
            if (box.getMinY() < top) {
                newTop = box.getMinY();
            } else if (box.getMaxY() > top + viewportHeight) {
                newTop = Math.min(box.getMinY(), box.getMaxY() - viewportHeight);
            }
            if (Math.abs(newTop - top) < 0.5) {
                return;
            }
            scrollTo(newTop);
            scroll.layout();
        }
    }

    Button addButton() {
        return addButton;
    }
}
