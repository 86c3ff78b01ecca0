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
 * Window placement, the side panel's width and recent files across restarts. A saved window position that no longer
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

    /** The side panel's width as last left, or {@code fallback} when none was saved. */
    double sidePanelWidth(double fallback) {
        Double saved = settings.sidePanelWidth();
        return saved == null || saved.isNaN() || saved <= 0 ? fallback : saved;
    }

    void rememberSidePanelWidth(double width) {
        if (settings.sidePanelWidth() == null || Math.abs(settings.sidePanelWidth() - width) >= 0.5) {
            settings = settings.withSidePanelWidth(width);
            store.save(settings);
        }
    }

    Path lastFolder() {
        return settings.lastFolder() == null ? null : Path.of(settings.lastFolder());
    }

    /** Removes temp files of interrupted saves next to the recent projects. */
    void cleanUpInterruptedSaves() {
        recentFiles().stream().map(Path::getParent).distinct().forEach(AtomicFileWriter::cleanStaleTempFiles);
    }

    private NormalBounds normalBounds;

    /**
     * Puts the window where it was last time, if that still fits a screen, and from then on
     * follows its normal place and size: a window closed maximized remembers the size it goes
     * back to when un-maximized.
     */
    void restoreWindow(Stage stage) {
        Rectangle2D placed = savedPlaceOnAScreen();
        if (placed != null) {
            stage.setX(placed.getMinX());
            stage.setY(placed.getMinY());
            stage.setWidth(placed.getWidth());
            stage.setHeight(placed.getHeight());
            stage.setMaximized(settings.maximized());
        }
        normalBounds = new NormalBounds(stage, placed);
    }

    /** The saved window bounds, or null if there are none or they no longer meet any screen. */
    private Rectangle2D savedPlaceOnAScreen() {
        if (!settings.hasWindow()) {
            return null;
        }
        Rectangle2D saved = new Rectangle2D(settings.windowX(), settings.windowY(),
                Math.max(400, settings.windowWidth()), Math.max(300, settings.windowHeight()));
        boolean visible = Screen.getScreens().stream()
                .anyMatch(s -> s.getVisualBounds().intersects(saved.getMinX(), saved.getMinY(), 200, 100));
        return visible ? saved : null;
    }

    void rememberWindow(Stage stage) {
        if (stage.isMaximized()) {
            Rectangle2D normal = normalBounds == null ? null : normalBounds.get();
            if (normal == null) { // maximized since it first opened: its size is all there is
                normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
            settings = settings.withWindow(normal.getMinX(), normal.getMinY(), normal.getWidth(), normal.getHeight(), true);
        } else {
            settings = settings.withWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        }
        store.save(settings);
    }
}
