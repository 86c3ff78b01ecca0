package org.canvasboard.app;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.canvasboard.persistence.RecoveryStore;
import org.canvasboard.viewmodel.WorkspaceViewModel;
import org.kordamp.ikonli.javafx.IkonResolver;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * The composition root: builds the workspace, the document controller and the main window with
 * plain constructors, and opens the file named on the command line or the bundled example.
 */
public class CanvasboardApp extends Application {
    static final String STYLESHEET = Objects.requireNonNull(
            CanvasboardApp.class.getResource("/org/canvasboard/ui/canvasboard.css")).toExternalForm();

    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "canvasboard-io");
        t.setDaemon(true);
        return t;
    });

    /** Start-up check and class-data-sharing training: quit as soon as the first frame is drawn. */
    static final String EXIT_AFTER_FIRST_FRAME = "--exit-after-first-frame";

    /** {@code mvn javafx:run} starts here; the launcher reads the first project while JavaFX starts. */
    public static void main(String[] args) {
        Launcher.main(args);
    }

    /**
     * Runs once JavaFX is up, before {@link #start}: finding Ikonli's icon handlers and loading
     * the icon font (15 ms) starts here, beside the building of the window; the first icon waits
     * for it only if it is not done by then.
     */
    @Override
    public void init() {
        background.execute(IkonResolver::getInstance);
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        MainWindowHandle handle = open(stage, args, SettingsKeeper.inDefaultFolder(), background);
        if (args.contains(EXIT_AFTER_FIRST_FRAME)) {
            // the first frame shows the canvas; the side panel is built right after it, and the
            // window is complete once a frame with it has been drawn
            new AnimationTimer() {
                private boolean first = true;
                private boolean completeDrawn;

                @Override
                public void handle(long now) {
                    long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
                    if (first) {
                        first = false;
                        System.out.println("first frame after " + uptime + " ms");
                    } else if (completeDrawn) {
                        stop();
                        System.out.println("complete window after " + uptime + " ms");
                        Platform.exit();
                    } else {
                        completeDrawn = handle.complete().getAsBoolean();
                    }
                }
            }.start();
        }
    }

    @Override
    public void stop() {
        background.shutdown();
    }

    /**
     * Builds and shows the editor in a stage. Used by {@link #start} and by tests, which pass
     * their own settings folder and arguments.
     */
    public static MainWindowHandle open(Stage stage, List<String> args, SettingsKeeper settings,
                                        Executor background) {
        Theme theme = settings.theme();
        theme.useAsBase(); // before the first control is made
        ProjectIO io = new ProjectIO();
        InitialProject.Result first = InitialProject.take(io, args);
        ProjectIO.Opened initial = first.opened();
        Path file = first.file();
        String problem = first.problem();
        WorkspaceViewModel workspace = new WorkspaceViewModel(initial.project(), file, initial.fileData());
        RecoveryStore recovery = RecoveryStore.forNewSession(settings.recoveryFolder());
        try {
            recovery.open();
        } catch (IOException e) {
            // without a recovery folder the editor still works; it just cannot snapshot
        }
        List<RecoveryStore.Recoverable> pending = recovery.pending();
        Autosave autosave = new Autosave(workspace, recovery, background, Autosave.DELAY);
        DocumentController documents = new DocumentController(stage, workspace, io, settings, background);
        documents.setOnClosing(autosave::shutDown);
        MainWindow window = new MainWindow(stage, workspace, documents, settings);
        ExportController exports = new ExportController(stage, workspace, settings, background, window::showStatus);
        window.setExports(exports);
        ThemeFollower themes = new ThemeFollower(window.root(), Platform.getPreferences().colorSchemeProperty(), theme);
        window.setThemes(theme, chosen -> {
            themes.choose(chosen);
            settings.rememberTheme(chosen);
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> themes.stop());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window.root(), Math.min(1440, screen.getWidth() * 0.92),
                Math.min(900, screen.getHeight() * 0.9));
        scene.getStylesheets().add(STYLESHEET);
        window.install(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(workspace.titleProperty());
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            stage.getIcons().add(new Image(Objects.requireNonNull(CanvasboardApp.class.getResourceAsStream(
                    "/org/canvasboard/app/icons/canvasboard-" + size + ".png"))));
        }
        settings.restoreWindow(stage);
        settings.cleanUpInterruptedSaves();
        stage.setOnCloseRequest(e -> {
            if (!documents.confirmDiscard()) {
                e.consume();
            } else {
                settings.rememberWindow(stage);
                autosave.shutDown();
            }
        });
        stage.show();
        window.focusCanvas();
        if (file != null) {
            documents.recentFiles();
        }
        if (!pending.isEmpty()) {
            Platform.runLater(() -> RecoveryOffer.offer(stage, workspace, recovery, pending, window::showStatus));
        }
        if (problem != null) {
            String message = problem;
            String name = Path.of(args.get(0)).getFileName().toString();
            Platform.runLater(() -> Dialogs.error(stage, "Could not open " + name, message));
        }
        return new MainWindowHandle(workspace, documents, autosave, exports, window::isComplete);
    }

    /**
     * What tests need to reach inside a running editor; {@code complete} says whether the whole
     * window is built (the side panel follows the first frame).
     */
    public record MainWindowHandle(WorkspaceViewModel workspace,
                                   DocumentController documents, Autosave autosave, ExportController exports,
                                   BooleanSupplier complete) {
    }
}
