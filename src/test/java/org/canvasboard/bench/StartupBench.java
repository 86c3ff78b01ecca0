package org.canvasboard.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Start-up: process start to the first frame with the example project drawn, against the minimal
 * JavaFX program (same JVM, same class path, same JVM options: the editor's JIT setting, passed
 * as {@code -Dapp.jitOption}), alternating runs so both see the same machine.
 * Needs a display (.ci/bench.sh starts Xvfb when there is none). Goal: at most 1.3x the baseline.
 *
 * <p>A second reference, {@link ShellFxApp}, is a window shaped like the editor (the same theme,
 * menus, toolbar icons and 28 wrapped labels) with none of Canvasboard's code: what the platform
 * costs for such a window, so that Canvasboard minus the shell is what our own code costs.
 *
 * <p>It also starts Canvasboard on the generated large project (10 canvases, 5,000 cards; the
 * first canvas, about 500 cards, is drawn): start-up to the first frame of a big file, which is
 * what "open to interactive" means to the person waiting.
 */
public final class StartupBench {
    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        java.nio.file.Path large = java.nio.file.Path.of("target", "bench-large.canvasboard");
        java.nio.file.Files.createDirectories(large.getParent());
        java.nio.file.Files.write(large, new org.canvasboard.persistence.ProjectWriter().toBytes(BenchProjects.large(), null));
        List<Long> baseline = new ArrayList<>();
        List<Long> app = new ArrayList<>();
        List<Long> big = new ArrayList<>();
        List<Long> complete = new ArrayList<>();
        List<Long> shell = new ArrayList<>();
        for (int i = 0; i < runs + 1; i++) {
            long b = firstFrame(MinimalFxApp.Main.class.getName())[0];
            long s = firstFrame(ShellFxApp.Main.class.getName())[0];
            long[] a = firstFrame("org.canvasboard.app.Launcher", "--exit-after-first-frame");
            long l = firstFrame("org.canvasboard.app.Launcher", "--exit-after-first-frame", large.toString())[0];
            if (i > 0) { // the first round warms the disk cache
                baseline.add(b);
                shell.add(s);
                app.add(a[0]);
                complete.add(a[1]);
                big.add(l);
            }
        }
        long mb = median(baseline);
        long ma = median(app);
        System.out.printf("startup: baseline median %d ms %s, Canvasboard median %d ms %s, ratio %.2f%n",
                mb, baseline, ma, app, (double) ma / mb);
        System.out.printf("startup: an editor-shaped window without our code (ShellFxApp) median %d ms %s, %.2fx the"
                + " baseline; Canvasboard is %.2fx it (%d ms more)%n", median(shell), shell, (double) median(shell) / mb,
                (double) ma / median(shell), ma - median(shell));
        System.out.printf("startup: Canvasboard's complete window (side panel built after the first frame) median %d ms %s, ratio %.2f%n",
                median(complete), complete, (double) median(complete) / mb);
        System.out.printf("startup: Canvasboard on the large project median %d ms %s (%d ms more than the example)%n",
                median(big), big, median(big) - ma);
    }

    /** The process's first frame, and for the editor its complete window (-1 if it does not say). */
    private static long[] firstFrame(String mainClass, String... extra) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        String jit = System.getProperty("app.jitOption", "");
        if (!jit.isBlank()) {
            command.addAll(List.of(jit.trim().split("\\s+")));
        }
        command.addAll(List.of("-Dcanvasboard.home=target/bench-home", "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(extra));
        return frameTimes(new ProcessBuilder(command), mainClass);
    }

    /**
     * Runs a program that prints "first frame after N ms" (and the editor's "complete window
     * after N ms"); returns both times, the second -1 if it does not say.
     */
    static long[] frameTimes(ProcessBuilder builder, String what) throws Exception {
        Process process = builder.redirectErrorStream(true).start();
        long result = -1;
        long complete = -1;
        StringBuilder output = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                output.append(line).append('\n');
                if (line.startsWith("first frame after ")) {
                    result = Long.parseLong(line.replaceAll("\\D+", ""));
                } else if (line.startsWith("complete window after ")) {
                    complete = Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
        }
        process.waitFor();
        if (result < 0) {
            throw new IllegalStateException(what + " drew no frame (is there a display?)\n" + output);
        }
        return new long[] {result, complete};
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
