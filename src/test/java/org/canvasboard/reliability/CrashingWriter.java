package org.canvasboard.reliability;

import org.canvasboard.model.BlockType;
import org.canvasboard.model.Project;
import org.canvasboard.persistence.ProjectWriter;
import org.canvasboard.persistence.RecoveryStore;
import org.canvasboard.viewmodel.CardViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * A child process for the crash tests, killed by its parent at a random moment. Modes:
 * {@code save FILE SEED} saves ever-newer projects to FILE, printing "saved N" after each save;
 * {@code edit FOLDER SEED} makes random edits and snapshots them for recovery as the editor does,
 * printing "writing HASH" before and "done HASH" after each snapshot.
 */
public final class CrashingWriter {
    private CrashingWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[1]);
        Random random = new Random(Long.parseLong(args[2]));
        if (args[0].equals("save")) {
            saveForever(target, random);
        } else {
            editForever(target, random);
        }
    }

    private static void saveForever(Path file, Random random) throws Exception {
        ProjectWriter writer = new ProjectWriter();
        Project base = SampleProjects.large(random.nextLong(), 3, 2_000);
        for (long generation = 1; ; generation++) {
            writer.write(new Project("generation " + generation, base.canvases()), null, file);
            System.out.println("saved " + generation);
            System.out.flush();
        }
    }

    private static void editForever(Path folder, Random random) throws Exception {
        RecoveryStore store = new RecoveryStore(folder, "child");
        store.open();
        ProjectViewModel project = new ProjectViewModel(SampleProjects.large(random.nextLong(), 2, 300));
        ProjectWriter writer = new ProjectWriter();
        List<BlockType> blocks = project.getCurrentCanvas().kind().blocks();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        while (true) {
            for (int i = 1 + random.nextInt(5); i > 0; i--) {
                BlockType block = blocks.get(random.nextInt(blocks.size()));
                List<CardViewModel> cards = project.getCurrentCanvas().block(block).cards();
                switch (random.nextInt(4)) {
                    case 0 -> project.getCurrentCanvas().addCard(block, random.nextInt(5), "idea " + random.nextInt());
                    case 1 -> {
                        if (!cards.isEmpty()) {
                            cards.get(random.nextInt(cards.size())).changeText("text " + random.nextInt());
                        }
                    }
                    case 2 -> {
                        if (!cards.isEmpty()) {
                            project.getCurrentCanvas().deleteCards(List.of(cards.get(random.nextInt(cards.size()))));
                        }
                    }
                    default -> project.undo();
                }
            }
            byte[] bytes = writer.toBytes(project.toModel(), null);
            String hash = HexFormat.of().formatHex(sha.digest(bytes));
            System.out.println("writing " + hash);
            System.out.flush();
            store.snapshot(bytes, null, project.getName());
            System.out.println("done " + hash);
            System.out.flush();
        }
    }
}
