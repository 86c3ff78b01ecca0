package org.canvasboard.ui.segment;

import org.canvasboard.ui.common.SegmentStyles;
import org.canvasboard.ui.common.Navigator;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.canvasboard.model.Characteristic;
import org.canvasboard.model.Dimension;
import org.canvasboard.model.MarketType;
import org.canvasboard.model.Metric;
import org.canvasboard.model.ProfileArea;
import org.canvasboard.model.ProfileItem;
import org.canvasboard.model.PurchaseRole;
import org.canvasboard.model.RoleHolder;
import org.canvasboard.model.Segment;
import org.canvasboard.model.SegmentColor;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.ui.common.PersonaAvatars;
import org.canvasboard.ui.common.TypingFields;
import org.canvasboard.viewmodel.CardViewModel;
import org.canvasboard.viewmodel.PersonaViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;
import org.canvasboard.viewmodel.SegmentSection;
import org.canvasboard.viewmodel.SegmentViewModel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The side panel of a segment: name, colour, market type, "not our customer", description,
 * characteristics by dimension, objective group, metrics, personas, customer profile summary,
 * purchase roles and the cards linked to it. Every control edits through the segment's
 * viewmodel, so each change is one undo step (typing merges per field).
 */
public final class SegmentDetailsPane extends VBox {
    private final ProjectViewModel project;
    private final Navigator navigator;
    private final VBox form = new VBox(6);
    private final Label emptyHint = new Label();
    private final Button openAsSegment = new Button("Open as segment", AppIcon.SEGMENT.node());
    private final TextField name = new TextField();
    private final FlowPane colours = new FlowPane(6, 6);
    private final ComboBox<MarketType> marketType = new ComboBox<>();
    private final CheckBox excluded = new CheckBox("Not our customer");
    private final TextArea description = new TextArea();
    private final Map<Dimension, FlowPane> characteristicChips = new EnumMap<>(Dimension.class);
    private final TextField objectiveGroup = new TextField();
    private final VBox metrics = new VBox(4);
    private final FlowPane personas = new FlowPane(6, 6);
    private final MenuButton linkPersona = new MenuButton("Link persona", AppIcon.LINK.node());
    private final Label profileSummary = new Label();
    private final VBox roles = new VBox(8);
    private final Label rolesSummary = new Label();
    private final FlowPane linkedCards = new FlowPane(6, 6);
    private final Label personasHint = hint("No persona yet: who is one typical member of this group?");
    private final Label linkedHint = hint("No card is linked to this segment yet. Select a value proposition, "
            + "channel or revenue stream and link it on its Card tab, or from its menu (Shift+F10).");
    private final Map<SegmentSection, Node> sections = new EnumMap<>(SegmentSection.class);
    private final ScrollPane scroll;
    private final Map<String, TextField> stakeholderNames = new HashMap<>();
    private final List<TextField[]> metricFields = new ArrayList<>();
    private CardViewModel shown;
    private Segment filled;
    private Object rolesKey;
    private boolean filling;

