package org.canvasboard.persistence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Saving replaces a file completely or not at all, keeps a backup, and leaves no temp files. */
class AtomicFileWriterTest {
    private final AtomicFileWriter writer = new AtomicFileWriter();

    @TempDir
    Path tmp;

    private List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void newFileIsWrittenWithNothingElseLeftBehind() throws Exception {
        Path file = tmp.resolve("plan.canvasboard");
        writer.write(file, utf8("one"));
        assertEquals("one", Files.readString(file));
        assertEquals(List.of("plan.canvasboard"), names());
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void replacingAFileKeepsThePreviousVersionAsBackup() throws Exception {
        Path file = tmp.resolve("plan.canvasboard");
        writer.write(file, utf8("one"));
        writer.write(file, utf8("two"));
        assertEquals("two", Files.readString(file));
        assertEquals("one", Files.readString(tmp.resolve("plan.canvasboard.bak")));
        assertEquals(List.of("plan.canvasboard", "plan.canvasboard.bak"), names());
    }

    @Test
    void replacingAFileKeepsItsPermissions() throws Exception {
        Path file = tmp.resolve("plan.canvasboard");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        writer.write(file, utf8("new"));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void savingThroughASymlinkWritesTheRealFileAndKeepsTheLink() throws Exception {
        Path real = Files.createDirectory(tmp.resolve("real")).resolve("plan.canvasboard");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(tmp.resolve("link.canvasboard"), real);
        writer.write(link, utf8("new"));
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals("new", Files.readString(real));
    }

    @Test
    void failedSaveLeavesTheOriginalByteIdenticalAndNoTempFile() throws Exception {
        Path target = Files.createDirectory(tmp.resolve("plan.canvasboard"));
        Files.writeString(target.resolve("inside.txt"), "keep me");
        assertThrows(java.io.IOException.class, () -> writer.write(target, utf8("new")));
        assertEquals("keep me", Files.readString(target.resolve("inside.txt")));
        assertFalse(names().stream().anyMatch(n -> n.endsWith(AtomicFileWriter.TEMP_SUFFIX)), names().toString());
    }

    @Test
    void missingFolderGivesAPlainMessage() {
        Path file = tmp.resolve("gone").resolve("plan.canvasboard");
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> new ProjectWriter().write(TestProjects.everyField(), null, file));
        assertTrue(e.getMessage().startsWith("Could not save: the folder"), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void staleTempFilesOfInterruptedSavesAreCleanedAndNothingElse() throws Exception {
        Path stale = tmp.resolve(".plan.canvasboard.123" + AtomicFileWriter.TEMP_SUFFIX);
        Files.writeString(stale, "half");
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(AtomicFileWriter.STALE_AFTER).minusSeconds(1)));
        Path running = tmp.resolve(".other.canvasboard.456" + AtomicFileWriter.TEMP_SUFFIX);
        Files.writeString(running, "another window is saving this right now");
        Files.writeString(tmp.resolve("plan.canvasboard"), "whole");
        Files.writeString(tmp.resolve("notes.tmp"), "not ours");
        assertEquals(1, AtomicFileWriter.cleanStaleTempFiles(tmp));
        assertEquals(List.of(running.getFileName().toString(), "notes.tmp", "plan.canvasboard"), names(),
                "a fresh temp file may be another window's save in progress");
    }

    @Test
    void fullDiskAndReadOnlyFolderMessagesNameTheProblem() {
        Path file = tmp.resolve("plan.canvasboard");
        String full = AtomicFileWriter.describe(
                new java.nio.file.FileSystemException(file.toString(), null, "No space left on device"), file);
        assertEquals("Could not save: the disk is full. The file on disk is unchanged.", full);
        String readOnly = AtomicFileWriter.describe(new java.nio.file.AccessDeniedException(file.toString()), file);
        assertTrue(readOnly.startsWith("Could not save: Canvasboard may not write to the folder " + tmp), readOnly);
    }

    @Test
    void writtenBytesAreExactlyTheGivenBytes() throws Exception {
        byte[] bytes = new byte[70_000];
        new java.util.Random(7).nextBytes(bytes);
        Path file = tmp.resolve("bytes.bin");
        writer.write(file, bytes);
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }
}
