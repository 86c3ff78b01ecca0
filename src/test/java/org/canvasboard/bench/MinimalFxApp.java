package org.canvasboard.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;

/**
 * The start-up baseline: the smallest JavaFX program that shows an empty window. It reports
 * when its first frame is drawn, the same way Canvasboard's --exit-after-first-frame does.
 */
public class MinimalFxApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 1440, 900));
        stage.show();
        reportFirstFrameAndExit();
    }

    /** Prints the time of the first frame, as the editor's --exit-after-first-frame does, and quits. */
    static void reportFirstFrameAndExit() {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                System.out.println("first frame after " + ManagementFactory.getRuntimeMXBean().getUptime() + " ms");
                Platform.exit();
            }
        }.start();
    }

    /** Entry point that does not extend Application, so JavaFX can start from the class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(MinimalFxApp.class, args);
        }
    }
}
