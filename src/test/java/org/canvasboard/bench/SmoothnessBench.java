package org.canvasboard.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.canvasboard.model.BlockType;
import org.canvasboard.ui.canvas.CanvasView;
import org.canvasboard.ui.canvas.ZoomPane;
import org.canvasboard.viewmodel.CanvasViewModel;
import org.canvasboard.viewmodel.CardViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;

import java.util.ArrayList;
import java.util.List;

/**
 * Frame times with 1,000 cards on one canvas while typing into a card, moving a card across
 * blocks every frame, scrolling a block and zooming in and out a step every frame. For each frame
 * it records the interval since the previous frame and the work of the frame (our changes plus
 * CSS and layout, up to the end of the layout pass). Goal: 99th percentile under 16 ms.
 * {@code -Dphases=typing,zooming} runs only some phases (for profiling one of them), and
 * {@code -Dworst=true} also prints each phase's eight slowest frames (frame number and work), and
 * {@code -Dsample=N} prints where the work of frame N (counted from the first measured frame) went,
 * from stack samples of the JavaFX thread.
 */
public class SmoothnessBench extends Application {
    private static final int FRAMES_PER_PHASE = 240;
    private final List<String> report = new ArrayList<>();

    @Override
    public void start(Stage stage) {
        ProjectViewModel project = new ProjectViewModel(BenchProjects.denseCanvas(1_000));
        CanvasViewModel canvas = project.getCurrentCanvas();
        CanvasView view = new CanvasView(project, canvas, () -> null);
        ZoomPane zoom = new ZoomPane(view);
        Scene scene = new Scene(zoom, 1920, 1080);
        scene.getStylesheets().add(getClass().getResource("/org/canvasboard/ui/canvasboard.css").toExternalForm());
        stage.setScene(scene);
        stage.show();

        CardViewModel typed = canvas.block(BlockType.VALUE_PROPOSITIONS).cards().get(0);
        List<String> phases = List.of(System.getProperty("phases", "typing,moving,scrolling,zooming").split(","));
        ScrollPane scroll = (ScrollPane) view.lookup("#block-customerSegments .block-scroll");
        long[] frameStart = new long[1]; // 0 while settling: those frames are not counted
        List<Long> intervals = new ArrayList<>();
        List<Long> work = new ArrayList<>();
        // the JavaFX thread's own processor time in the frame's work: on two cores the software
        // renderer and the X server take the processor from it, which the wall time includes
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] cpuStart = new long[1];
        List<Long> cpu = new ArrayList<>();
        int sampled = Integer.getInteger("sample", -1);
        FrameSampler sampler = new FrameSampler(Thread.currentThread());
        scene.addPostLayoutPulseListener(() -> {
            if (frameStart[0] != 0) {
                work.add(System.nanoTime() - frameStart[0]);
                cpu.add(threads.getCurrentThreadCpuTime() - cpuStart[0]);
            }
            sampler.stop();
        });
        new AnimationTimer() {
            private long last;
            private int frame = -60; // one second to settle first

            @Override
            public void handle(long now) {
                frameStart[0] = frame >= 0 ? System.nanoTime() : 0;
                cpuStart[0] = threads.getCurrentThreadCpuTime();
                if (frame == 0) {
                    System.out.printf("smoothness: %d cards, %d nodes in the scene%n", canvas.allCards().count(),
                            countNodes(scene.getRoot()));
                }
                if (frame == sampled) {
                    sampler.start("frame " + frame);
                }
                if (frame >= 0 && last != 0) {
                    intervals.add(now - last);
                }
                last = now;
                int phase = frame < 0 ? -1 : frame / FRAMES_PER_PHASE;
                if (phase >= phases.size()) {
                    stop();
                    Platform.exit();
                    return;
                }
                if (frame >= 0 && frame % FRAMES_PER_PHASE == 0 && frame > 0) {
                    summarise(phases.get(phase - 1), intervals, work, cpu);
                }
                switch (phase < 0 ? "" : phases.get(phase)) {
                    case "typing" -> typed.changeText(typed.getText() + (char) ('a' + frame % 26));
                    case "moving" -> {
                        List<BlockType> blocks = canvas.kind().blocks();
                        CardViewModel card = canvas.block(blocks.get(frame % 9)).cards().get(0);
                        canvas.moveCards(List.of(card), blocks.get((frame + 1) % 9), frame % 5);
                    }
                    case "scrolling" -> scroll.setVvalue((frame % 120) / 120.0);
                    case "zooming" -> {
                        // four steps in, four steps out, as a turning wheel does, from 76 % (the
                        // canvas laid out anew) to 132 % (only drawn larger)
                        if (frame % FRAMES_PER_PHASE == 0) {
                            zoom.setZoom(1 / 1.15 / 1.15);
                        } else if (frame / 4 % 2 == 0) {
                            zoom.zoomIn();
                        } else {
                            zoom.zoomOut();
                        }
                    }
                    default -> {
                    }
                }
                frame++;
                if (frame == FRAMES_PER_PHASE * phases.size()) {
                    summarise(phases.get(phases.size() - 1), intervals, work, cpu);
                }
            }
        }.start();
    }

    private void summarise(String phase, List<Long> intervals, List<Long> work, List<Long> cpu) {
        if (Boolean.getBoolean("worst")) {
            List<Integer> frames = new ArrayList<>();
            for (int i = 0; i < work.size(); i++) {
                frames.add(i);
            }
            frames.sort((a, b) -> Long.compare(work.get(b), work.get(a)));
            System.out.println("smoothness " + phase + ", slowest frames: " + frames.subList(0, Math.min(8, frames.size())).stream()
                    .map(i -> "#" + i + " " + work.get(i) / 1_000_000 + " ms (processor " + cpu.get(i) / 1_000_000
                            + ")").toList());
        }
        System.out.printf("smoothness %-9s: frame interval p50 %.1f ms p99 %.1f ms; frame work p50 %.1f ms p99 %.1f ms"
                        + " (processor time p50 %.1f ms p99 %.1f ms)%n", phase, pct(intervals, 50), pct(intervals, 99),
                pct(work, 50), pct(work, 99), pct(cpu, 50), pct(cpu, 99));
        intervals.clear();
        work.clear();
        cpu.clear();
    }

    /** Counts which methods the JavaFX thread is in, every half millisecond, during one frame. */
    private static final class FrameSampler {
        private final Thread fx;
        private volatile boolean running;
        private String name;
        private final java.util.Map<String, Integer> counts = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.atomic.AtomicInteger samples = new java.util.concurrent.atomic.AtomicInteger();

        FrameSampler(Thread fx) {
            this.fx = fx;
        }

        void start(String frameName) {
            name = frameName;
            running = true;
            Thread t = new Thread(() -> {
                while (running) {
                    java.util.Set<String> seen = new java.util.HashSet<>();
                    for (StackTraceElement e : fx.getStackTrace()) {
                        String method = e.getClassName() + "." + e.getMethodName();
                        if (seen.add(method)) {
                            counts.merge(method, 1, Integer::sum);
                        }
                    }
                    samples.incrementAndGet();
                    java.util.concurrent.locks.LockSupport.parkNanos(500_000);
                }
            }, "frame sampler");
            t.setDaemon(true);
            t.start();
        }

        void stop() {
            if (!running) {
                return;
            }
            running = false;
            System.out.println("samples of " + name + " (" + samples.get() + " in all):");
            counts.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(60).forEach(e -> System.out.printf("  %4d %s%n", e.getValue(), e.getKey()));
        }
    }

    private static int countNodes(javafx.scene.Node node) {
        int count = 1;
        if (node instanceof javafx.scene.Parent parent) {
            for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
                count += countNodes(child);
            }
        }
        return count;
    }

    private static double pct(List<Long> nanos, int percentile) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100)) / 1e6;
    }

    /** Entry point that does not extend Application, so JavaFX can start from the class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(SmoothnessBench.class, args);
        }
    }
}
