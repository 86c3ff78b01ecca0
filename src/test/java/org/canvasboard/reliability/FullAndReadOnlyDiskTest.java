package org.canvasboard.reliability;

import org.canvasboard.model.Project;
import org.canvasboard.persistence.ProjectFileException;
import org.canvasboard.persistence.ProjectWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Saving onto a real full disk and a real read-only file system (small tmpfs mounts): a clear
 * message, the original byte-identical, no temp file left. Mounting needs root (as on CI); the
 * tests are skipped where the system does not allow it.
 */
class FullAndReadOnlyDiskTest {
    @TempDir
    Path tmp;
    private Path mountPoint;

    private void mountTmpfs(String options) throws Exception {
        mountPoint = Files.createDirectory(tmp.resolve("disk"));
        boolean mounted = run("mount", "-t", "tmpfs", "-o", options, "tmpfs", mountPoint.toString());
        Assumptions.assumeTrue(mounted, "cannot mount a small file system here (needs root)");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mountPoint != null) {
            run("umount", mountPoint.toString());
        }
    }

    private static boolean run(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(mountPoint)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void savingToAFullDiskSaysSoAndKeepsTheOriginal() throws Exception {
        mountTmpfs("size=512k");
        Path file = mountPoint.resolve("plan.canvasboard");
        ProjectWriter writer = new ProjectWriter();
        writer.write(SampleProjects.large(1, 1, 50), null, file);
        byte[] original = Files.readAllBytes(file);
        try (OutputStream filler = Files.newOutputStream(mountPoint.resolve("filler"))) {
            byte[] block = new byte[4096];
            while (true) {
                filler.write(block);
            }
        } catch (IOException full) {
            // the disk is full now
        }
        Project bigger = SampleProjects.large(2, 2, 2_000);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> writer.write(bigger, null, file));
        assertEquals("Could not save: the disk is full. The file on disk is unchanged.", e.getMessage());
        assertArrayEquals(original, Files.readAllBytes(file));
        assertEquals(List.of("filler", "plan.canvasboard"), names(), "no temp or half backup left");
    }

    @Test
    void savingToAReadOnlyDiskSaysSoAndKeepsTheOriginal() throws Exception {
        mountTmpfs("size=512k");
        Path file = mountPoint.resolve("plan.canvasboard");
        new ProjectWriter().write(SampleProjects.large(3, 1, 50), null, file);
        byte[] original = Files.readAllBytes(file);
        assertTrue(run("mount", "-o", "remount,ro", mountPoint.toString()), "remount read-only");

        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> new ProjectWriter().write(SampleProjects.large(4, 1, 60), null, file));
        assertTrue(e.getMessage().startsWith("Could not save: Canvasboard may not write to the folder " + mountPoint),
                e.getMessage());
        assertArrayEquals(original, Files.readAllBytes(file));
        assertEquals(List.of("plan.canvasboard"), names());
    }
}
