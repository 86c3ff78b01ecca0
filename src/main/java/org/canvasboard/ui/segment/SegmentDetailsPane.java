package org.canvasboard.ui.segment;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.ui.common.Forms;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.ui.common.Navigator;
import org.canvasboard.ui.common.Scrolling;
import org.canvasboard.viewmodel.CardViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;
import org.canvasboard.viewmodel.SegmentPanelViewModel;
import org.canvasboard.viewmodel.SegmentPanelViewModel.Mode;
import org.canvasboard.viewmodel.SegmentSection;

import java.util.EnumMap;
import java.util.Map;

/**
 * The side panel of a segment, read top to bottom like its sections: the segment itself,
 * characteristics, metrics, personas, customer profile, purchase roles and linked cards. It binds
 * to a {@link SegmentPanelViewModel}; every refresh updates fields and rows in place, so the
 * field a user types in is never replaced and keeps its caret and focus.
 */
public final class SegmentDetailsPane extends VBox {
    private final SegmentPanelViewModel panel;
    private final Label emptyHint = Forms.hint("");
    private final Button openAsSegment = new Button(Messages.get("segment.openAsSegment"), AppIcon.SEGMENT.node());
    private final VBox form = new VBox(6);
    private final ScrollPane scroll = new ScrollPane(form);
    private final Map<SegmentSection, Node> sections = new EnumMap<>(SegmentSection.class);
    private final SegmentBasics basics;
    private final CharacteristicsSection characteristics;
    private final MetricsSection metrics;
    private final PersonasSection personas;
    private final Label profileSummary = Forms.hint("");
    private final RoleHoldersSection roles;
    private final LinkedCardsSection links;
    private CardViewModel shown;

    public SegmentDetailsPane(ProjectViewModel project, Navigator navigator) {
        this.panel = new SegmentPanelViewModel(project);
        setId("segment-details");
        getStyleClass().add("details-pane");
        emptyHint.getStyleClass().add("details-hint");
        openAsSegment.setId("segment-open-as-segment");
        openAsSegment.setOnAction(e -> panel.openAsSegment());

        basics = new SegmentBasics(panel, project);
        characteristics = new CharacteristicsSection(panel);
        metrics = new MetricsSection(panel, project, () -> scroll);
        personas = new PersonasSection(panel, navigator);
        roles = new RoleHoldersSection(panel, project, navigator, () -> scroll);
        links = new LinkedCardsSection(panel, navigator);
        Button openProfile = new Button(Messages.get("segment.profile.open"), AppIcon.PROFILE.node());
        openProfile.setId("segment-open-profile");
        openProfile.setOnAction(e -> navigator.showProfile(panel.getCard()));
        Button remove = new Button(Messages.get("segment.removeDetails"), AppIcon.DELETE.node());
        remove.setId("segment-remove-details");
        remove.getStyleClass().add("flat");
        remove.setTooltip(new Tooltip(Messages.get("segment.removeDetails.tip")));
        remove.setOnAction(e -> panel.removeDetails());

        section(SegmentSection.SEGMENT, "segment.section.segment", AppIcon.SEGMENT);
        form.getChildren().addAll(basics.top());
        section(SegmentSection.CHARACTERISTICS, "segment.section.characteristics", AppIcon.TAG);
        form.getChildren().add(characteristics);
        form.getChildren().addAll(basics.objectiveGroup());
        section(SegmentSection.METRICS, "segment.section.metrics", AppIcon.METRIC);
        form.getChildren().add(metrics);
        section(SegmentSection.PERSONAS, "segment.section.personas", AppIcon.PERSONAS);
        form.getChildren().add(personas);
        section(SegmentSection.PROFILE, "segment.section.profile", AppIcon.PROFILE);
        form.getChildren().addAll(profileSummary, openProfile);
        section(SegmentSection.ROLES, "segment.section.roles", AppIcon.ROLES);
        form.getChildren().add(roles);
        section(SegmentSection.LINKS, "segment.section.links", AppIcon.LINK);
        form.getChildren().addAll(links, new Label(), remove);
        form.setPadding(new Insets(0, 12, 12, 12));
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(emptyHint, openAsSegment, scroll);

        panel.refreshesProperty().addListener((obs, old, now) -> update());
        update();
    }

    private void section(SegmentSection key, String words, AppIcon icon) {
        Label title = Forms.sectionTitle(Messages.get(words), icon);
        sections.put(key, title);
        form.getChildren().add(title);
    }

    /** The panel's viewmodel (tests and the window read its state). */
    public SegmentPanelViewModel viewModel() {
        return panel;
    }

    /** The card shown (null when the lead card is not a segment). */
    public CardViewModel shownSegment() {
        return panel.getMode() == Mode.SEGMENT ? panel.getCard() : null;
    }

    /** Scrolls so a section's title stands at the top. */
    public void reveal(SegmentSection section) {
        Node target = sections.get(section);
        if (target != null) {
            Scrolling.toTop(scroll, target);
        }
    }

    private void update() {
        Mode mode = panel.getMode();
        boolean isSegment = mode == Mode.SEGMENT;
        Forms.show(scroll, isSegment);
        Forms.show(emptyHint, !isSegment);
        Forms.show(openAsSegment, mode == Mode.PLAIN_SEGMENT_CARD);
        emptyHint.setText(switch (mode) {
            case NOTHING_SELECTED -> Messages.get("segment.nothingSelected");
            case PLAIN_SEGMENT_CARD -> Messages.get("segment.plainCard", panel.cardText());
            case NOT_A_SEGMENT -> Messages.get("segment.notASegment");
            case SEGMENT -> "";
        });
        if (!isSegment) {
            return;
        }
        if (panel.getCard() != shown) {
            shown = panel.getCard();
            characteristics.reset();
            metrics.reset();
            personas.reset();
            roles.reset();
            links.reset();
            scroll.setVvalue(0);
        }
        basics.update();
        characteristics.update();
        metrics.update();
        personas.update();
        int[] counts = panel.profileCounts();
        profileSummary.setText(Messages.get("segment.profile.counts", counts[0], counts[1], counts[2]));
        roles.update();
        links.update();
    }
}
