package org.canvasboard.app;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.scene.Cursor;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.canvasboard.model.Project;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.viewmodel.WorkspaceViewModel;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * New, Open, Save, Save As and Quit: file choosers, the "save your changes?" question, and file
 * input and output on a background thread so the window stays responsive.
 */
final class DocumentController {
    private final Stage stage;
    private final WorkspaceViewModel workspace;
    private final ProjectIO io;
    private final SettingsKeeper settings;
    private final Executor background;
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private Consumer<String> status = s -> { };
    private Runnable onClosing = () -> { };

    DocumentController(Stage stage, WorkspaceViewModel workspace, ProjectIO io, SettingsKeeper settings,
                       Executor background) {
        this.stage = stage;
        this.workspace = workspace;
        this.io = io;
        this.settings = settings;
        this.background = background;
        recentFiles.setAll(settings.recentFiles());
    }

    ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    void setStatusSink(Consumer<String> sink) {
        this.status = sink;
    }

    /** Runs when the window is about to close for good (after any unsaved changes were handled). */
    void setOnClosing(Runnable action) {
        this.onClosing = action;
    }

    void newProject() {
        if (confirmDiscard()) {
            workspace.show(Project.blank(), null, null);
            status.accept(Messages.get("window.status.newProject"));
        }
    }

    /** A new project from the "Segmentation assignment" template: one canvas, the workbook started. */
    boolean newAssignment() {
        if (!confirmDiscard()) {
            return false;
        }
        Project blank = Project.blank();
        workspace.show(new Project("Segmentation assignment", blank.canvases(), java.util.List.of(),
                org.canvasboard.model.Workbook.started()), null, null);
        status.accept(Messages.get("window.status.newAssignment"));
        return true;
    }

    void open() {
        if (!confirmDiscard()) {
            return;
        }
        FileChooser chooser = chooser("Open project");
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            load(chosen.toPath());
        }
    }

    /** Opens a recent file (asking about unsaved changes first). */
    void open(Path path) {
        if (confirmDiscard()) {
            load(path);
        }
    }

    /** Reads a file in the background and shows it; a bad file gets a message and stays untouched. */
    void load(Path path) {
        status.accept(Messages.get("window.status.opening", String.valueOf(path.getFileName())));
        stage.getScene().setCursor(Cursor.WAIT);
        Task<ProjectIO.Opened> task = new Task<>() {
            @Override
            protected ProjectIO.Opened call() throws Exception {
                return io.read(path);
            }
        };
        task.setOnSucceeded(e -> {
            stage.getScene().setCursor(Cursor.DEFAULT);
            ProjectIO.Opened opened = task.getValue();
            workspace.show(opened.project(), path, opened.fileData());
            remember(path);
            status.accept(Messages.get("window.status.opened", String.valueOf(path.getFileName())));
        });
        task.setOnFailed(e -> {
            stage.getScene().setCursor(Cursor.DEFAULT);
            status.accept(Messages.get("window.status.notOpened", String.valueOf(path.getFileName())));
            Dialogs.error(stage, "Could not open " + path.getFileName(), ProjectIO.messageOf(task.getException()));
        });
        background.execute(task);
    }

    void save() {
        if (workspace.getFile() == null) {
            saveAs();
        } else {
            write(workspace.getFile(), null);
        }
    }

    void saveAs() {
        FileChooser chooser = chooser("Save project as");
        Path current = workspace.getFile();
        chooser.setInitialFileName(current != null ? current.getFileName().toString()
                : ProjectIO.suggestedFileName(workspace.getProject().getName()));
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            write(ProjectIO.withExtension(chosen.toPath()), null);
        }
    }

    /** Saves in the background; {@code after} runs on success (e.g. closing the window). */
    private void write(Path path, Runnable after) {
        Project snapshot = workspace.getProject().toModel();
        Object token = workspace.getProject().history().saveToken();
        Object fileData = workspace.fileData();
        status.accept(Messages.get("window.status.saving"));
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                io.write(snapshot, fileData, path);
                return null;
            }
        };
        task.setOnSucceeded(e -> {
            workspace.saved(path, token);
            remember(path);
            status.accept(Messages.get("window.status.saved", String.valueOf(path.getFileName())));
            if (after != null) {
                after.run();
            }
        });
        task.setOnFailed(e -> {
            status.accept(Messages.get("window.status.notSaved"));
            Dialogs.error(stage, "Could not save " + path.getFileName(), ProjectIO.messageOf(task.getException()));
        });
        background.execute(task);
    }

    /** Saves on this thread (used while closing, when the answer is needed before going on). */
    private boolean saveNow() {
        Path path = workspace.getFile();
        if (path == null) {
            FileChooser chooser = chooser("Save project as");
            chooser.setInitialFileName(ProjectIO.suggestedFileName(workspace.getProject().getName()));
            File chosen = chooser.showSaveDialog(stage);
            if (chosen == null) {
                return false;
            }
            path = ProjectIO.withExtension(chosen.toPath());
        }
        Object token = workspace.getProject().history().saveToken();
        try {
            io.write(workspace.getProject().toModel(), workspace.fileData(), path);
            workspace.saved(path, token);
            remember(path);
            return true;
        } catch (Exception ex) {
            Dialogs.error(stage, "Could not save " + path.getFileName(), ProjectIO.messageOf(ex));
            return false;
        }
    }

    /** True when it is fine to replace or close the project (saved, or the user chose). */
    boolean confirmDiscard() {
        if (!workspace.isDirty()) {
            return true;
        }
        return switch (Dialogs.askToSave(stage, workspace.displayName())) {
            case SAVE -> saveNow();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    void quit() {
        if (confirmDiscard()) {
            settings.rememberWindow(stage);
            onClosing.run();
            stage.hide();
        }
    }

    private void remember(Path path) {
        List<Path> updated = settings.addRecentFile(path);
        recentFiles.setAll(updated);
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Canvasboard projects", "*" + ProjectIO.EXTENSION, "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        Path folder = workspace.getFile() != null ? workspace.getFile().getParent() : settings.lastFolder();
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }
}
