package org.canvasboard.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Keeps {@link AppSettings} in {@code settings.json} in the app's settings folder. Loading never
 * fails (a missing or damaged file gives the defaults); saving is atomic.
 */
public final class SettingsStore {
    private final Path file;

    public SettingsStore(Path folder) {
        this.file = folder.resolve("settings.json");
    }

    /**
     * The settings folder: the {@code canvasboard.home} system property if set (tests use it),
     * else the usual place for the operating system.
     */
    public static Path defaultFolder() {
        String override = System.getProperty("canvasboard.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "Canvasboard");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Canvasboard");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "canvasboard") : Path.of(home, ".config", "canvasboard");
    }

    public Path file() {
        return file;
    }

    public AppSettings load() {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > 1_000_000) {
                return AppSettings.defaults();
            }
            AppSettings settings = ProjectJson.MAPPER.readerFor(AppSettings.class)
                    .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .readValue(Files.readAllBytes(file));
            return settings == null ? AppSettings.defaults() : settings;
        } catch (IOException | RuntimeException e) {
            return AppSettings.defaults();
        }
    }

    /** Saves the settings; returns false (and changes nothing) if the folder cannot be written. */
    public boolean save(AppSettings settings) {
        try {
            Files.createDirectories(file.getParent());
            String json = ProjectJson.WRITER.writeValueAsString(settings) + "\n";
            new AtomicFileWriter().write(file, json.getBytes(StandardCharsets.UTF_8));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
