package org.canvasboard.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Replaces a file so that it is always either the old or the new version, whatever happens
 * during the write: temp file in the same folder, flushed to disk, then an atomic rename. The
 * previous version is kept as {@code <name>.bak}. On failure the original is untouched and no
 * temp file is left.
 */
public final class AtomicFileWriter {
    static final String TEMP_SUFFIX = ".cbtmp";

    public void write(Path target, byte[] bytes) throws IOException {
        Path real = Files.isSymbolicLink(target) ? target.toRealPath() : target.toAbsolutePath();
        Path folder = real.getParent();
        String name = real.getFileName().toString();
        Path temp = Files.createTempFile(folder, "." + name + ".", TEMP_SUFFIX);
        try {
            writeAndFlush(temp, bytes);
            if (Files.exists(real)) {
                keepPermissions(real, temp);
                keepBackup(real, folder.resolve(name + ".bak"));
            } else if (Files.getFileAttributeView(temp, PosixFileAttributeView.class) != null) {
                // temp files start private (rw-------); a new project file gets the usual rw-r--r--
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            moveIntoPlace(temp, real);
            flushFolder(folder);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    private static void writeAndFlush(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    private static void keepPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (view != null) {
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            Files.setPosixFilePermissions(to, permissions);
        }
    }

    /** Copies the current file to its backup, itself atomically so a backup is never half written. */
    private static void keepBackup(Path current, Path backup) throws IOException {
        Path temp = Files.createTempFile(backup.getParent(), "." + backup.getFileName() + ".", TEMP_SUFFIX);
        try {
            Files.copy(current, temp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            moveIntoPlace(temp, backup);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void flushFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // not every system can flush a folder; the file itself is already on disk
        }
    }

    /**
     * How old a temp file must be before it counts as left behind: younger ones may belong to a
     * save still running in another Canvasboard window.
     */
    public static final Duration STALE_AFTER = Duration.ofMinutes(10);

    /** Removes temp files that interrupted saves left in a folder; returns how many. */
    public static int cleanStaleTempFiles(Path folder) {
        return cleanStaleTempFiles(folder, STALE_AFTER);
    }

    /** Removes our temp files older than {@code olderThan} (zero: all of them, e.g. after a kill). */
    public static int cleanStaleTempFiles(Path folder, Duration olderThan) {
        int removed = 0;
        Instant cutoff = Instant.now().minus(olderThan);
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, ".*" + TEMP_SUFFIX)) {
            for (Path stale : stream) {
                if (Files.isRegularFile(stale)
                        && !Files.getLastModifiedTime(stale).toInstant().isAfter(cutoff)
                        && Files.deleteIfExists(stale)) {
                    removed++;
                }
            }
        } catch (IOException ignored) {
            // a folder we cannot list has nothing of ours to clean
        }
        return removed;
    }

    /** A sentence for the user saying why a save failed. */
    static String describe(IOException e, Path target) {
        Path folder = target.toAbsolutePath().getParent();
        String detail = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : "";
        if (detail.contains("No space left") || String.valueOf(e.getMessage()).contains("No space left")) {
            return "Could not save: the disk is full. The file on disk is unchanged.";
        }
        if (e instanceof AccessDeniedException || detail.contains("Read-only file system")) {
            return "Could not save: Canvasboard may not write to the folder " + folder
                    + ". The file on disk is unchanged.";
        }
        if (e instanceof NoSuchFileException) {
            return "Could not save: the folder " + folder + " does not exist (any more).";
        }
        return "Could not save: " + (e.getMessage() == null ? e.toString() : e.getMessage())
                + ". The file on disk is unchanged.";
    }
}
