package org.canvasboard.app;

import javafx.application.Application;

/**
 * Plain entry point that does not extend Application, so the app also starts from a class path
 * (a packaged jar) where JavaFX is not on the module path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(CanvasboardApp.class, args);
    }
}
