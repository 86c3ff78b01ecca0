package org.canvasboard.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Snapshots of unsaved work, so a crash loses nothing. Each running editor is a session that
 * holds a lock file while it lives; snapshots of sessions whose lock is free (the app died) are
 * offered at the next start. Nothing here is ever deleted unasked: a declined snapshot is moved
 * aside into {@code declined/}.
 */
public final class RecoveryStore {
    private static final String SNAPSHOT = ".canvasboard";
    private static final String META = ".meta.json";
    private static final String LOCK = ".lock";

    private final Path folder;
    private final String session;
    private final AtomicFileWriter writer = new AtomicFileWriter();
    private FileChannel lockChannel;
    private FileLock lock;

    /** Work that a previous session left unsaved. */
    public record Recoverable(String session, Path snapshot, Path originalFile, String projectName,
                              Instant savedAt, LoadedProject project) {
    }

    /** What the snapshot's side file says about it. */
    record Meta(String originalFile, String projectName, String savedAt) {
    }

    public RecoveryStore(Path folder, String session) {
        this.folder = folder;
        this.session = session;
    }

    /** A store for a new session of this process. */
    public static RecoveryStore forNewSession(Path folder) {
        return new RecoveryStore(folder, Instant.now().toEpochMilli() + "-" + ProcessHandle.current().pid());
    }

    public String session() {
        return session;
    }

    /** Marks this session as alive (its snapshots are not offered to other instances). */
    public synchronized void open() throws IOException {
        Files.createDirectories(folder);
        lockChannel = FileChannel.open(folder.resolve(session + LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        lock = lockChannel.tryLock();
    }

    /** Ends the session cleanly: its snapshot and lock go away. */
    public synchronized void close() {
        clear();
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
            Files.deleteIfExists(folder.resolve(session + LOCK));
        } catch (IOException ignored) {
            // a lock file left behind only means the (empty) session is looked at once more
        }
    }

    /** Writes (atomically) the current unsaved state of this session. */
    public synchronized void snapshot(byte[] projectBytes, Path originalFile, String projectName) throws IOException {
        Files.createDirectories(folder);
        Meta meta = new Meta(originalFile == null ? null : originalFile.toAbsolutePath().toString(), projectName,
                Instant.now().toString());
        writer.write(folder.resolve(session + META),
                (ProjectJson.WRITER.writeValueAsString(meta) + "\n").getBytes(StandardCharsets.UTF_8));
        writer.write(folder.resolve(session + SNAPSHOT), projectBytes);
    }

    /** Removes this session's snapshot (the work was saved or discarded on purpose). */
    public synchronized void clear() {
        try {
            Files.deleteIfExists(folder.resolve(session + SNAPSHOT));
            Files.deleteIfExists(folder.resolve(session + META));
            Files.deleteIfExists(folder.resolve(session + SNAPSHOT + ".bak"));
            Files.deleteIfExists(folder.resolve(session + META + ".bak"));
        } catch (IOException ignored) {
            // a stale snapshot is harmless: it is offered once and can be declined
        }
    }

    /** Readable snapshots of sessions that are no longer running, newest first. */
    public List<Recoverable> pending() {
        List<Recoverable> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        AtomicFileWriter.cleanStaleTempFiles(folder);
        removeStaleLocks();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SNAPSHOT)) {
            for (Path snapshot : files) {
                String name = snapshot.getFileName().toString();
                String other = name.substring(0, name.length() - SNAPSHOT.length());
                if (!other.equals(session) && !isAlive(other)) {
                    read(other, snapshot).ifPresent(found::add);
                }
            }
        } catch (IOException ignored) {
            // nothing we can list is nothing to offer
        }
        found.sort(Comparator.comparing(Recoverable::savedAt).reversed());
        return found;
    }

    /**
     * Removes the lock files of editors that are gone (killed, crashed, power cut): nobody holds
     * their lock. A lock younger than a minute is left alone, as its editor may be between
     * creating the file and taking the lock. Their snapshots stay and are offered as before.
     */
    void removeStaleLocks() {
        Instant youngest = Instant.now().minusSeconds(60);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + LOCK)) {
            for (Path lockFile : files) {
                String name = lockFile.getFileName().toString();
                String other = name.substring(0, name.length() - LOCK.length());
                if (!other.equals(session) && Files.getLastModifiedTime(lockFile).toInstant().isBefore(youngest)
                        && !isAlive(other)) {
                    Files.deleteIfExists(lockFile);
                }
            }
        } catch (IOException ignored) {
            // a lock file left behind costs one more look at the next start
        }
    }

    private boolean isAlive(String otherSession) {
        Path lockFile = folder.resolve(otherSession + LOCK);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private Optional<Recoverable> read(String other, Path snapshot) {
        try {
            LoadedProject project = new ProjectReader().read(snapshot);
            Meta meta = readMeta(folder.resolve(other + META));
            Instant savedAt = meta.savedAt() == null ? Files.getLastModifiedTime(snapshot).toInstant()
                    : Instant.parse(meta.savedAt());
            return Optional.of(new Recoverable(other, snapshot,
                    meta.originalFile() == null ? null : Path.of(meta.originalFile()),
                    meta.projectName() == null ? project.project().name() : meta.projectName(), savedAt, project));
        } catch (ProjectFileException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Meta readMeta(Path file) {
        try {
            return ProjectJson.MAPPER.readValue(Files.readAllBytes(file), Meta.class);
        } catch (IOException | RuntimeException e) {
            return new Meta(null, null, null);
        }
    }

    /** Moves a snapshot aside into {@code declined/} (kept, never offered again). */
    public void setAside(Recoverable work) throws IOException {
        Path aside = Files.createDirectories(folder.resolve("declined"));
        for (String suffix : List.of(SNAPSHOT, META)) {
            Path file = folder.resolve(work.session() + suffix);
            if (Files.exists(file)) {
                Files.move(file, aside.resolve(work.session() + suffix), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.deleteIfExists(folder.resolve(work.session() + LOCK));
    }
}
