package org.canvasboard.ui.canvas;

import javafx.collections.ListChangeListener;
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
    private final CardFlow cardPane = new CardFlow(GAP);
    private final Label question;
    private final Label count = new Label();
    private final Button addButton;
    private ScrollPane scroll;

    BlockView(BlockViewModel block, Function<CardViewModel, CardView> cardViews, Runnable onAdd) {
        this.block = block;
        this.cardViews = cardViews;
        BlockType type = block.type();
        getStyleClass().addAll("block", "block-" + type.id());
        setId("block-" + type.id());

        Label title = new Label(type.title(), BlockIcons.iconFor(type));
        title.getStyleClass().add("block-title");
        title.setMinWidth(0);
        title.setWrapText(true);
        count.getStyleClass().add("block-count");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        addButton = new Button(null, org.canvasboard.ui.common.AppIcon.ADD.node());
        addButton.getStyleClass().add("block-add-button");
        addButton.setId("add-" + type.id());
        addButton.setTooltip(new Tooltip("Add a card to " + type.title()));
        addButton.setFocusTraversable(false);
        addButton.setOnAction(e -> onAdd.run());
        addButton.setAccessibleText("Add a card to " + type.title());
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
        cardPane.setPadding(new javafx.geometry.Insets(2, 4, 6, 2));
        StackPane body = new StackPane(cardPane, question);
        body.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        ScrollPane scroll = new ScrollPane(body);
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
        block.cards().addListener((ListChangeListener<CardViewModel>) change -> rebuild());
        rebuild();
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

    /** Where a card dropped at this scene point would go: before the card now at the returned index. */
    int dropIndexAt(double sceneX, double sceneY) {
        List<CardView> views = cardViews();
        int afterShown = views.size();
        for (int i = 0; i < views.size(); i++) {
            if (!cardPane.isShown(views.get(i))) {
                continue; // far from the visible part, so not where anything is dropped
            }
            afterShown = i + 1;
            Bounds b = views.get(i).localToScene(views.get(i).getBoundsInLocal());
            Point2D p = new Point2D(sceneX, sceneY);
            if (p.getY() < b.getMinY()) {
                return i;
            }
            if (p.getY() <= b.getMaxY() && p.getX() < b.getCenterX()) {
                return i;
            }
        }
        return afterShown;
    }

    void showDropTarget(boolean on, int index) {
        pseudoClassStateChanged(DROP_TARGET, on);
        List<CardView> views = cardViews();
        for (int i = 0; i < views.size(); i++) {
            views.get(i).setDropBefore(on && i == index);
        }
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
            double[] box = cardPane.boxOf(card);
            if (box == null) {
                return;
            }
            double viewportHeight = scroll.getViewportBounds().getHeight();
            double top = visibleTop();
            double newTop = top;
            if (box[0] < top) {
                newTop = box[0];
            } else if (box[0] + box[1] > top + viewportHeight) {
                newTop = Math.min(box[0], box[0] + box[1] - viewportHeight);
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
