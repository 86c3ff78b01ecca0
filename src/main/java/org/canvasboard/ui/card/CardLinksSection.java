package org.canvasboard.ui.card;

import org.canvasboard.ui.common.SegmentStyles;
import org.canvasboard.ui.common.Navigator;
import org.canvasboard.viewmodel.SegmentSection;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.canvasboard.model.BlockType;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.viewmodel.CanvasViewModel;
import org.canvasboard.viewmodel.CardViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;

import java.util.List;

/**
 * The "for which segments" part of a card's details: a chip per linked segment (click to go
 * there, x to unlink), a menu to link another, and for cards in Customer Segments the button that
 * opens the card as a segment.
 */
public final class CardLinksSection extends VBox {
    private final ProjectViewModel project;
    private final Navigator navigator;
    private final FlowPane chips = new FlowPane(6, 6);
    private final MenuButton linkMenu = new MenuButton("Link to segment", AppIcon.LINK.node());
    private final Button openAsSegment = new Button("Open as segment", AppIcon.SEGMENT.node());
    private final Label none = new Label("Not linked to a segment yet.");
    private CardViewModel card;

    public CardLinksSection(ProjectViewModel project, Navigator navigator) {
        super(6);
        this.project = project;
        this.navigator = navigator;
        setId("card-links-section");
        linkMenu.setId("link-to-segment");
        linkMenu.setOnShowing(e -> fillLinkMenu());
        openAsSegment.setId("open-as-segment");
        openAsSegment.setTooltip(new Tooltip("Give this card segment details: personas, customer profile, roles"));
        openAsSegment.setOnAction(e -> {
            CanvasViewModel canvas = project.getCurrentCanvas();
            canvas.makeSegment(card);
            navigator.showSegmentSection(card, SegmentSection.SEGMENT);
        });
        none.getStyleClass().add("details-hint");
        HBox buttons = new HBox(6, linkMenu, openAsSegment);
        none.setWrapText(true);
        getChildren().addAll(chips, none, buttons);
    }

    /** Shows the links of a card (null hides everything). */
    public void show(CardViewModel shown) {
        this.card = shown;
        chips.getChildren().clear();
        if (shown == null) {
            return;
        }
        CanvasViewModel canvas = project.getCurrentCanvas();
        List<CardViewModel> segments = canvas.segmentsOf(shown);
        for (CardViewModel segment : segments) {
            Label chip = SegmentStyles.chip(segment.getText(), segment.getSegment().color());
            chip.setId("link-chip-" + segment.id());
            Button remove = new Button(null, AppIcon.CLOSE.node());
            remove.getStyleClass().addAll("flat", "button-icon");
            remove.setTooltip(new Tooltip("Unlink from " + segment.getText()));
            remove.setOnAction(e -> shown.unlinkSegment(segment.id()));
            chip.setContentDisplay(javafx.scene.control.ContentDisplay.LEFT);
            HBox box = new HBox(0, chip, remove);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            SegmentStyles.onActivate(chip, () -> navigator.showCard(segment));
            chip.setTooltip(new Tooltip("Go to segment " + segment.getText()));
            chips.getChildren().add(box);
        }
        none.setVisible(segments.isEmpty());
        none.setManaged(segments.isEmpty());
        boolean inSegmentsBlock = canvas.blockOf(shown).orElse(null) == BlockType.CUSTOMER_SEGMENTS;
        openAsSegment.setVisible(inSegmentsBlock && !shown.isSegment());
        openAsSegment.setManaged(openAsSegment.isVisible());
    }

    private void fillLinkMenu() {
        linkMenu.getItems().clear();
        CanvasViewModel canvas = project.getCurrentCanvas();
        for (CardViewModel segment : canvas.segments()) {
            if (segment == card || card.isLinkedTo(segment)) {
                continue;
            }
            MenuItem item = new MenuItem(segment.getText(), SegmentStyles.dot(segment.getSegment().color(), null));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> card.linkSegment(segment));
            linkMenu.getItems().add(item);
        }
        if (linkMenu.getItems().isEmpty()) {
            MenuItem empty = new MenuItem(canvas.segments().isEmpty()
                    ? "No segments on this canvas yet: open a Customer Segments card as a segment"
                    : "Linked to every segment already");
            empty.setDisable(true);
            linkMenu.getItems().add(empty);
        }
    }
}
