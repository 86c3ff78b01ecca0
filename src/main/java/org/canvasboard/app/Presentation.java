package org.canvasboard.app;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.canvasboard.ui.present.PresentationView;
import org.canvasboard.viewmodel.ProjectViewModel;

import java.util.List;

/**
 * Opens the presentation of the shown canvas full screen. With a second screen it goes there and
 * the editor stays on the laptop; both show the same project, so edits appear on both at once.
 */
final class Presentation {
    private final Stage owner;
    private Stage stage;
    private PresentationView view;

    Presentation(Stage owner) {
        this.owner = owner;
    }

    boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    PresentationView view() {
        return view;
    }

    void start(ProjectViewModel project, String stylesheet) {
        if (isShowing()) {
            stage.toFront();
            return;
        }
        Screen screen = target();
        Rectangle2D bounds = screen.getBounds();
        stage = new Stage(StageStyle.UNDECORATED);
        stage.setTitle(project.getCurrentCanvas().getName() + " \u2014 Canvasboard presentation");
        stage.getIcons().setAll(owner.getIcons());
        view = new PresentationView(project, bounds.getHeight(), this::stop);
        Scene scene = new Scene(view, bounds.getWidth(), bounds.getHeight());
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreen(true);
        stage.setOnHidden(e -> {
            view.canvasView().dispose();
            view = null;
            owner.requestFocus();
        });
        stage.show();
        view.canvasView().requestFocus();
    }

    void stop() {
        if (stage != null) {
            stage.close();
            stage = null;
        }
    }

    /** The screen for the room: one the editor is not on, when there is one. */
    private Screen target() {
        List<Screen> screens = Screen.getScreens();
        if (screens.size() > 1) {
            double cx = owner.getX() + owner.getWidth() / 2;
            double cy = owner.getY() + owner.getHeight() / 2;
            for (Screen s : screens) {
                if (!s.getBounds().contains(cx, cy)) {
                    return s;
                }
            }
        }
        return Screen.getPrimary();
    }
}
