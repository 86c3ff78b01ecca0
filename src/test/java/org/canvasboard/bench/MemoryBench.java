package org.canvasboard.bench;

import org.canvasboard.persistence.ProjectReader;
import org.canvasboard.persistence.ProjectWriter;
import org.canvasboard.viewmodel.ProjectViewModel;

/** Heap in use once the large project is open (as viewmodels) and a full GC has run. Goal: under 200 MB. */
public final class MemoryBench {
    private MemoryBench() {
    }

    public static void main(String[] args) throws Exception {
        byte[] bytes = new ProjectWriter().toBytes(BenchProjects.large(), null);
        long before = usedAfterGc();
        ProjectViewModel open = new ProjectViewModel(new ProjectReader().read(bytes).project());
        long after = usedAfterGc();
        System.out.printf("memory: %.1f MB in use before opening, %.1f MB with the large project open "
                        + "(%.1f MB for the project; %d canvases), file %.1f MB%n",
                before / 1e6, after / 1e6, (after - before) / 1e6, open.canvases().size(), bytes.length / 1e6);
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
