package org.canvasboard.app;

import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** TEMPORARY: window and recent-file settings until the persistence layer lands. */
public final class SettingsKeeper {
    private final List<Path> recent = new ArrayList<>();

    public SettingsKeeper(Path folder) {
    }

    static SettingsKeeper inDefaultFolder() {
        return new SettingsKeeper(Path.of(System.getProperty("user.home"), ".config", "canvasboard"));
    }

    List<Path> recentFiles() {
        return List.copyOf(recent);
    }

    List<Path> addRecentFile(Path path) {
        recent.remove(path);
        recent.add(0, path);
        return recentFiles();
    }

    Path lastFolder() {
        return recent.isEmpty() ? null : recent.get(0).getParent();
    }

    void restoreWindow(Stage stage) {
    }

    void rememberWindow(Stage stage) {
    }
}
