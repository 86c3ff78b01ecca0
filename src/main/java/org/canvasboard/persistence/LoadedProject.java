package org.canvasboard.persistence;

import org.canvasboard.model.Project;

/**
 * A project as read from a file, plus what the file held that the model does not (fields this
 * version does not know). Hand the whole thing back to {@link ProjectWriter} so those survive.
 */
public record LoadedProject(Project project, Object fileData) {
    /** A project that did not come from a file. */
    public static LoadedProject fresh(Project project) {
        return new LoadedProject(project, null);
    }
}
