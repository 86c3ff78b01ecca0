package org.canvasboard.ui.segment;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.canvasboard.model.ProfileArea;
import org.canvasboard.model.ProfileItem;
import org.canvasboard.model.PurchaseRole;
import org.canvasboard.model.RoleHolder;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.ui.common.Chips;
import org.canvasboard.ui.common.Forms;
import org.canvasboard.ui.common.KeyedRows;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.ui.common.Navigator;
import org.canvasboard.ui.common.PersonaAvatars;
import org.canvasboard.ui.common.SegmentStyles;
import org.canvasboard.ui.common.TypingFields;
import org.canvasboard.viewmodel.PersonaViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;
import org.canvasboard.viewmodel.SegmentPanelViewModel;

import java.util.EnumMap;
import java.util.Map;

/**
 * One holder of purchase roles: who (a persona's chip, or a name for someone who is not a
 * persona), a toggle per role, and the pains and gains of their own. Updated in place, so a
 * toggle, a typed name or an added pain keeps the focus where the user left it.
 */
final class RoleHolderRow implements KeyedRows.Row<RoleHolder> {
    private final SegmentPanelViewModel panel;
    private final String holderId;
    private final VBox node = new VBox(4);
    private final TextField name;
    private final Label persona;
    private final Map<PurchaseRole, ToggleButton> toggles = new EnumMap<>(PurchaseRole.class);
    private final Map<ProfileArea, KeyedRows<ProfileItem, ItemChip>> items = new EnumMap<>(ProfileArea.class);
    private final Map<ProfileArea, TextField> addFields = new EnumMap<>(ProfileArea.class);

    RoleHolderRow(SegmentPanelViewModel panel, ProjectViewModel project, Navigator navigator, RoleHolder holder) {
        this.panel = panel;
        this.holderId = holder.id();
        Node who;
        if (holder.personaId() != null) {
            name = null;
            persona = new Label();
            persona.getStyleClass().add("chip");
            persona.setMinWidth(0);
            SegmentStyles.onActivate(persona, () -> panel.personaOf(currentHolder()).ifPresent(navigator::showPersona));
            who = persona;
        } else {
            persona = null;
            name = new TextField(holder.name());
            name.setPromptText(Messages.get("segment.roles.holderName.prompt"));
            name.setId("holder-name-" + holderId);
            name.setMinWidth(0);
            TypingFields.wire(name, project, () -> !panel.editable(), v -> panel.renameStakeholder(holderId, v),
                    () -> update(currentHolder()));
            who = name;
        }
        HBox.setHgrow(who, Priority.ALWAYS);
        HBox top = Forms.row(who, Chips.iconButton(AppIcon.CLOSE, Messages.get("segment.roles.removeHolder"),
                () -> panel.removeHolder(holderId)));
        FlowPane roleToggles = new FlowPane(4, 4);
        for (PurchaseRole role : PurchaseRole.values()) {
            ToggleButton t = new ToggleButton(role.label());
            t.getStyleClass().add("small");
            t.setId("role-" + holderId + "-" + role.id());
            t.setTooltip(new Tooltip(SegmentWords.roleMeaning(role)));
            t.setOnAction(e -> {
                panel.toggleRole(holderId, role);
                update(currentHolder());
            });
            toggles.put(role, t);
            roleToggles.getChildren().add(t);
        }
        node.getChildren().addAll(top, roleToggles, ownItems(ProfileArea.PAINS), ownItems(ProfileArea.GAINS));
        node.getStyleClass().add("holder-row");
        node.setId("holder-" + holderId);
    }

    private Node ownItems(ProfileArea area) {
        FlowPane chips = new FlowPane(4, 4);
        TextField add = new TextField();
        items.put(area, new KeyedRows<>(chips, ProfileItem::id, (ProfileItem i) -> new ItemChip(panel, holderId, area, i))
                .focusWhenEmpty(() -> add));
        add.setPromptText(Messages.get(area == ProfileArea.PAINS ? "segment.roles.pain.prompt" : "segment.roles.gain.prompt"));
        add.setId("holder-" + area.id() + "-" + holderId);
        add.setMinWidth(0);
        add.setOnAction(e -> {
            if (panel.addHolderItem(holderId, area, add.getText())) {
                add.clear();
            }
        });
        addFields.put(area, add);
        return new VBox(2, chips, add);
    }

    private RoleHolder currentHolder() {
        return panel.holders().stream().filter(h -> h.id().equals(holderId)).findFirst().orElse(null);
    }

    /** The field that takes the caret when this row is new: the name, else the pain field. */
    Node firstField() {
        return name != null ? name : addFields.get(ProfileArea.PAINS);
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void update(RoleHolder holder) {
        if (holder == null) {
            return;
        }
        if (name != null) {
            TypingFields.setIfChanged(name, holder.name());
        } else {
            PersonaViewModel p = panel.personaOf(holder).orElse(null);
            String text = p == null ? Messages.get("segment.roles.unknownPersona") : p.get().displayName();
            if (!text.equals(persona.getText()) || persona.getGraphic() == null) {
                persona.setText(text);
                persona.setGraphic(p == null ? AppIcon.PERSONA.node() : PersonaAvatars.of(p.get(), 18));
            }
        }
        toggles.forEach((role, t) -> {
            if (t.isSelected() != holder.holds(role)) {
                t.setSelected(holder.holds(role));
            }
        });
        items.get(ProfileArea.PAINS).sync(holder.pains());
        items.get(ProfileArea.GAINS).sync(holder.gains());
    }

    private static final class ItemChip implements KeyedRows.Row<ProfileItem> {
        private final HBox node;
        private final Label text;

        ItemChip(SegmentPanelViewModel panel, String holderId, ProfileArea area, ProfileItem item) {
            node = Chips.removable(item.text(), null, Messages.get("segment.removeItem", item.text()),
                    () -> panel.removeHolderItem(holderId, area, item.id()));
            text = (Label) node.getChildren().get(0);
        }

        @Override
        public Node node() {
            return node;
        }

        @Override
        public void update(ProfileItem item) {
            if (!item.text().equals(text.getText())) {
                text.setText(item.text());
            }
        }
    }
}
