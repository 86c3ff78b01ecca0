package org.canvasboard.app;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Path;

/**
 * What the flow tests on the bundled example share: before each test the real editor opens on
 * a fresh copy of the example in a temporary folder, and after it every window is closed.
 */
@ExtendWith(ApplicationExtension.class)
abstract class ExampleEditorFlow {
    @TempDir
    Path tmp;
    RunningEditor editor;

    // TestFX looks for @Start only on the test class itself, so the editor opens here, on the
    // primary stage that the extension has registered by now
    @BeforeEach
    void openEditor() throws Exception {
        FxToolkit.setupStage(stage -> {
            try {
                editor = RunningEditor.open(stage, tmp);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            opened(stage);
        });
    }

    /** For a test class that needs more once the editor is open (a window size, say). */
    void opened(Stage stage) {
    }

    @AfterEach
    void closeAllWindows() throws Exception {
        // a snapshot due after the test would write into the folder JUnit is deleting
        if (editor != null) {
            FxToolkit.setupFixture(() -> editor.app.autosave().shutDown());
        }
        FxToolkit.cleanupStages();
    }
}
