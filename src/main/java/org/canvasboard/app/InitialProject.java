package org.canvasboard.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The project the editor opens with: the file named on the command line, or the bundled example
 * when there is none or it cannot be read (with the reason kept to tell the user).
 *
 * <p>The launcher starts reading it on a thread of its own before JavaFX starts, so that the
 * file, and the loading of the reader's classes, overlap the toolkit's own start-up on another
 * core instead of following it.
 */
final class InitialProject {
    /** What was read; {@code file} is null for the example, {@code problem} says why a file was not opened. */
    record Result(ProjectIO.Opened opened, Path file, String problem) {
    }

    private static CompletableFuture<Result> early;
    private static List<String> earlyArgs;

    private InitialProject() {
    }

    /** Starts reading on a background thread; {@link #take} picks the result up. */
    static synchronized void readEarly(List<String> args) {
        List<String> copy = List.copyOf(args);
        earlyArgs = copy;
        CompletableFuture<Result> future = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                future.complete(read(new ProjectIO(), copy));
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "canvasboard-initial-read");
        reader.setDaemon(true);
        reader.start();
        early = future;
    }

    /** The early read if one was started for these arguments, else a read now. */
    static Result take(ProjectIO io, List<String> args) {
        CompletableFuture<Result> future;
        synchronized (InitialProject.class) {
            future = args.equals(earlyArgs) ? early : null;
            early = null;
            earlyArgs = null;
        }
        if (future == null) {
            return read(io, args);
        }
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    static Result read(ProjectIO io, List<String> args) {
        Path file = args.stream().filter(a -> !a.startsWith("-")).findFirst().map(Path::of).orElse(null);
        if (file == null) {
            return new Result(io.readExample(), null, null);
        }
        try {
            return new Result(io.read(file.toAbsolutePath()), file.toAbsolutePath(), null);
        } catch (Exception e) {
            return new Result(io.readExample(), null, ProjectIO.messageOf(e));
        }
    }
}
