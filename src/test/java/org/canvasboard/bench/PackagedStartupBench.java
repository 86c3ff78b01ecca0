package org.canvasboard.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Start-up of the packaged app (the jpackage image that packaging/package-linux.sh builds, with
 * its AOT cache) against two references run on the same trimmed runtime, each with an AOT cache
 * of its own trained the same way: the bare window ({@link MinimalFxApp}) and the editor-shaped
 * window with none of our code ({@link ShellFxApp}). All start from jars (an AOT cache takes no
 * class folders), with the launcher's JVM options, in alternating rounds after a warm-up round;
 * medians. Goals (issue 15): at most 1.5x the bare window, at most 1.2x the shell.
 *
 * <p>Usage: {@code java -cp <test class path> org.canvasboard.bench.PackagedStartupBench
 * [image] [runs]}; .ci/bench.sh runs it when the image is built. Needs a display.
 */
public final class PackagedStartupBench {
    private PackagedStartupBench() {
    }

    public static void main(String[] args) throws Exception {
        Path image = Path.of(args.length > 0 ? args[0] : "target/dist/Canvasboard");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Path work = Files.createDirectories(Path.of("target", "bench-packaged"));
        Path home = Files.createDirectories(work.resolve("home"));
        Path large = work.resolve("large.canvasboard");
        Files.write(large, new org.canvasboard.persistence.ProjectWriter().toBytes(BenchProjects.large(), null));
        Reference bare = new Reference(image, work, "bare", MinimalFxApp.Main.class.getName());
        Reference shell = new Reference(image, work, "shell", ShellFxApp.Main.class.getName());
        bare.train();
        shell.train();
        List<Long> bareTimes = new ArrayList<>();
        List<Long> bareUncached = new ArrayList<>();
        List<Long> shellTimes = new ArrayList<>();
        List<Long> app = new ArrayList<>();
        List<Long> complete = new ArrayList<>();
        List<Long> big = new ArrayList<>();
        List<String> launcher = List.of(image.resolve("bin/Canvasboard").toString(), "--exit-after-first-frame");
        for (int i = 0; i < runs + 1; i++) {
            long b = firstFrame(bare.command(true), home)[0];
            long u = firstFrame(bare.command(false), home)[0];
            long s = firstFrame(shell.command(true), home)[0];
            long[] a = firstFrame(launcher, home);
            List<String> withLarge = new ArrayList<>(launcher);
            withLarge.add(large.toString());
            long l = firstFrame(withLarge, home)[0];
            if (i > 0) { // the first round warms the disk cache
                bareTimes.add(b);
                bareUncached.add(u);
                shellTimes.add(s);
                app.add(a[0]);
                complete.add(a[1]);
                big.add(l);
            }
        }
        long mb = StartupBench.median(bareTimes);
        long ms = StartupBench.median(shellTimes);
        long ma = StartupBench.median(app);
        System.out.printf("packaged: bare window with its AOT cache median %d ms %s (without a cache %d ms %s)%n",
                mb, bareTimes, StartupBench.median(bareUncached), bareUncached);
        System.out.printf("packaged: editor-shaped shell with its AOT cache median %d ms %s, %.2fx the bare window%n",
                ms, shellTimes, (double) ms / mb);
        System.out.printf("packaged: Canvasboard first frame median %d ms %s: %.2fx the bare window (goal 1.5x),"
                + " %.2fx the shell (goal 1.2x)%n", ma, app, (double) ma / mb, (double) ma / ms);
        System.out.printf("packaged: Canvasboard complete window median %d ms %s, %.2fx the bare window%n",
                StartupBench.median(complete), complete, (double) StartupBench.median(complete) / mb);
        System.out.printf("packaged: Canvasboard on the large project median %d ms %s%n", StartupBench.median(big), big);
        printRatios("packaged: round by round, Canvasboard / bare window", app, bareTimes);
        printRatios("packaged: round by round, Canvasboard / shell", app, shellTimes);
    }

    private static void printRatios(String label, List<Long> a, List<Long> b) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            ratios.add(Math.round(100.0 * a.get(i) / b.get(i)) / 100.0);
        }
        System.out.println(label + ": " + ratios.stream().sorted().toList());
    }

    /** A reference program run on the image's runtime, from a jar, with or without its own AOT cache. */
    private static final class Reference {
        private final Path image;
        private final Path cache;
        private final String mainClass;
        private final String classPath;

        Reference(Path image, Path work, String name, String mainClass) throws IOException {
            this.image = image;
            this.cache = work.resolve(name + ".aot");
            this.mainClass = mainClass;
            Path jar = work.resolve("bench-apps.jar");
            if (!Files.exists(jar)) {
                writeReferenceJar(jar);
            }
            List<String> entries = new ArrayList<>();
            entries.add(jar.toAbsolutePath().toString());
            try (Stream<Path> jars = Files.list(image.resolve("lib/app"))) {
                jars.filter(p -> p.toString().endsWith(".jar")).sorted()
                        .forEach(p -> entries.add(p.toAbsolutePath().toString()));
            }
            this.classPath = String.join(java.io.File.pathSeparator, entries);
        }

        /** The launcher's own JVM options (from its .cfg), without its cache. */
        private List<String> jvmOptions() throws IOException {
            List<String> options = new ArrayList<>();
            for (String line : Files.readAllLines(image.resolve("lib/app/Canvasboard.cfg"))) {
                if (line.startsWith("java-options=") && !line.contains("AOTCache") && !line.contains("-Xlog")) {
                    options.add(line.substring("java-options=".length()));
                }
            }
            return options;
        }

        List<String> command(boolean cached) throws IOException {
            List<String> command = new ArrayList<>();
            command.add(image.resolve("lib/runtime/bin/java").toString());
            command.addAll(jvmOptions());
            if (cached) {
                command.add("-XX:AOTCache=" + cache);
            }
            command.addAll(List.of("-Xlog:aot=off", "-Xlog:cds=off", "-cp", classPath, mainClass));
            return command;
        }

        /** One run that writes the reference's cache, as the packaging script does for the editor. */
        void train() throws Exception {
            Files.deleteIfExists(cache);
            List<String> command = command(false);
            command.add(command.size() - 3, "-XX:AOTCacheOutput=" + cache);
            firstFrame(command, null);
            if (!Files.isRegularFile(cache)) {
                throw new IllegalStateException("no AOT cache was written for " + mainClass);
            }
        }
    }

    private static void writeReferenceJar(Path jar) throws IOException {
        Path classes = Path.of("target", "test-classes");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out);
             Stream<Path> files = Files.walk(classes.resolve("org/canvasboard/bench"))) {
            for (Path file : files.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith("MinimalFxApp") || name.startsWith("ShellFxApp");
            }).sorted().toList()) {
                jarOut.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                jarOut.write(Files.readAllBytes(file));
                jarOut.closeEntry();
            }
        }
    }

    /** Runs a command; returns its first frame and complete window times (-1 if not said). */
    private static long[] firstFrame(List<String> command, Path home) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command);
        if (home != null) {
            builder.environment().put("XDG_CONFIG_HOME", home.toAbsolutePath().toString());
        }
        return StartupBench.frameTimes(builder, String.join(" ", command));
    }
}
