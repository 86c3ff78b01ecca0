package org.canvasboard.bench;

import org.canvasboard.export.PdfExport;
import org.canvasboard.export.PngExport;
import org.canvasboard.model.Canvas;
import org.canvasboard.model.Project;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.Comparator;
import java.util.concurrent.TimeUnit;

/** PDF poster and PNG picture of the densest canvas of the large project (goal: under 2 s each). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExportBenchmark {
    private Canvas densest;
    private Project project;

    @Setup
    public void setUp() {
        project = BenchProjects.large();
        densest = project.canvases().stream().max(Comparator.comparingInt(Canvas::cardCount)).orElseThrow();
    }

    @Benchmark
    public byte[] pdfPoster() {
        return PdfExport.poster(densest, project.name());
    }

    @Benchmark
    public byte[] png1920() {
        return PngExport.write(densest, 1920);
    }

    @Benchmark
    public byte[] png3840() {
        return PngExport.write(densest, 3840);
    }
}
