package org.canvasboard.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.canvasboard.persistence.AppSettings;
import org.canvasboard.persistence.AtomicFileWriter;
import org.canvasboard.persistence.SettingsStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Window placement and recent files across restarts. A saved window position that no longer
 * fits any screen (a monitor was unplugged) is ignored rather than opening off-screen.
 */
public final class SettingsKeeper {
    private final SettingsStore store;
    private final Path folder;
    private AppSettings settings;

    public SettingsKeeper(Path folder) {
        this.folder = folder;
        this.store = new SettingsStore(folder);
        this.settings = store.load();
    }

    static SettingsKeeper inDefaultFolder() {
        return new SettingsKeeper(SettingsStore.defaultFolder());
    }

    /** Where snapshots of unsaved work are kept. */
    Path recoveryFolder() {
        return folder.resolve("recovery");
    }

    /** Recent files that still exist, most recent first. */
    List<Path> recentFiles() {
        return settings.recentFiles().stream().map(Path::of).filter(Files::isRegularFile).toList();
    }

    List<Path> addRecentFile(Path path) {
        Path absolute = path.toAbsolutePath();
        settings = settings.withRecentFile(absolute.toString());
        if (absolute.getParent() != null) {
            settings = settings.withLastFolder(absolute.getParent().toString());
        }
        store.save(settings);
        return recentFiles();
    }

    Theme theme() {
        return Theme.fromId(settings.theme());
    }

    void rememberTheme(Theme theme) {
        settings = settings.withTheme(theme.id());
        store.save(settings);
    }

    Path lastFolder() {
        return settings.lastFolder() == null ? null : Path.of(settings.lastFolder());
    }

    /** Removes temp files of interrupted saves next to the recent projects. */
    void cleanUpInterruptedSaves() {
        recentFiles().stream().map(Path::getParent).distinct().forEach(AtomicFileWriter::cleanStaleTempFiles);
    }

    void restoreWindow(Stage stage) {
        if (!settings.hasWindow()) {
            return;
        }
        Rectangle2D saved = new Rectangle2D(settings.windowX(), settings.windowY(),
                Math.max(400, settings.windowWidth()), Math.max(300, settings.windowHeight()));
        boolean visible = Screen.getScreens().stream()
                .anyMatch(s -> s.getVisualBounds().intersects(saved.getMinX(), saved.getMinY(), 200, 100));
        if (!visible) {
            return;
        }
        stage.setX(saved.getMinX());
        stage.setY(saved.getMinY());
        stage.setWidth(saved.getWidth());
        stage.setHeight(saved.getHeight());
        stage.setMaximized(settings.maximized());
    }

    private NormalBounds normalBounds;

    /**
     * Follows the window's normal place and size, so that a window closed maximized still
     * remembers the size it goes back to when un-maximized. Call after {@link #restoreWindow}.
     */
    void trackWindow(Stage stage) {
        normalBounds = new NormalBounds(stage, settings.hasWindow() ? new Rectangle2D(settings.windowX(),
                settings.windowY(), settings.windowWidth(), settings.windowHeight()) : null);
    }

    void rememberWindow(Stage stage) {
        if (stage.isMaximized()) {
            Rectangle2D normal = normalBounds != null && normalBounds.get() != null ? normalBounds.get() : settings.hasWindow()
                    ? new Rectangle2D(settings.windowX(), settings.windowY(), settings.windowWidth(), settings.windowHeight())
                    : new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            settings = settings.withWindow(normal.getMinX(), normal.getMinY(), normal.getWidth(), normal.getHeight(), true);
        } else {
            settings = settings.withWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        }
        store.save(settings);
    }
}
