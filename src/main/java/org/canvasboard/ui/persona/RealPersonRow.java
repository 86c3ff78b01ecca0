package org.canvasboard.ui.persona;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.canvasboard.model.ContactStatus;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.ui.common.BoundText;
import org.canvasboard.ui.common.Chips;
import org.canvasboard.ui.common.Forms;
import org.canvasboard.ui.common.KeyedRows;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.viewmodel.ProjectViewModel;
import org.canvasboard.viewmodel.RealPersonViewModel;

import java.util.function.Consumer;

/**
 * One real person who fits the persona: name, how to reach them, how far the conversation got,
 * and a remove button, in that order for the keyboard. It binds to the person's row viewmodel
 * once and stays in the scene as long as the person exists.
 */
final class RealPersonRow implements KeyedRows.Row<RealPersonViewModel> {
    private final RealPersonViewModel person;
    private final VBox box = new VBox(4);
    private final TextField name = new TextField();
    private final TextField contact = new TextField();
    private final ChoiceBox<ContactStatus> status = new ChoiceBox<>();
    private final Button remove;

    RealPersonRow(ProjectViewModel project, RealPersonViewModel person, Consumer<RealPersonRow> onRemove) {
        this.person = person;
        name.setId("person-name-" + person.id());
        name.setPromptText(Messages.get("persona.person.name.prompt"));
        contact.setId("person-contact-" + person.id());
        contact.setPromptText(Messages.get("persona.person.contact.prompt"));
        BoundText.bind(name, project, person.nameProperty(), person::changeName);
        BoundText.bind(contact, project, person.contactProperty(), person::changeContact);
        status.setId("person-status-" + person.id());
        status.getItems().setAll(ContactStatus.values());
        status.setConverter(new WordedChoices<>("persona.status."));
        status.setValue(person.getStatus());
        status.valueProperty().addListener((obs, old, now) -> person.changeStatus(now));
        person.statusProperty().addListener((obs, old, now) -> status.setValue(now));
        remove = Chips.iconButton(AppIcon.CLOSE, "", () -> onRemove.accept(this));
        remove.setId("person-remove-" + person.id());
        person.nameProperty().addListener((obs, old, now) -> nameRemove());
        nameRemove();
        HBox.setHgrow(contact, Priority.ALWAYS);
        box.getChildren().addAll(name, Forms.row(contact, status, remove));
        box.getStyleClass().add("real-person");
        box.setId("person-" + person.id());
    }

    private void nameRemove() {
        String tip = person.isBlank() ? Messages.get("persona.person.removeUnnamed")
                : Messages.get("persona.person.remove", person.getName());
        remove.getTooltip().setText(tip);
        remove.setAccessibleText(tip);
    }

    String id() {
        return person.id();
    }

    TextField nameField() {
        return name;
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void update(RealPersonViewModel item) {
        // bound to its row viewmodel, which stays the same object for the same person
    }
}
