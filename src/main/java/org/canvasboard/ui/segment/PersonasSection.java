package org.canvasboard.ui.segment;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.canvasboard.model.Persona;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.ui.common.Chips;
import org.canvasboard.ui.common.Forms;
import org.canvasboard.ui.common.KeyedRows;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.ui.common.Navigator;
import org.canvasboard.ui.common.PersonaAvatars;
import org.canvasboard.ui.common.SegmentStyles;
import org.canvasboard.viewmodel.PersonaViewModel;
import org.canvasboard.viewmodel.SegmentPanelViewModel;

/** The personas of a segment as chips (open, unlink) and the menu that links or creates one. */
final class PersonasSection extends VBox {
    private final SegmentPanelViewModel panel;
    private final FlowPane chips = new FlowPane(6, 6);
    private final KeyedRows<PersonaViewModel, Chip> rows;
    private final Label none = Forms.hint(Messages.get("segment.personas.none"));
    private final MenuButton link = new MenuButton(Messages.get("segment.personas.link"), AppIcon.LINK.node());

    PersonasSection(SegmentPanelViewModel panel, Navigator navigator) {
        super(6);
        this.panel = panel;
        rows = new KeyedRows<>(chips, PersonaViewModel::id, (PersonaViewModel p) -> new Chip(panel, navigator, p))
                .focusWhenEmpty(() -> link);
        link.setId("segment-link-persona");
        link.setOnShowing(e -> fillMenu(navigator));
        getChildren().addAll(chips, none, link);
    }

    void update() {
        rows.sync(panel.personas());
        Forms.show(none, rows.isEmpty());
    }

    void reset() {
        rows.reset();
    }

    private void fillMenu(Navigator navigator) {
        link.getItems().clear();
        for (PersonaViewModel p : panel.linkablePersonas()) {
            MenuItem item = new MenuItem(p.get().displayName(), PersonaAvatars.of(p.get(), 18));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> panel.linkPersona(p));
            link.getItems().add(item);
        }
        if (!link.getItems().isEmpty()) {
            link.getItems().add(new SeparatorMenuItem());
        }
        MenuItem create = new MenuItem(Messages.get("segment.personas.new"), AppIcon.ADD.node());
        create.setId("segment-new-persona");
        create.setOnAction(e -> navigator.showPersona(panel.newPersona()));
        link.getItems().add(create);
    }

    private static final class Chip implements KeyedRows.Row<PersonaViewModel> {
        private final Label label = new Label();
        private final Button unlink;
        private final HBox node;
        private Persona shown;

        Chip(SegmentPanelViewModel panel, Navigator navigator, PersonaViewModel persona) {
            label.getStyleClass().add("chip");
            label.setId("segment-persona-" + persona.id());
            label.setMinWidth(0);
            SegmentStyles.onActivate(label, () -> navigator.showPersona(persona));
            unlink = Chips.iconButton(AppIcon.CLOSE, "", () -> panel.unlinkPersona(persona));
            node = new HBox(0, label, unlink);
            node.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }

        @Override
        public Node node() {
            return node;
        }

        @Override
        public void update(PersonaViewModel persona) {
            Persona now = persona.get();
            if (now.equals(shown)) {
                return;
            }
            shown = now;
            label.setText(now.displayName());
            label.setGraphic(PersonaAvatars.of(now, 18));
            label.setTooltip(new Tooltip(Messages.get("segment.personas.open", now.displayName())));
            String unlinkText = Messages.get("segment.personas.unlink", now.displayName());
            unlink.getTooltip().setText(unlinkText);
            unlink.setAccessibleText(unlinkText);
        }
    }
}
