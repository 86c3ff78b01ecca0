package org.canvasboard.app;

import atlantafx.base.controls.CustomTextField;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.viewmodel.ProjectViewModel;

/**
 * The Find box of the toolbar: it edits the project's search; Enter steps to the next match
 * (Shift+Enter the previous), Escape clears it and gives the keyboard back to the canvas.
 */
final class SearchBar {
    private final CustomTextField field = new CustomTextField();
    private ProjectViewModel project;

    /** {@code backToCanvas} gives the keyboard to the canvas shown. */
    SearchBar(Runnable backToCanvas) {
        field.setPromptText(Messages.get("window.search.prompt"));
        field.setId("search");
        field.setPrefColumnCount(22);
        field.setLeft(AppIcon.SEARCH.node());
        Button clear = new Button(null, AppIcon.CLOSE.node());
        clear.getStyleClass().addAll("flat", "button-icon");
        clear.setFocusTraversable(false);
        clear.setTooltip(new Tooltip(Messages.get("window.search.clear")));
        clear.setOnAction(e -> field.clear());
        clear.visibleProperty().bind(field.textProperty().isNotEmpty());
        field.setRight(clear);
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                // Enter steps to the next match (Shift+Enter the previous), which the canvas shows
                project.selectMatch(!e.isShiftDown());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                field.clear();
                backToCanvas.run();
            }
        });
    }

    CustomTextField node() {
        return field;
    }

    /** Edits the search of another project from now on, starting empty. */
    void follow(ProjectViewModel next) {
        if (project != null) {
            field.textProperty().unbindBidirectional(project.searchQueryProperty());
        }
        project = next;
        field.setText("");
        field.textProperty().bindBidirectional(next.searchQueryProperty());
    }

    /** Takes the keyboard with the whole query selected (Ctrl+F). */
    void focus() {
        field.requestFocus();
        field.selectAll();
    }
}
