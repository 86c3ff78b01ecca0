package org.canvasboard.persistence;

import java.util.ArrayList;
import java.util.List;

/**
 * What the app remembers between runs: window placement, recent files (most recent first) and
 * the last folder used, the colour theme, the width of the window's side panel. Missing values
 * are null.
 */
public record AppSettings(Double windowX, Double windowY, Double windowWidth, Double windowHeight,
                          boolean maximized, List<String> recentFiles, String lastFolder, String theme,
                          Double sidePanelWidth) {
    public static final int MAX_RECENT_FILES = 10;

    public AppSettings {
        recentFiles = recentFiles == null ? List.of() : List.copyOf(recentFiles);
    }

    public static AppSettings defaults() {
        return new AppSettings(null, null, null, null, false, List.of(), null, null, null);
    }

    public AppSettings withWindow(double x, double y, double width, double height, boolean isMaximized) {
        return new AppSettings(x, y, width, height, isMaximized, recentFiles, lastFolder, theme, sidePanelWidth);
    }

    /** Puts a file first in the recent list (once), keeping at most {@value #MAX_RECENT_FILES}. */
    public AppSettings withRecentFile(String file) {
        List<String> list = new ArrayList<>(recentFiles);
        list.remove(file);
        list.add(0, file);
        while (list.size() > MAX_RECENT_FILES) {
            list.remove(list.size() - 1);
        }
        return new AppSettings(windowX, windowY, windowWidth, windowHeight, maximized, list, lastFolder, theme, sidePanelWidth);
    }

    public AppSettings withoutRecentFile(String file) {
        List<String> list = new ArrayList<>(recentFiles);
        list.remove(file);
        return new AppSettings(windowX, windowY, windowWidth, windowHeight, maximized, list, lastFolder, theme, sidePanelWidth);
    }

    public AppSettings withLastFolder(String folder) {
        return new AppSettings(windowX, windowY, windowWidth, windowHeight, maximized, recentFiles, folder, theme, sidePanelWidth);
    }

    /** The colour theme by id ({@code system}, {@code light}, {@code dark}, {@code contrast}); null means system. */
    public AppSettings withTheme(String newTheme) {
        return new AppSettings(windowX, windowY, windowWidth, windowHeight, maximized, recentFiles, lastFolder, newTheme, sidePanelWidth);
    }

    /** The side panel's width in pixels, as the user last left it. */
    public AppSettings withSidePanelWidth(double width) {
        return new AppSettings(windowX, windowY, windowWidth, windowHeight, maximized, recentFiles, lastFolder, theme, width);
    }

    public boolean hasWindow() {
        return windowX != null && windowY != null && windowWidth != null && windowHeight != null;
    }
}