    public SegmentDetailsPane(ProjectViewModel project, Navigator navigator) {
        this.project = project;
        this.navigator = navigator;
        setId("segment-details");
        getStyleClass().add("details-pane");
        emptyHint.getStyleClass().add("details-hint");
        emptyHint.setWrapText(true);
        openAsSegment.setId("segment-open-as-segment");
        openAsSegment.setOnAction(e -> {
            project.getCurrentCanvas().makeSegment(shown);
            refresh();
        });

        name.setId("segment-name");
        name.setPromptText("Who are they? e.g. Busy parents of toddlers");
        TypingFields.wire(name, project, this::notEditable, v -> segment().rename(v), this::refresh);
        for (SegmentColor c : SegmentColor.values()) {
            ToggleButton swatch = new ToggleButton();
            swatch.getStyleClass().add("colour-swatch");
            swatch.setStyle(SegmentStyles.background(c));
            swatch.setId("segment-colour-" + c.id());
            swatch.setUserData(c);
            swatch.setTooltip(new Tooltip(c.label()));
            swatch.setAccessibleText(c.label());
            swatch.setOnAction(e -> {
                if (!filling) {
                    segment().changeColor(c);
                }
                refresh();
            });
            colours.getChildren().add(swatch);
        }
        marketType.setId("segment-market-type");
        marketType.setItems(FXCollections.observableArrayList(MarketType.values()));
        marketType.getItems().add(0, null);
        marketType.setButtonCell(marketCell());
        marketType.setCellFactory(l -> marketCell());
        marketType.setMaxWidth(Double.MAX_VALUE);
        marketType.setMinWidth(0);
        marketType.setPrefWidth(200);
        marketType.valueProperty().addListener((obs, old, now) -> {
            if (!filling && shown != null) {
                segment().changeMarketType(now);
            }
        });
        excluded.setId("segment-excluded");
        excluded.setTooltip(new Tooltip("A group we decide not to serve; naming it sharpens who we do serve"));
        excluded.selectedProperty().addListener((obs, old, now) -> {
            if (!filling && shown != null) {
                segment().changeExcluded(now);
            }
        });
        description.setId("segment-description");
        description.setWrapText(true);
        description.setPrefRowCount(3);
        description.setPrefColumnCount(10);
        description.setPromptText("What do these people have in common? Why group them together?");
        TypingFields.wire(description, project, this::notEditable, v -> segment().changeDescription(v), this::refresh);
        objectiveGroup.setId("segment-objective-group");
        objectiveGroup.setPromptText("Optional, e.g. trial users who converted");
        TypingFields.wire(objectiveGroup, project, this::notEditable, v -> segment().changeObjectiveGroup(v), this::refresh);

        VBox characteristics = new VBox(4);
        for (Dimension d : Dimension.values()) {
            FlowPane chips = new FlowPane(4, 4);
            characteristicChips.put(d, chips);
            TextField add = new TextField();
            add.setId("add-characteristic-" + d.id());
            add.setPromptText(dimensionPrompt(d));
            add.setOnAction(e -> {
                segment().addCharacteristic(d, add.getText());
                add.clear();
            });
            Label label = new Label(d.label());
            label.getStyleClass().add("details-caption");
            characteristics.getChildren().addAll(label, chips, add);
        }

        Button addMetric = new Button("Add metric", AppIcon.ADD.node());
        addMetric.setId("add-metric");
        addMetric.setOnAction(e -> {
            segment().addMetric("", "");
            javafx.application.Platform.runLater(() -> {
                if (!metricFields.isEmpty()) {
                    metricFields.get(metricFields.size() - 1)[0].requestFocus();
                }
            });
        });
        linkPersona.setId("segment-link-persona");
        linkPersona.setOnShowing(e -> fillPersonaMenu());
        Button openProfile = new Button("Open customer profile", AppIcon.PROFILE.node());
        openProfile.setId("segment-open-profile");
        openProfile.setOnAction(e -> navigator.showProfile(shown));
        MenuButton addHolder = new MenuButton("Add role holder", AppIcon.ADD.node());
        addHolder.setId("segment-add-holder");
        addHolder.setOnShowing(e -> fillHolderMenu(addHolder));
        rolesSummary.getStyleClass().add("details-hint");
        rolesSummary.setWrapText(true);
        rolesSummary.setMinWidth(0);
        emptyHint.setMinWidth(0);
        profileSummary.getStyleClass().add("details-hint");
        Button remove = new Button("Remove segment details", AppIcon.DELETE.node());
        remove.setId("segment-remove-details");
        remove.getStyleClass().add("flat");
        remove.setTooltip(new Tooltip("Make this a plain card again (undo brings the details back)"));
        remove.setOnAction(e -> project.getCurrentCanvas().removeSegmentDetails(shown));

        form.getChildren().addAll(
                section(SegmentSection.SEGMENT, "Segment", AppIcon.SEGMENT), name, colours,
                caption("Market type"), marketType, excluded,
                caption("Description"), description,
                section(SegmentSection.CHARACTERISTICS, "Characteristics", AppIcon.TAG), characteristics,
                caption("Objective group"), objectiveGroup,
                section(SegmentSection.METRICS, "Metrics", AppIcon.METRIC), metrics, addMetric,
                section(SegmentSection.PERSONAS, "Personas", AppIcon.PERSONAS), personas, personasHint, linkPersona,
                section(SegmentSection.PROFILE, "Customer profile", AppIcon.PROFILE), profileSummary, openProfile,
                section(SegmentSection.ROLES, "Purchase roles", AppIcon.ROLES), rolesSummary, roles, addHolder,
                section(SegmentSection.LINKS, "Linked cards", AppIcon.LINK), linkedCards, linkedHint,
                new Label(), remove);
        scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(emptyHint, openAsSegment, scroll);
        setPadding(javafx.geometry.Insets.EMPTY);
        form.setPadding(new javafx.geometry.Insets(0, 12, 12, 12));

        project.selection().leadProperty().addListener((obs, old, now) -> show(now));
        project.history().revisionProperty().addListener((obs, old, now) -> refresh());
        show(project.selection().getLead());
    }

