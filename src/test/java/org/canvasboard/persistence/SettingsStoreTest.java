package org.canvasboard.persistence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsStoreTest {
    @TempDir
    Path tmp;

    @Test
    void settingsSurviveSaveAndLoad() {
        SettingsStore store = new SettingsStore(tmp.resolve("config"));
        AppSettings settings = AppSettings.defaults()
                .withWindow(10, 20, 1300, 800, true)
                .withRecentFile("/a/one.canvasboard")
                .withLastFolder("/a");
        assertTrue(store.save(settings));
        assertEquals(settings, new SettingsStore(tmp.resolve("config")).load());
    }

    @Test
    void missingOrDamagedSettingsGiveTheDefaults() throws Exception {
        SettingsStore store = new SettingsStore(tmp);
        assertEquals(AppSettings.defaults(), store.load());
        Files.writeString(store.file(), "{ not json");
        assertEquals(AppSettings.defaults(), store.load());
        Files.writeString(store.file(), "{\"recentFiles\": 5}");
        assertEquals(AppSettings.defaults(), store.load());
    }

    @Test
    void recentFilesPutTheLatestFirstOnceAndKeepTen() {
        AppSettings settings = AppSettings.defaults();
        for (int i = 0; i < 12; i++) {
            settings = settings.withRecentFile("/f" + i);
        }
        settings = settings.withRecentFile("/f5");
        assertEquals(AppSettings.MAX_RECENT_FILES, settings.recentFiles().size());
        assertEquals("/f5", settings.recentFiles().get(0));
        assertEquals(List.of("/f5", "/f11", "/f10", "/f9", "/f8", "/f7", "/f6", "/f4", "/f3", "/f2"),
                settings.recentFiles());
    }

    @Test
    void unknownSettingsFieldsDoNotBreakLoading() throws Exception {
        SettingsStore store = new SettingsStore(tmp);
        Files.writeString(store.file(), "{\"windowX\": 5.0, \"theme\": \"dark\", \"recentFiles\": [\"/x\"]}");
        AppSettings loaded = store.load();
        assertEquals(5.0, loaded.windowX());
        assertEquals(List.of("/x"), loaded.recentFiles());
    }

    @Test
    void linuxSettingsFollowXdgConfigHome() {
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", "/xdg", "HOME", "/home/sam");
        assertEquals(Path.of("/xdg/canvasboard"), SettingsStore.folderFor("Linux", env::get, "/passwd-home"));
    }

    @Test
    void linuxSettingsUseTheHomeVariableBeforeJavasUserHome() {
        Map<String, String> env = Map.of("HOME", "/home/sam");
        assertEquals(Path.of("/home/sam/.config/canvasboard"),
                SettingsStore.folderFor("Linux", env::get, "/passwd-home"));
    }

    @Test
    void aRelativeXdgConfigHomeIsIgnored() {
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", "relative", "HOME", "/home/sam");
        assertEquals(Path.of("/home/sam/.config/canvasboard"),
                SettingsStore.folderFor("Linux", env::get, "/passwd-home"));
    }

    @Test
    void withoutAHomeVariableUserHomeIsTheLastResort() {
        assertEquals(Path.of("/passwd-home/.config/canvasboard"),
                SettingsStore.folderFor("Linux", name -> null, "/passwd-home"));
    }

    @Test
    void windowsAndMacUseTheirOwnPlaces() {
        Map<String, String> windows = Map.of("APPDATA", "C:/Users/sam/AppData/Roaming");
        assertEquals(Path.of("C:/Users/sam/AppData/Roaming", "Canvasboard"),
                SettingsStore.folderFor("Windows 11", windows::get, "C:/Users/sam"));
        assertEquals(Path.of("/Users/sam/Library/Application Support/Canvasboard"),
                SettingsStore.folderFor("Mac OS X", Map.of("HOME", "/Users/sam")::get, "/var/root"));
    }
}
