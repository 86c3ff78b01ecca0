package org.canvasboard.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.canvasboard.model.CanvasKind;

import java.util.Optional;

/** The small modal dialogs of the app, so the main window code stays about layout and wiring. */
final class Dialogs {
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    record NewCanvas(String name, CanvasKind kind) {
    }

    private Dialogs() {
    }

    static SaveChoice askToSave(Window owner, String projectName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Your changes will be lost if you don't save them.", save, discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to \"" + projectName + "\"?");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return SaveChoice.CANCEL;
        }
        return answer.get() == save ? SaveChoice.SAVE : SaveChoice.DISCARD;
    }

    static void error(Window owner, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Canvasboard");
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(460);
        alert.showAndWait();
    }

    static Optional<String> askName(Window owner, String title, String prompt, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.getEditor().setId("name-field");
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(prompt);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    static Optional<NewCanvas> askNewCanvas(Window owner, int canvasCount) {
        Dialog<NewCanvas> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New canvas");
        dialog.setHeaderText("Add a canvas to this project");
        TextField name = new TextField("Canvas " + (canvasCount + 1));
        name.setId("new-canvas-name");
        ChoiceBox<CanvasKind> kind = new ChoiceBox<>();
        kind.getItems().setAll(CanvasKind.values());
        kind.setValue(CanvasKind.BUSINESS_MODEL);
        kind.setId("new-canvas-kind");
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(CanvasKind k) {
                return k == null ? "" : k.displayName();
            }

            @Override
            public CanvasKind fromString(String s) {
                return null;
            }
        });
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.addRow(0, new Label("Name"), name);
        form.addRow(1, new Label("Layout"), kind);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setOnShown(e -> javafx.application.Platform.runLater(() -> {
            name.requestFocus();
            name.selectAll();
        }));
        dialog.setResultConverter(b -> b == ButtonType.OK && !name.getText().isBlank()
                ? new NewCanvas(name.getText().strip(), kind.getValue()) : null);
        return dialog.showAndWait();
    }

    static void about(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("About Canvasboard");
        alert.setHeaderText("Canvasboard " + Version.get());
        TextArea text = new TextArea(AboutText.TEXT);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(12);
        text.setId("about-text");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setPrefWidth(520);
        alert.showAndWait();
    }

    static void shortcuts(Window owner) {
        StringBuilder list = new StringBuilder();
        for (AppAction action : AppAction.values()) {
            if (!action.shortcutText().isEmpty()) {
                list.append(String.format("%-30s %s%n", action.label(), action.shortcutText()));
            }
        }
        list.append(String.format("%n%-30s %s%n", "Select card above / below", "Up / Down"));
        list.append(String.format("%-30s %s%n", "Go to previous / next block", "Left / Right"));
        list.append(String.format("%-30s %s%n", "Edit selected card", "Enter or double-click"));
        list.append(String.format("%-30s %s%n", "Finish editing / new line", "Enter / Shift+Enter"));
        list.append(String.format("%-30s %s%n", "Add to selection", "Ctrl+click"));
        list.append(String.format("%-30s %s%n", "Add card to a block", "Double-click empty space"));
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        TextArea text = new TextArea(list.toString());
        text.setEditable(false);
        text.setStyle("-fx-font-family: monospace;");
        text.setPrefRowCount(24);
        text.setPrefColumnCount(52);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }
}
