package org.canvasboard.viewmodel;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.canvasboard.model.Project;

import java.nio.file.Path;

/**
 * What the window is editing: the open project, the file it belongs to (none until first saved),
 * and the window title with its unsaved-changes mark. File input and output happen elsewhere; this
 * keeps the state they leave behind.
 */
public final class WorkspaceViewModel {
    private final ReadOnlyObjectWrapper<ProjectViewModel> project = new ReadOnlyObjectWrapper<>(this, "project");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private Object fileData;

    public WorkspaceViewModel(Project initial, Path initialFile, Object initialFileData) {
        dirty.addListener((obs, old, now) -> {
            if (project.get() != null) {
                updateTitle();
            }
        });
        show(initial, initialFile, initialFileData);
    }

    /**
     * Replaces the open project. {@code fileData} is whatever the file format needs to keep from
     * the file it came from (e.g. fields this version does not know); it is handed back on save.
     */
    public ProjectViewModel show(Project model, Path path, Object fileData) {
        ProjectViewModel vm = new ProjectViewModel(model);
        this.fileData = fileData;
        file.set(path);
        dirty.unbind();
        dirty.bind(vm.history().dirtyProperty());
        project.set(vm);
        vm.nameProperty().addListener((obs, old, now) -> updateTitle());
        updateTitle();
        return vm;
    }

    /** Records a completed save: the file is now {@code path} and the state at {@code token} is on disk. */
    public void saved(Path path, Object token) {
        file.set(path);
        getProject().history().markSaved(token);
        updateTitle();
    }

    private void updateTitle() {
        title.set((dirty.get() ? "*" : "") + displayName() + " — Canvasboard");
    }

    /** The file name, or the project name while the project has never been saved. */
    public String displayName() {
        Path path = file.get();
        if (path != null && path.getFileName() != null) {
            return path.getFileName().toString();
        }
        return getProject().getName();
    }

    public Object fileData() {
        return fileData;
    }

    public ReadOnlyObjectProperty<ProjectViewModel> projectProperty() {
        return project.getReadOnlyProperty();
    }

    public ProjectViewModel getProject() {
        return project.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path getFile() {
        return file.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
