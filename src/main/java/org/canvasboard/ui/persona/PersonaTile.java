package org.canvasboard.ui.persona;

import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.canvasboard.model.Persona;
import org.canvasboard.ui.common.Forms;
import org.canvasboard.ui.common.KeyedRows;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.ui.common.Navigator;
import org.canvasboard.ui.common.PersonaAvatars;
import org.canvasboard.viewmodel.LinkedSegment;
import org.canvasboard.viewmodel.PersonaTileViewModel;
import org.canvasboard.viewmodel.PersonaViewModel;

import java.util.function.Consumer;

/**
 * One persona in the gallery: avatar, name, headline, quote and the segments it tells. It
 * follows its tile viewmodel in place; a click, Enter or Space selects it for editing.
 */
final class PersonaTile implements KeyedRows.Row<PersonaTileViewModel> {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final VBox tile = new VBox(6);
    private final HBox top = new HBox(10);
    private final Label name = new Label();
    private final Label headline = new Label();
    private final Label quote = new Label();
    private final FlowPane chips = new FlowPane(4, 4);
    private Persona drawn;

    PersonaTile(PersonaTileViewModel vm, Navigator navigator, Consumer<PersonaViewModel> select) {
        name.getStyleClass().add("persona-name");
        headline.getStyleClass().add("persona-headline");
        quote.getStyleClass().add("persona-quote");
        top.setAlignment(Pos.CENTER_LEFT);
        top.getChildren().addAll(new Label(), new VBox(2, name, headline));
        tile.getChildren().addAll(top, quote, chips);
        tile.getStyleClass().add("persona-tile");
        tile.setId("persona-tile-" + vm.id());
        tile.setPrefWidth(280);
        tile.setFocusTraversable(true);
        tile.setOnMouseClicked(e -> select.accept(vm.persona()));
        tile.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                select.accept(vm.persona());
            }
        });
        KeyedRows<LinkedSegment, SegmentChip> segmentChips =
                new KeyedRows<>(chips, LinkedSegment::card, s -> SegmentChip.link(s, navigator));
        vm.segments().addListener((ListChangeListener<LinkedSegment>) c -> segmentChips.sync(vm.segments()));
        segmentChips.sync(vm.segments());
        vm.personaProperty().addListener((obs, old, now) -> show(now));
        vm.selectedProperty().addListener((obs, old, now) -> tile.pseudoClassStateChanged(SELECTED, now));
        tile.pseudoClassStateChanged(SELECTED, vm.isSelected());
        show(vm.personaProperty().get());
    }

    /** The name a persona goes by: its name, else its headline, else a placeholder. */
    static String shownName(Persona p) {
        return !p.name().isBlank() ? p.name() : !p.headline().isBlank() ? p.headline() : Messages.get("persona.unnamed");
    }

    private void show(Persona p) {
        if (drawn == null || !drawn.icon().equals(p.icon()) || !drawn.imagePng().equals(p.imagePng())) {
            top.getChildren().set(0, PersonaAvatars.of(p, 56));
        }
        drawn = p;
        setIfChanged(name, shownName(p));
        setIfChanged(headline, p.headline());
        setIfChanged(quote, p.quote().isBlank() ? "" : Messages.get("persona.tile.quote", p.quote()));
        Forms.show(quote, !p.quote().isBlank());
        tile.setAccessibleText(Messages.get("persona.tile.accessible", shownName(p)));
    }

    private static void setIfChanged(Label label, String text) {
        if (!label.getText().equals(text)) {
            label.setText(text);
        }
    }

    @Override
    public Node node() {
        return tile;
    }

    @Override
    public void update(PersonaTileViewModel item) {
        // the tile follows its viewmodel's properties; the same viewmodel stands for the same persona
    }
}