    private boolean notEditable() {
        return filling || shown == null || !shown.isSegment();
    }

    private SegmentViewModel segment() {
        return new SegmentViewModel(shown);
    }

    /** The card shown (null when the lead card is not a segment). */
    public CardViewModel shownSegment() {
        return shown != null && shown.isSegment() ? shown : null;
    }

    private void show(CardViewModel card) {
        if (card != shown) {
            project.history().breakMerge();
            shown = card;
            filled = null;
            rolesKey = null;
        }
        refresh();
    }

    /** Scrolls to a section: segment, characteristics, metrics, personas, profile, roles, links. */
    public void reveal(SegmentSection section) {
        Node target = sections.get(section);
        if (target == null) {
            return;
        }
        applyCss();
        layout();
        double contentHeight = form.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight > viewport) {
            scroll.setVvalue(Math.min(1, target.getBoundsInParent().getMinY() / (contentHeight - viewport)));
        }
    }

    private void refresh() {
        boolean isSegment = shown != null && shown.isSegment();
        boolean inSegments = shown != null && !isSegment && project.getCurrentCanvas().blockOf(shown)
                .orElse(null) == org.canvasboard.model.BlockType.CUSTOMER_SEGMENTS;
        scroll.setVisible(isSegment);
        scroll.setManaged(isSegment);
        emptyHint.setVisible(!isSegment);
        emptyHint.setManaged(!isSegment);
        openAsSegment.setVisible(inSegments);
        openAsSegment.setManaged(inSegments);
        emptyHint.setText(shown == null ? "Select a segment card in Customer Segments to see what the team knows about "
                + "that group: personas, customer profile, purchase roles and linked cards."
                : inSegments ? "\u201c" + shown.getText() + "\u201d is a plain card. Open it as a segment to describe the "
                + "group: characteristics, personas, jobs, pains and gains, and who buys, pays and uses."
                : "This card is not a segment. Link it to the segments it serves on the Card tab.");
        if (!isSegment) {
            return;
        }
        Segment s = shown.getSegment();
        filling = true;
        try {
            TypingFields.setIfChanged(name, shown.getText());
            colours.getChildren().forEach(n -> ((ToggleButton) n).setSelected(n.getUserData() == s.color()));
            if (marketType.getValue() != s.marketType()) {
                marketType.setValue(s.marketType());
            }
            excluded.setSelected(s.excluded());
            TypingFields.setIfChanged(description, s.description());
            TypingFields.setIfChanged(objectiveGroup, s.objectiveGroup());
            if (filled == null || !filled.characteristics().equals(s.characteristics())) {
                fillCharacteristics(s);
            }
            fillMetrics(s);
            if (filled == null || !filled.personaIds().equals(s.personaIds())) {
                fillPersonas(s);
            }
            profileSummary.setText(count(s.profile().jobs().size(), "job") + " \u00b7 "
                    + count(s.profile().pains().size(), "pain") + " \u00b7 " + count(s.profile().gains().size(), "gain"));
            fillRoles(s);
            fillLinkedCards();
            filled = s;
        } finally {
            filling = false;
        }
    }

    private void fillCharacteristics(Segment s) {
        for (Dimension d : Dimension.values()) {
            FlowPane chips = characteristicChips.get(d);
            chips.getChildren().clear();
            for (Characteristic c : s.characteristics()) {
                if (c.dimension() == d) {
                    chips.getChildren().add(removableChip(c.text(), null, "Remove " + c.text(),
                            () -> segment().removeCharacteristic(c)));
                }
            }
        }
    }

    private void fillMetrics(Segment s) {
        List<Metric> list = s.metrics();
        if (metricFields.size() != list.size()) {
            metrics.getChildren().clear();
            metricFields.clear();
            for (int i = 0; i < list.size(); i++) {
                int index = i;
                TextField metricName = new TextField();
                metricName.setPromptText("Name, e.g. size");
                metricName.setId("metric-name-" + i);
                TextField value = new TextField();
                value.setPromptText("Value");
                value.setId("metric-value-" + i);
                value.setPrefColumnCount(7);
                TypingFields.wire(metricName, project, this::notEditable,
                        v -> segment().changeMetric(index, v, value.getText()), this::refresh);
                TypingFields.wire(value, project, this::notEditable,
                        v -> segment().changeMetric(index, metricName.getText(), v), this::refresh);
                Button remove = iconButton(AppIcon.CLOSE, "Remove metric", () -> segment().removeMetric(index));
                HBox.setHgrow(metricName, Priority.ALWAYS);
                HBox row = new HBox(4, metricName, value, remove);
                row.setAlignment(Pos.CENTER_LEFT);
                metrics.getChildren().add(row);
                metricFields.add(new TextField[] {metricName, value});
            }
        }
        for (int i = 0; i < list.size(); i++) {
            TypingFields.setIfChanged(metricFields.get(i)[0], list.get(i).name());
            TypingFields.setIfChanged(metricFields.get(i)[1], list.get(i).value());
        }
    }

    private void fillPersonas(Segment s) {
        personas.getChildren().clear();
        for (String id : s.personaIds()) {
            project.persona(id).ifPresent(p -> {
                Label chip = new Label(p.get().displayName(), PersonaAvatars.of(p.get(), 18));
                chip.getStyleClass().add("chip");
                chip.setId("segment-persona-" + id);
                SegmentStyles.onActivate(chip, () -> navigator.showPersona(p));
                chip.setTooltip(new Tooltip("Open " + p.get().displayName() + " in the persona gallery"));
                Button remove = iconButton(AppIcon.CLOSE, "Unlink " + p.get().displayName(),
                        () -> segment().unlinkPersona(p));
                HBox box = new HBox(0, chip, remove);
                box.setAlignment(Pos.CENTER_LEFT);
                personas.getChildren().add(box);
            });
        }
        show(personasHint, personas.getChildren().isEmpty());
    }

    private void fillPersonaMenu() {
        linkPersona.getItems().clear();
        for (PersonaViewModel p : project.personas()) {
            if (!segment().hasPersona(p)) {
                MenuItem item = new MenuItem(p.get().displayName(), PersonaAvatars.of(p.get(), 18));
                item.setMnemonicParsing(false);
                item.setOnAction(e -> segment().linkPersona(p));
                linkPersona.getItems().add(item);
            }
        }
        if (!linkPersona.getItems().isEmpty()) {
            linkPersona.getItems().add(new SeparatorMenuItem());
        }
        MenuItem create = new MenuItem("New persona for this segment", AppIcon.ADD.node());
        create.setId("segment-new-persona");
        create.setOnAction(e -> {
            CardViewModel segmentCard = shown;
            PersonaViewModel p = project.history().compound("Add persona", () -> {
                PersonaViewModel created = project.addPersona("");
                new SegmentViewModel(segmentCard).linkPersona(created);
                return created;
            });
            navigator.showPersona(p);
        });
        linkPersona.getItems().add(create);
    }

    private void fillRoles(Segment s) {
        List<Object> key = new ArrayList<>();
        s.roles().forEach(h -> key.add(List.of(h.id(), Objects.toString(h.personaId()), h.roles(), h.pains(), h.gains())));
        project.personas().forEach(p -> key.add(p.get().displayName()));
        rolesSummary.setText(rolesText(s));
        if (key.equals(rolesKey)) {
            s.roles().forEach(h -> {
                TextField field = stakeholderNames.get(h.id());
                if (field != null) {
                    TypingFields.setIfChanged(field, h.name());
                }
            });
            return;
        }
        rolesKey = key;
        roles.getChildren().clear();
        stakeholderNames.clear();
        for (RoleHolder h : s.roles()) {
            roles.getChildren().add(holderRow(h));
        }
    }

    private Node holderRow(RoleHolder h) {
        Node who;
        if (h.personaId() != null) {
            PersonaViewModel p = project.persona(h.personaId()).orElse(null);
            Label chip = new Label(p == null ? "Unknown persona" : p.get().displayName(),
                    p == null ? AppIcon.PERSONA.node() : PersonaAvatars.of(p.get(), 18));
            chip.getStyleClass().add("chip");
            if (p != null) {
                SegmentStyles.onActivate(chip, () -> navigator.showPersona(p));
            }
            who = chip;
        } else {
            TextField field = new TextField(h.name());
            field.setPromptText("Who? e.g. Parents, purchasing officer");
            field.setId("holder-name-" + h.id());
            TypingFields.wire(field, project, this::notEditable, v -> segment().renameStakeholder(h.id(), v), this::refresh);
            stakeholderNames.put(h.id(), field);
            who = field;
        }
        HBox.setHgrow(who, Priority.ALWAYS);
        Button remove = iconButton(AppIcon.CLOSE, "Remove this role holder", () -> segment().removeRoleHolder(h.id()));
        HBox top = new HBox(6, who, remove);
        top.setAlignment(Pos.CENTER_LEFT);
        FlowPane toggles = new FlowPane(4, 4);
        for (PurchaseRole role : PurchaseRole.values()) {
            ToggleButton t = new ToggleButton(role.label());
            t.getStyleClass().add("small");
            t.setId("role-" + h.id() + "-" + role.id());
            t.setSelected(h.holds(role));
            t.setTooltip(new Tooltip(roleMeaning(role)));
            t.setOnAction(e -> segment().toggleRole(h.id(), role));
            toggles.getChildren().add(t);
        }
        VBox own = new VBox(4, holderItems(h, ProfileArea.PAINS), holderItems(h, ProfileArea.GAINS));
        VBox box = new VBox(4, top, toggles, own);
        box.getStyleClass().add("holder-row");
        box.setId("holder-" + h.id());
        return box;
    }

    private Node holderItems(RoleHolder h, ProfileArea area) {
        FlowPane chips = new FlowPane(4, 4);
        List<ProfileItem> items = area == ProfileArea.PAINS ? h.pains() : h.gains();
        for (ProfileItem item : items) {
            chips.getChildren().add(removableChip(item.text(), null, "Remove",
                    () -> segment().removeHolderItem(h.id(), area, item.id())));
        }
        TextField add = new TextField();
        add.setPromptText(area == ProfileArea.PAINS ? "A pain of this role (Enter to add)" : "A gain of this role (Enter to add)");
        add.setId("holder-" + area.id() + "-" + h.id());
        add.setOnAction(e -> {
            if (!add.getText().isBlank()) {
                segment().addHolderItem(h.id(), area, add.getText());
            }
        });
        return new VBox(2, chips, add);
    }

    private void fillHolderMenu(MenuButton menu) {
        menu.getItems().clear();
        for (PersonaViewModel p : project.personas()) {
            MenuItem item = new MenuItem(p.get().displayName(), PersonaAvatars.of(p.get(), 18));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> segment().assignRoles(p, List.of()));
            menu.getItems().add(item);
        }
        if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        MenuItem stakeholder = new MenuItem("Someone who is not a persona", AppIcon.PERSONA.node());
        stakeholder.setId("add-stakeholder");
        stakeholder.setOnAction(e -> {
            RoleHolder h = segment().assignRoles("", List.of());
            javafx.application.Platform.runLater(() -> {
                TextField field = stakeholderNames.get(h.id());
                if (field != null) {
                    field.requestFocus();
                }
            });
        });
        menu.getItems().add(stakeholder);
    }

    private String rolesText(Segment s) {
        List<String> missing = new ArrayList<>();
        for (PurchaseRole r : List.of(PurchaseRole.BUYER, PurchaseRole.PAYER, PurchaseRole.USER)) {
            if (!s.hasRole(r)) {
                missing.add(r.label().toLowerCase(java.util.Locale.ROOT));
            }
        }
        String base = "Who uses it, who buys, who pays? One person may hold several roles.";
        return missing.isEmpty() ? base : base + " Not named yet: " + String.join(", ", missing) + ".";
    }

    private void fillLinkedCards() {
        linkedCards.getChildren().clear();
        for (CardViewModel card : project.getCurrentCanvas().linkedTo(shown)) {
            String where = project.getCurrentCanvas().blockOf(card).map(b -> b.title()).orElse("");
            Label chip = new Label(card.getText().isBlank() ? "Empty card" : card.getText());
            chip.getStyleClass().add("chip");
            chip.setMaxWidth(300);
            chip.setTooltip(new Tooltip(where + ": " + card.getText()));
            chip.setId("linked-card-" + card.id());
            SegmentStyles.onActivate(chip, () -> navigator.showCard(card));
            linkedCards.getChildren().add(chip);
        }
        show(linkedHint, linkedCards.getChildren().isEmpty());
    }

    // --- small pieces ---

    /** A wrapping hint; kept out of flow panes, which would lay it out on one long line. */
    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("details-hint");
        label.setWrapText(true);
        label.setMinWidth(0);
        return label;
    }

    private static void show(Node node, boolean on) {
        node.setVisible(on);
        node.setManaged(on);
    }

    private Node section(SegmentSection key, String text, AppIcon icon) {
        Label label = new Label(text, icon.node());
        label.getStyleClass().add("section-title");
        sections.put(key, label);
        return label;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("details-caption");
        return label;
    }

    static Node removableChip(String text, SegmentColor colour, String removeTip, Runnable remove) {
        Label chip = SegmentStyles.chip(text, colour);
        chip.setWrapText(true);
        chip.setMaxWidth(280);
        chip.setContentDisplay(ContentDisplay.LEFT);
        Button x = iconButton(AppIcon.CLOSE, removeTip, remove);
        HBox box = new HBox(0, chip, x);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    static Button iconButton(AppIcon icon, String tooltip, Runnable action) {
        Button b = new Button(null, icon.node());
        b.getStyleClass().addAll("flat", "button-icon");
        b.setTooltip(new Tooltip(tooltip));
        b.setAccessibleText(tooltip);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static ListCell<MarketType> marketCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(MarketType item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? "Not chosen yet" : item.label() + " \u2014 " + marketMeaning(item));
            }
        };
    }

    static String marketMeaning(MarketType type) {
        return switch (type) {
            case MASS -> "many people with much the same needs";
            case NICHE -> "a small group with very particular needs";
            case SEGMENTED -> "related groups whose needs differ a little";
            case DIVERSIFIED -> "groups with nothing much in common";
            case MULTI_SIDED -> "groups that need each other to get value";
        };
    }

    static String roleMeaning(PurchaseRole role) {
        return switch (role) {
            case USER -> "Uses the offering and gets its benefit";
            case INFLUENCER -> "Sways the choice without using it";
            case RECOMMENDER -> "Gives the advice that can win or lose the sale";
            case BUYER -> "Carries out the purchase";
            case PAYER -> "Provides the money";
            case DECISION_MAKER -> "Can approve, stop or steer the purchase";
        };
    }

    private static String dimensionPrompt(Dimension d) {
        return switch (d) {
            case DEMOGRAPHIC -> "Age, family, income\u2026 (Enter to add)";
            case GEOGRAPHIC -> "Where they live or work\u2026 (Enter to add)";
            case PSYCHOGRAPHIC -> "Attitudes, lifestyle, values\u2026 (Enter to add)";
            case BEHAVIORAL -> "Habits, routines, how often\u2026 (Enter to add)";
        };
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
