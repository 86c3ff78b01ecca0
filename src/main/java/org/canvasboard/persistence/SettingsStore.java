package org.canvasboard.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

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
        return folderFor(System.getProperty("os.name", ""), System::getenv, System.getProperty("user.home"));
    }

    /**
     * Where the platform keeps an app's settings: {@code %APPDATA%} on Windows,
     * {@code ~/Library/Application Support} on macOS, and on Linux and other Unix systems
     * {@code $XDG_CONFIG_HOME} or else {@code $HOME/.config}. The {@code HOME} variable wins over
     * Java's {@code user.home} (which comes from the password database and ignores a changed
     * HOME, as in sandboxes and test runs); {@code userHome} is the last resort.
     */
    static Path folderFor(String osName, Function<String, String> env, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        String homeVariable = env.apply(os.contains("win") ? "USERPROFILE" : "HOME");
        String home = isSet(homeVariable) ? homeVariable : userHome;
        if (os.contains("win")) {
            String appData = env.apply("APPDATA");
            return isSet(appData) ? Path.of(appData, "Canvasboard") : Path.of(home, "AppData", "Roaming", "Canvasboard");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Canvasboard");
        }
        String xdg = env.apply("XDG_CONFIG_HOME");
        // the XDG rule: a relative XDG_CONFIG_HOME is invalid and ignored
        return isSet(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg, "canvasboard")
                : Path.of(home, ".config", "canvasboard");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
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
