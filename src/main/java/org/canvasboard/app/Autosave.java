package org.canvasboard.app;

import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.util.Duration;
import org.canvasboard.persistence.ProjectWriter;
import org.canvasboard.persistence.RecoveryStore;
import org.canvasboard.viewmodel.ProjectViewModel;
import org.canvasboard.viewmodel.WorkspaceViewModel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;

/**
 * Snapshots unsaved work to the recovery folder a moment after the last change, so a crash or a
 * power cut loses nothing. A clean save (or undoing back to the saved state) removes the snapshot.
 */
final class Autosave {
    static final Duration DELAY = Duration.seconds(1.5);

    private final WorkspaceViewModel workspace;
    private final RecoveryStore store;
    private final Executor background;
    private final ProjectWriter writer = new ProjectWriter();
    private final PauseTransition pause;
    private final ChangeListener<Number> onEdit = (obs, old, now) -> restart();

    Autosave(WorkspaceViewModel workspace, RecoveryStore store, Executor background, Duration delay) {
        this.workspace = workspace;
        this.store = store;
        this.background = background;
        this.pause = new PauseTransition(delay);
        pause.setOnFinished(e -> snapshotNow());
        workspace.projectProperty().addListener((obs, old, now) -> watch(old, now));
        workspace.dirtyProperty().addListener((obs, was, now) -> {
            if (!now) {
                pause.stop();
                background.execute(store::clear);
            }
        });
        watch(null, workspace.getProject());
    }

    private void watch(ProjectViewModel old, ProjectViewModel now) {
        if (old != null) {
            old.history().revisionProperty().removeListener(onEdit);
        }
        if (now != null) {
            now.history().revisionProperty().addListener(onEdit);
        }
    }

    private void restart() {
        pause.playFromStart();
    }

    /** Takes the snapshot now (on the FX thread) and writes it in the background. */
    void snapshotNow() {
        if (!workspace.isDirty()) {
            background.execute(store::clear);
            return;
        }
        byte[] bytes = writer.toBytes(workspace.getProject().toModel(), workspace.fileData());
        Path original = workspace.getFile();
        String name = workspace.getProject().getName();
        background.execute(() -> {
            try {
                store.snapshot(bytes, original, name);
            } catch (IOException e) {
                // the next change tries again; the user's file is never touched by autosave
            }
        });
    }

    /** Stops snapshotting and removes this session's snapshot (the window closes on purpose). */
    void shutDown() {
        pause.stop();
        store.close();
    }
}
