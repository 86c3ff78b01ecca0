package org.canvasboard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.canvasboard.model.Project;
import org.canvasboard.persistence.LoadedProject;
import org.canvasboard.persistence.ProjectFileException;
import org.canvasboard.persistence.ProjectReader;
import org.canvasboard.persistence.ProjectWriter;
import org.canvasboard.viewmodel.ProjectViewModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Opening and saving the large project (10 canvases, 5,000 cards), with Jackson reading the same
 * bytes into a tree as the platform's own limit. Goals: open under 1 s, save under 200 ms,
 * loading at most 3x the tree read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PersistenceBenchmark {
    private final ProjectReader reader = new ProjectReader();
    private final ProjectWriter writer = new ProjectWriter();
    private final ObjectMapper plainJackson = new ObjectMapper();
    private byte[] bytes;
    private Project project;

    @Setup
    public void setUp() {
        project = BenchProjects.large();
        bytes = writer.toBytes(project, null);
        openProject = new ProjectViewModel(project);
    }

    private ProjectViewModel openProject;

    /** Baseline: Jackson alone, bytes to a tree, no checks. */
    @Benchmark
    public JsonNode jacksonTreeBaseline() throws IOException {
        return plainJackson.readTree(bytes);
    }

    /** Our loader: checks, migrations, validation, model. */
    @Benchmark
    public LoadedProject load() throws ProjectFileException {
        return reader.read(bytes);
    }

    /** Open to interactive (minus drawing): load plus building the editable viewmodel. */
    @Benchmark
    public ProjectViewModel openToViewModel() throws ProjectFileException {
        return new ProjectViewModel(reader.read(bytes).project());
    }

    /**
     * What the checks panel does after an edit: a model snapshot of the open project and the
     * segmentation checks over it.
     */
    @Benchmark
    public Object checksAfterAnEdit() {
        return openProject.checks();
    }

    /** Save minus the disk: the model snapshot and the bytes. */
    @Benchmark
    public byte[] save() {
        return writer.toBytes(project, null);
    }
}
