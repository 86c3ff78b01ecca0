package org.canvasboard.ui.card;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.ui.common.Chips;
import org.canvasboard.ui.common.Forms;
import org.canvasboard.ui.common.KeyedRows;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.ui.common.Navigator;
import org.canvasboard.ui.common.SegmentStyles;
import org.canvasboard.viewmodel.CardLinksViewModel;
import org.canvasboard.viewmodel.CardViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;
import org.canvasboard.viewmodel.SegmentLabelViewModel;
import org.canvasboard.viewmodel.SegmentSection;


/**
 * The "for which segments" part of a card's details: a chip per linked segment (click to go
 * there, x to unlink), a menu to link another, and for cards in Customer Segments the button that
 * opens the card as a segment. Chips follow the viewmodel's list one by one and wrap in the
 * panel's width; the buttons wrap under each other rather than cut their labels short.
 */
public final class CardLinksSection extends VBox {
    private final CardLinksViewModel links;
    private final Navigator navigator;
    private final FlowPane chips = new FlowPane(6, 6);
    private final MenuButton linkMenu = new MenuButton(Messages.get("card.linkToSegment"), AppIcon.LINK.node());
    private final Button openAsSegment = new Button(Messages.get("card.openAsSegment"), AppIcon.SEGMENT.node());
    private final Label none = Forms.hint(Messages.get("card.notLinked"));
    private final KeyedRows<SegmentLabelViewModel, Chip> rows;

    public CardLinksSection(ProjectViewModel project, Navigator navigator) {
        super(6);
        this.links = new CardLinksViewModel(project);
        this.navigator = navigator;
        setId("card-links-section");
        setMinWidth(0);
        chips.setMinWidth(0);
        // as wide as the panel gives, no wider: the chips wrap at its edge
        chips.setPrefWrapLength(1);
        linkMenu.setId("link-to-segment");
        linkMenu.setMinWidth(Region.USE_PREF_SIZE);
        linkMenu.setMnemonicParsing(false);
        linkMenu.setOnShowing(e -> fillLinkMenu());
        openAsSegment.setId("open-as-segment");
        openAsSegment.setMinWidth(Region.USE_PREF_SIZE);
        openAsSegment.setTooltip(new Tooltip(Messages.get("card.openAsSegmentTip")));
        openAsSegment.setOnAction(e -> {
            CardViewModel card = links.getCard();
            if (links.openAsSegment()) {
                navigator.showSegmentSection(card, SegmentSection.SEGMENT);
            }
        });
        FlowPane buttons = new FlowPane(6, 6, linkMenu, openAsSegment);
        buttons.setPrefWrapLength(1);
        buttons.setMinWidth(0);
        getChildren().addAll(chips, none, buttons);

        // an unlinked chip hands the focus to the next chip's x, or the previous one's, or the link menu
        rows = new KeyedRows<>(chips, SegmentLabelViewModel::id, Chip::new)
                .focusInRow(chip -> chip.remove).focusWhenEmpty(() -> linkMenu);
        links.linked().addListener((ListChangeListener<SegmentLabelViewModel>) c -> sync());
        links.cardProperty().addListener((obs, old, now) -> {
            rows.reset();
            sync();
        });
        links.canOpenAsSegmentProperty().addListener((obs, old, now) -> Forms.show(openAsSegment, now));
        Forms.show(openAsSegment, links.canOpenAsSegment());
        sync();
    }

    /** Shows the links of a card (null shows none); the same card again only refreshes. */
    public void show(CardViewModel shown) {
        links.show(shown);
    }

    /** The screen viewmodel the section shows. */
    public CardLinksViewModel viewModel() {
        return links;
    }

    private void sync() {
        rows.sync(links.linked());
        Forms.show(none, links.getCard() != null && rows.isEmpty());
    }

    private void fillLinkMenu() {
        linkMenu.getItems().clear();
        for (CardViewModel segment : links.linkable()) {
            MenuItem item = new MenuItem(segment.getText(), SegmentStyles.dot(segment.getSegment().color(), null));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> links.link(segment));
            linkMenu.getItems().add(item);
        }
        if (linkMenu.getItems().isEmpty()) {
            MenuItem empty = new MenuItem(Messages.get(links.canvasHasSegments()
                    ? "card.linkedToEverySegment" : "card.noSegmentsYet"));
            empty.setDisable(true);
            linkMenu.getItems().add(empty);
        }
    }

    /** The chip of one linked segment: its name (a link to it) and an x that unlinks it. */
    private final class Chip implements KeyedRows.Row<SegmentLabelViewModel> {
        private final HBox box;
        private final Label label;
        private final Button remove;

        Chip(SegmentLabelViewModel segment) {
            box = Chips.removable(segment.getName(), segment.getColour(),
                    Messages.get("card.unlinkFrom", segment.getName()), () -> links.unlink(segment.id()));
            // a flow pane gives a chip its preferred width, however narrow the panel: a long
            // name wraps instead, so its x stays inside the panel
            box.maxWidthProperty().bind(chips.widthProperty());
            label = (Label) box.getChildren().get(0);
            remove = (Button) box.getChildren().get(1);
            label.setId("link-chip-" + segment.id());
            SegmentStyles.onActivate(label, () -> navigator.showCard(segment.segment()));
            label.setTooltip(new Tooltip(Messages.get("card.goToSegment", segment.getName())));
            segment.nameProperty().addListener((obs, old, now) -> update(segment));
            segment.colourProperty().addListener((obs, old, now) -> update(segment));
            update(segment);
        }

        @Override
        public Node node() {
            return box;
        }

        @Override
        public void update(SegmentLabelViewModel segment) {
            if (!segment.getName().equals(label.getText())) {
                label.setText(segment.getName());
                label.getTooltip().setText(Messages.get("card.goToSegment", segment.getName()));
                remove.getTooltip().setText(Messages.get("card.unlinkFrom", segment.getName()));
                remove.setAccessibleText(remove.getTooltip().getText());
            }
            if (label.getUserData() != segment.getColour()) {
                label.setUserData(segment.getColour());
                label.setGraphic(segment.getColour() == null ? null : SegmentStyles.dot(segment.getColour(), null));
            }
        }
    }
}
