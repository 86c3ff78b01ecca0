package org.canvasboard.bench;

import org.canvasboard.model.BlockType;
import org.canvasboard.viewmodel.CanvasViewModel;
import org.canvasboard.viewmodel.CardViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/** 10,000 edits on the large project, then all undone and all redone. Goal: under 1 s in total. */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class UndoBenchmark {
    static final int EDITS = 10_000;
    private ProjectViewModel project;

    @Setup(Level.Invocation)
    public void tenThousandEdits() {
        project = new ProjectViewModel(BenchProjects.large());
        makeEdits(project, EDITS, new Random(1));
    }

    static void makeEdits(ProjectViewModel project, int count, Random random) {
        CanvasViewModel canvas = project.getCurrentCanvas();
        List<BlockType> blocks = canvas.kind().blocks();
        for (int i = 0; i < count; i++) {
            BlockType block = blocks.get(random.nextInt(blocks.size()));
            List<CardViewModel> cards = canvas.block(block).cards();
            switch (random.nextInt(4)) {
                case 0 -> canvas.addCard(block, random.nextInt(10), "idea " + i);
                case 1 -> {
                    if (!cards.isEmpty()) {
                        project.history().breakMerge();
                        cards.get(random.nextInt(cards.size())).changeText("text " + i);
                    }
                }
                case 2 -> {
                    if (!cards.isEmpty()) {
                        canvas.moveCards(List.of(cards.get(random.nextInt(cards.size()))),
                                blocks.get(random.nextInt(blocks.size())), random.nextInt(10));
                    }
                }
                default -> {
                    if (!cards.isEmpty()) {
                        canvas.deleteCards(List.of(cards.get(random.nextInt(cards.size()))));
                    }
                }
            }
        }
    }

    @Benchmark
    public int undoAllThenRedoAll() {
        int steps = 0;
        while (project.history().canUndoProperty().get()) {
            project.undo();
            steps++;
        }
        while (project.history().canRedoProperty().get()) {
            project.redo();
            steps++;
        }
        return steps;
    }
}
