package org.canvasboard.viewmodel;

import org.canvasboard.model.BlockType;
import org.canvasboard.model.Project;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkspaceViewModelTest {

    private static WorkspaceViewModel unsavedBlank() {
        return new WorkspaceViewModel(Project.blank(), null, null);
    }

    @Test
    void titleNamesTheProjectUntilItHasAFile() {
        WorkspaceViewModel workspace = unsavedBlank();
        assertEquals("Untitled project — Canvasboard", workspace.titleProperty().get());
        assertNull(workspace.getFile());
    }

    @Test
    void titleMarksUnsavedChangesAndLosesTheMarkOnSave() {
        WorkspaceViewModel workspace = unsavedBlank();
        ProjectViewModel project = workspace.getProject();
        project.addCard(BlockType.CHANNELS);
        assertTrue(workspace.isDirty());
        assertEquals("*Untitled project — Canvasboard", workspace.titleProperty().get());

        Object token = project.history().saveToken();
        workspace.saved(Path.of("/tmp/plan.canvasboard"), token);
        assertFalse(workspace.isDirty());
        assertEquals("plan.canvasboard — Canvasboard", workspace.titleProperty().get());
    }

    @Test
    void editsMadeWhileABackgroundSaveRunsStayUnsaved() {
        WorkspaceViewModel workspace = unsavedBlank();
        ProjectViewModel project = workspace.getProject();
        CardViewModel card = project.addCard(BlockType.CHANNELS);
        card.changeText("Sho");
        Object token = project.history().saveToken();
        card.changeText("Shop window");
        workspace.saved(Path.of("/tmp/plan.canvasboard"), token);
        assertTrue(workspace.isDirty(), "typing after the snapshot is not on disk");
        project.undo();
        assertFalse(workspace.isDirty(), "undoing back to the snapshot is the saved state");
        assertEquals("Sho", card.getText());
    }

    @Test
    void showingAnotherProjectReplacesStateAndTracksItsDirtiness() {
        WorkspaceViewModel workspace = unsavedBlank();
        ProjectViewModel first = workspace.getProject();
        first.addCard(BlockType.CHANNELS);
        Object data = new Object();
        ProjectViewModel second = workspace.show(Project.blank(), Path.of("/tmp/other.canvasboard"), data);
        assertNotSame(first, second);
        assertSame(second, workspace.getProject());
        assertSame(data, workspace.fileData());
        assertFalse(workspace.isDirty());
        second.addCard(BlockType.KEY_PARTNERS);
        assertTrue(workspace.isDirty());
        assertEquals("*other.canvasboard — Canvasboard", workspace.titleProperty().get());
    }
}
