package org.canvasboard.app;

import javafx.application.Application;

/**
 * Entry point. {@code canvasboard check FILE...} validates project files and {@code canvasboard
 * export ...} writes exports, both without opening a window (for scripts and version-control
 * hooks); anything else starts the editor. This class
 * does not extend Application, so it also starts from a plain class path (a packaged jar).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // exports draw with Java2D, which needs no window system; AWT must never start one beside JavaFX
        System.setProperty("java.awt.headless", "true");
        if (args.length > 0 && CommandLine.isCommand(args[0])) {
            System.exit(CommandLine.run(args, System.out, System.err));
        }
        InitialProject.readEarly(java.util.Arrays.asList(args));
        Application.launch(CanvasboardApp.class, args);
    }
}
