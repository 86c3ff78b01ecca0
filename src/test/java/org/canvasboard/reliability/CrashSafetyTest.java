package org.canvasboard.reliability;

import org.canvasboard.model.Project;
import org.canvasboard.persistence.AtomicFileWriter;
import org.canvasboard.persistence.ProjectFileException;
import org.canvasboard.persistence.ProjectReader;
import org.canvasboard.persistence.ProjectWriter;
import org.canvasboard.persistence.RecoveryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Kills a process that is saving (or snapshotting unsaved work) at random moments and checks what
 * is left on disk. {@code -Dcanvasboard.kills=N} sets the number of kills per test (default 20, so
 * the normal build stays quick); {@code -Dcanvasboard.seed=S} replays a run.
 */
class CrashSafetyTest {
    private static final int KILLS = Integer.getInteger("canvasboard.kills", 20);
    private static final long SEED = Long.getLong("canvasboard.seed", System.nanoTime());
    private static final long TIME_LIMIT_MS = Long.getLong("canvasboard.killSeconds", 120) * 1000;

    @TempDir
    Path tmp;

    /** A child JVM running {@link CrashingWriter}, with its output collected line by line. */
    private record Child(Process process, List<String> lines, Thread reader) {
        static Child start(String mode, Path target, long seed) throws Exception {
            ProcessBuilder builder = new ProcessBuilder(
                    ProcessHandle.current().info().command().orElse("java"), "-Xmx256m",
                    "-cp", System.getProperty("java.class.path"),
                    CrashingWriter.class.getName(), mode, target.toString(), Long.toString(seed));
            builder.redirectErrorStream(true);
            Process process = builder.start();
            List<String> lines = new CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        lines.add(line);
                    }
                } catch (Exception ignored) {
                    // the process was killed mid-line
                }
            });
            reader.start();
            return new Child(process, lines, reader);
        }

        void awaitLine(String prefix) throws Exception {
            long deadline = System.currentTimeMillis() + 30_000;
            while (lines.stream().noneMatch(l -> l.startsWith(prefix))) {
                if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                    fail("child never printed '" + prefix + "': " + lines);
                }
                Thread.sleep(2);
            }
        }

        void kill() throws Exception {
            // through the handle: Process.destroyForcibly() also closes our end of the pipe, which
            // would drop output the child wrote just before it died
            process.toHandle().destroyForcibly();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the killed child is gone");
            reader.join(60_000);
            assertTrue(!reader.isAlive(), "all of the child's output was read");
        }
    }

    @Test
    void killedSavesLeaveTheLastCompletedSaveOrANewerOne() throws Exception {
        Random random = new Random(SEED);
        Path file = tmp.resolve("plan.canvasboard");
        long start = System.currentTimeMillis();
        int kills = 0;
        int staleTemps = 0;
        int killedMidSave = 0;
        for (; kills < KILLS && System.currentTimeMillis() - start < TIME_LIMIT_MS; kills++) {
            Child child = Child.start("save", file, random.nextLong());
            child.awaitLine("saved ");
            Thread.sleep(random.nextInt(150)); // the random moment of the crash is the point of this test
            child.kill();
            long lastCompleted = child.lines().stream().filter(l -> l.startsWith("saved "))
                    .mapToLong(l -> Long.parseLong(l.substring(6).strip())).max().orElseThrow();
            String where = "seed " + SEED + ", kill " + kills;
            Project onDisk;
            try {
                onDisk = new ProjectReader().read(file).project();
            } catch (ProjectFileException e) {
                throw new AssertionError(where + ": the file is unreadable after a kill: " + e.getMessage(), e);
            }
            long generation = Long.parseLong(onDisk.name().substring("generation ".length()));
            assertTrue(generation >= lastCompleted, where + ": file has generation " + generation
                    + " but generation " + lastCompleted + " had completed");
            assertTrue(generation <= lastCompleted + 1, where + ": generation " + generation + " from nowhere");
            if (generation > lastCompleted) {
                killedMidSave++;
            }
            staleTemps += AtomicFileWriter.cleanStaleTempFiles(tmp, java.time.Duration.ZERO);
            try (Stream<Path> files = Files.list(tmp)) {
                List<String> left = files.map(p -> p.getFileName().toString()).sorted().toList();
                assertTrue(left.equals(List.of("plan.canvasboard", "plan.canvasboard.bak"))
                        || left.equals(List.of("plan.canvasboard")), where + ": " + left);
            }
        }
        System.out.printf("kill test (saves): %d kills, 0 unreadable, 0 older than the last completed save, "
                + "%d killed after the rename but before reporting, %d stale temp files removed, seed %d%n",
                kills, killedMidSave, staleTemps, SEED);
        assertTrue(kills >= Math.min(KILLS, 5), "too few kills in the time limit: " + kills);
    }

    @Test
    void killedEditorsAreRecoveredAtTheirLastSnapshot() throws Exception {
        Random random = new Random(SEED + 1);
        long start = System.currentTimeMillis();
        int kills = 0;
        for (; kills < Math.max(1, KILLS / 2) && System.currentTimeMillis() - start < TIME_LIMIT_MS; kills++) {
            Path folder = tmp.resolve("recovery-" + kills);
            Child child = Child.start("edit", folder, random.nextLong());
            child.awaitLine("done ");
            Thread.sleep(random.nextInt(100)); // the random moment of the crash is the point of this test
            child.kill();
            List<String> lines = child.lines();
            int lastDone = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("done ")) {
                    lastDone = i;
                }
            }
            String done = lines.get(lastDone).substring(5).strip();
            String inFlight = lastDone + 1 < lines.size() && lines.get(lastDone + 1).startsWith("writing ")
                    ? lines.get(lastDone + 1).substring(8).strip() : done;

            List<RecoveryStore.Recoverable> pending = new RecoveryStore(folder, "restarted").pending();
            String where = "seed " + SEED + ", kill " + kills;
            assertEquals(1, pending.size(), where + ": the killed session's work is offered");
            byte[] recovered = new ProjectWriter().toBytes(pending.get(0).project().project(), null);
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(recovered));
            int seenAt = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).endsWith(hash)) {
                    seenAt = i;
                }
            }
            if (!hash.equals(done) && !hash.equals(inFlight)) {
                Path evidence = Path.of("target", "crash-evidence", "kill-" + kills);
                Files.createDirectories(evidence);
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path f : files.filter(Files::isRegularFile).toList()) {
                        Files.copy(f, evidence.resolve(folder.relativize(f).toString().replace('/', '_')));
                    }
                }
                Files.write(evidence.resolve("recovered-resaved"), recovered);
                Files.write(evidence.resolve("child-output"), lines);
            }
            assertTrue(hash.equals(done) || hash.equals(inFlight),
                    where + ": recovered work is neither the last snapshot nor the one being written; it is line "
                            + seenAt + " of " + lines.size() + "; last lines: "
                            + lines.subList(Math.max(0, lines.size() - 4), lines.size()));
        }
        System.out.printf("kill test (recovery): %d kills, every one recovered at its last snapshot, seed %d%n",
                kills, SEED);
    }
}
