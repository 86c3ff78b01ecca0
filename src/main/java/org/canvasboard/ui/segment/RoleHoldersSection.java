package org.canvasboard.ui.segment;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.VBox;
import org.canvasboard.model.PurchaseRole;
import org.canvasboard.model.RoleHolder;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.ui.common.Forms;
import org.canvasboard.ui.common.KeyedRows;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.ui.common.Navigator;
import org.canvasboard.ui.common.PersonaAvatars;
import org.canvasboard.ui.common.Scrolling;
import org.canvasboard.viewmodel.PersonaViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;
import org.canvasboard.viewmodel.SegmentPanelViewModel;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The purchase roles of a segment: which of buyer, payer and user nobody holds yet, a row per
 * role holder, and the menu that adds a persona or someone else. A new holder's row scrolls into
 * view with the caret in its first field.
 */
final class RoleHoldersSection extends VBox {
    private final SegmentPanelViewModel panel;
    private final Label summary = Forms.hint("");
    private final VBox holders = new VBox(8);
    private final KeyedRows<RoleHolder, RoleHolderRow> rows;
    private final MenuButton add = new MenuButton(Messages.get("segment.roles.add"), AppIcon.ADD.node());

    RoleHoldersSection(SegmentPanelViewModel panel, ProjectViewModel project, Navigator navigator,
                       Supplier<ScrollPane> scroll) {
        super(6);
        this.panel = panel;
        holders.setId("segment-role-holders");
        rows = new KeyedRows<>(holders, RoleHolder::id, h -> new RoleHolderRow(panel, project, navigator, h));
        rows.focusWhenEmpty(() -> add).onAdded(row -> Platform.runLater(() -> {
            Scrolling.intoView(scroll.get(), row.node());
            row.firstField().requestFocus();
        }));
        add.setId("segment-add-holder");
        add.setOnShowing(e -> fillMenu());
        getChildren().addAll(summary, holders, add);
    }

    void update() {
        List<PurchaseRole> missing = panel.missingRolesProperty().get();
        summary.setText(missing.isEmpty() ? Messages.get("segment.roles.summary")
                : Messages.get("segment.roles.missing", String.join(", ",
                missing.stream().map(r -> r.label().toLowerCase(Locale.ROOT)).toList())));
        rows.sync(panel.holders());
    }

    void reset() {
        rows.reset();
    }

    private void fillMenu() {
        add.getItems().clear();
        for (PersonaViewModel p : panel.allPersonas()) {
            MenuItem item = new MenuItem(p.get().displayName(), PersonaAvatars.of(p.get(), 18));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> panel.addHolder(p));
            add.getItems().add(item);
        }
        if (!add.getItems().isEmpty()) {
            add.getItems().add(new SeparatorMenuItem());
        }
        MenuItem stakeholder = new MenuItem(Messages.get("segment.roles.stakeholder"), AppIcon.PERSONA.node());
        stakeholder.setId("add-stakeholder");
        stakeholder.setOnAction(e -> panel.addStakeholder());
        add.getItems().add(stakeholder);
    }
}
