package org.canvasboard.persistence;

import org.canvasboard.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Snapshots of unsaved work are offered after a crash, never while their editor runs, never lost. */
class RecoveryStoreTest {
    @TempDir
    Path tmp;

    private final ProjectWriter writer = new ProjectWriter();

    private byte[] bytes(Project project) {
        return writer.toBytes(project, null);
    }

    @Test
    void snapshotOfADeadSessionIsOfferedWithItsContent() throws Exception {
        RecoveryStore crashed = new RecoveryStore(tmp, "crashed");
        Project work = TestProjects.everyField();
        crashed.snapshot(bytes(work), tmp.resolve("bakery.canvasboard"), "Bakery");

        List<RecoveryStore.Recoverable> pending = new RecoveryStore(tmp, "next").pending();
        assertEquals(1, pending.size());
        RecoveryStore.Recoverable found = pending.get(0);
        assertEquals(work, found.project().project());
        assertEquals("Bakery", found.projectName());
        assertEquals(tmp.resolve("bakery.canvasboard").toAbsolutePath(), found.originalFile());
    }

    @Test
    void snapshotOfARunningSessionIsNotOffered() throws Exception {
        RecoveryStore running = new RecoveryStore(tmp, "running");
        running.open();
        running.snapshot(bytes(TestProjects.everyField()), null, "Live");
        assertTrue(new RecoveryStore(tmp, "other").pending().isEmpty());
        running.close();
    }

    @Test
    void cleanCloseRemovesTheSnapshot() throws Exception {
        RecoveryStore session = new RecoveryStore(tmp, "clean");
        session.open();
        session.snapshot(bytes(TestProjects.everyField()), null, "Done");
        session.close();
        assertTrue(new RecoveryStore(tmp, "next").pending().isEmpty());
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(), files.filter(Files::isRegularFile).toList());
        }
    }

    @Test
    void emptyOrUnreadableSnapshotsAreNeverOffered() throws Exception {
        Files.writeString(tmp.resolve("empty.canvasboard"), "");
        Files.writeString(tmp.resolve("garbage.canvasboard"), "{\"formatVersion\": 1, \"proj");
        assertTrue(new RecoveryStore(tmp, "next").pending().isEmpty());
        assertTrue(Files.exists(tmp.resolve("garbage.canvasboard")), "not offered, but not deleted either");
    }

    @Test
    void settingAsideKeepsTheSnapshotButStopsOfferingIt() throws Exception {
        new RecoveryStore(tmp, "crashed").snapshot(bytes(TestProjects.everyField()), null, "Kept");
        RecoveryStore next = new RecoveryStore(tmp, "next");
        RecoveryStore.Recoverable work = next.pending().get(0);
        assertNull(work.originalFile());
        next.setAside(work);
        assertTrue(next.pending().isEmpty());
        assertEquals(TestProjects.everyField(),
                new ProjectReader().read(tmp.resolve("declined").resolve("crashed.canvasboard")).project());
    }

    @Test
    void newestSnapshotIsOfferedFirst() throws Exception {
        new RecoveryStore(tmp, "older").snapshot(bytes(TestProjects.everyField()), null, "Older");
        Files.writeString(tmp.resolve("older.meta.json"),
                "{\"originalFile\": null, \"projectName\": \"Older\", \"savedAt\": \"2020-01-01T00:00:00Z\"}");
        new RecoveryStore(tmp, "newer").snapshot(bytes(TestProjects.large(1, 1, 10)), null, "Newer");
        List<RecoveryStore.Recoverable> pending = new RecoveryStore(tmp, "next").pending();
        assertEquals(List.of("Newer", "Older"), pending.stream().map(RecoveryStore.Recoverable::projectName).toList());
        assertFalse(pending.get(0).savedAt().isBefore(pending.get(1).savedAt()));
    }

    @Test
    void lockFilesOfEditorsThatAreGoneAreRemovedAtStartButTheirSnapshotsStay() throws Exception {
        RecoveryStore crashed = new RecoveryStore(tmp, "crashed");
        crashed.snapshot(bytes(TestProjects.everyField()), null, "Lost");
        Path staleLock = Files.createFile(tmp.resolve("crashed.lock"));
        Path emptyLock = Files.createFile(tmp.resolve("gone-long-ago.lock"));
        FileTime anHourAgo = FileTime.from(Instant.now().minusSeconds(3600));
        Files.setLastModifiedTime(staleLock, anHourAgo);
        Files.setLastModifiedTime(emptyLock, anHourAgo);
        RecoveryStore running = new RecoveryStore(tmp, "running");
        running.open();
        Files.setLastModifiedTime(tmp.resolve("running.lock"), anHourAgo);
        Path justCreated = Files.createFile(tmp.resolve("starting.lock"));

        List<RecoveryStore.Recoverable> pending = new RecoveryStore(tmp, "next").pending();

        assertEquals(List.of("crashed"), pending.stream().map(RecoveryStore.Recoverable::session).toList());
        assertFalse(Files.exists(staleLock));
        assertFalse(Files.exists(emptyLock));
        assertTrue(Files.exists(tmp.resolve("running.lock")), "a running editor keeps its lock");
        assertTrue(Files.exists(justCreated), "a lock younger than a minute may be an editor starting up");
        running.close();
    }
}
