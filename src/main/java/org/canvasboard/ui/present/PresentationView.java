package org.canvasboard.ui.present;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.canvasboard.model.BlockType;
import org.canvasboard.ui.canvas.CanvasView;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.viewmodel.CanvasViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;


import java.util.List;

/**
 * The canvas for a wall screen: large type, high contrast, no menus. Arrow keys, Space and the
 * page keys step through the blocks (the current one stands out, the rest recede), a digit jumps
 * to a block, 0 or Home shows the whole canvas, N or Enter captures a new card into the current
 * block, T starts or pauses a workshop timer (+ and - change it by a minute, R resets it), B or
 * . blanks the screen to black and W to white until the next key, Esc leaves. It edits the same project as the editor window, so changes show in both at once.
 */
public final class PresentationView extends BorderPane {
    private static final PseudoClass TIME_UP = PseudoClass.getPseudoClass("time-up");
    private static final PseudoClass BLANK_BLACK = PseudoClass.getPseudoClass("blank-black");
    private static final PseudoClass BLANK_WHITE = PseudoClass.getPseudoClass("blank-white");
    static final int DEFAULT_MINUTES = 5;

    private final ProjectViewModel project;
    private final CanvasViewModel canvas;
    private final CanvasView canvasView;
    private final Runnable onLeave;
    private final List<BlockType> order;
    private final ReadOnlyObjectWrapper<BlockType> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final Label blockLabel = new Label();
    private final Label timerLabel = new Label();
    private final Label hint = new Label();
    private final Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
    private final Timeline flash;
    private int timerSeconds = DEFAULT_MINUTES * 60;
    private int remaining = timerSeconds;
    private boolean timerShown;
    private boolean leaving;

    public PresentationView(ProjectViewModel project, double screenHeight, Runnable onLeave) {
        this.project = project;
        this.canvas = project.getCurrentCanvas();
        this.onLeave = onLeave;
        this.order = canvas.kind().blocks();
        getStyleClass().addAll("presentation", "theme-contrast");
        setId("presentation");
        // card text about 24 px on a 1080-pixel-high screen, scaling with the screen
        long fontPx = Math.max(16, Math.round(screenHeight / 45));
        setStyle("-fx-font-size: " + fontPx + "px;");
        canvasView = new CanvasView(project, canvas, () -> null);
        canvasView.setCardMinWidth(fontPx * 9.5);
        setCenter(canvasView);
        Label title = new Label(canvas.getName());
        title.getStyleClass().add("presentation-title");
        blockLabel.getStyleClass().add("presentation-block");
        blockLabel.setId("presentation-block");
        timerLabel.getStyleClass().add("presentation-timer");
        timerLabel.setId("presentation-timer");
        timerLabel.setVisible(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(24, title, blockLabel, spacer, timerLabel);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8, 16, 0, 16));
        setTop(top);
        hint.setText(Messages.get("present.keys", Math.min(9, order.size())));
        hint.getStyleClass().add("presentation-hint");
        StackPane bottom = new StackPane(hint);
        bottom.setPadding(new Insets(0, 16, 6, 16));
        setBottom(bottom);
        ticker.setCycleCount(Animation.INDEFINITE);
        flash = new Timeline(new KeyFrame(Duration.millis(350), e -> pseudoClassStateChanged(TIME_UP, true)),
                new KeyFrame(Duration.millis(700), e -> pseudoClassStateChanged(TIME_UP, false)));
        flash.setCycleCount(8);
        flash.setOnFinished(e -> pseudoClassStateChanged(TIME_UP, true));
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && leaving) {
                e.consume();
                leave();
            }
        });
        show(null);
    }

    public ReadOnlyObjectProperty<BlockType> currentBlockProperty() {
        return current.getReadOnlyProperty();
    }

    public BlockType currentBlock() {
        return current.get();
    }

    public CanvasView canvasView() {
        return canvasView;
    }

    /** Seconds left on the workshop timer. */
    public int remainingSeconds() {
        return remaining;
    }

    public boolean timerRunning() {
        return ticker.getStatus() == Animation.Status.RUNNING;
    }

    /** Shows one block emphasised, or the whole canvas (null). */
    public void show(BlockType block) {
        current.set(block);
        canvasView.present(block);
        blockLabel.setText(block == null ? Messages.get("present.wholeCanvas")
                : Messages.get("present.block", order.indexOf(block) + 1, order.size(), block.title()));
        project.selection().clear();
        canvasView.requestFocus();
    }

    /** Steps to the next (+1) or previous (-1) block; from the whole canvas, to the first or last. */
    public void step(int direction) {
        BlockType block = current.get();
        int i = block == null ? (direction > 0 ? 0 : order.size() - 1) : order.indexOf(block) + direction;
        if (i >= 0 && i < order.size()) {
            show(order.get(i));
        } else {
            show(null);
        }
    }

    /** Adds a card to the current block and opens it for typing, without leaving the presentation. */
    public void capture() {
        BlockType block = current.get();
        if (block == null) {
            blockLabel.setText(Messages.get("present.chooseBlockFirst", Math.min(9, order.size())));
            return;
        }
        canvasView.addCardAndEdit(block);
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return; // typing a captured card: Enter and Esc belong to the card editor
        }
        KeyCode code = e.getCode();
        if (isBlank()) {
            if (!code.isModifierKey()) {
                blank(null); // any key brings the canvas back, and does nothing else
                e.consume();
            }
            return;
        }
        boolean handled = true;
        if (code == KeyCode.B || code == KeyCode.PERIOD) {
            blank(BLANK_BLACK);
        } else if (code == KeyCode.W) {
            blank(BLANK_WHITE);
        } else if (code == KeyCode.ESCAPE) {
            leaving = true; // left on the key's release: no key event may reach a closed window
        } else if (code == KeyCode.RIGHT || code == KeyCode.DOWN || code == KeyCode.SPACE || code == KeyCode.PAGE_DOWN) {
            step(1);
        } else if (code == KeyCode.LEFT || code == KeyCode.UP || code == KeyCode.PAGE_UP) {
            step(-1);
        } else if (code == KeyCode.HOME || code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
            show(null);
        } else if (code.isDigitKey()) {
            int n = Integer.parseInt(code.getChar().isEmpty() ? "0" : code.getChar().substring(code.getChar().length() - 1));
            if (code.getName().startsWith("Numpad")) {
                n = code.ordinal() - KeyCode.NUMPAD0.ordinal();
            }
            if (n >= 1 && n <= order.size()) {
                show(order.get(n - 1));
            }
        } else if (code == KeyCode.N || code == KeyCode.ENTER || code == KeyCode.INSERT) {
            capture();
        } else if (code == KeyCode.T) {
            toggleTimer();
        } else if (code == KeyCode.PLUS || code == KeyCode.ADD || code == KeyCode.EQUALS) {
            adjustTimer(60);
        } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
            adjustTimer(-60);
        } else if (code == KeyCode.R) {
            resetTimer();
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    /**
     * Blanks the screen to black or white (null: shows the canvas again), so a room's eyes go to
     * the speaker; the timer keeps running meanwhile.
     */
    public void blank(PseudoClass colour) {
        boolean on = colour != null;
        getChildren().forEach(n -> n.setVisible(!on));
        pseudoClassStateChanged(BLANK_BLACK, colour == BLANK_BLACK);
        pseudoClassStateChanged(BLANK_WHITE, colour == BLANK_WHITE);
        // the hidden canvas cannot keep the keyboard; the next key must still reach this view
        if (on) {
            requestFocus();
        } else {
            canvasView.requestFocus();
        }
    }

    /** Blanks the screen to black ({@code true}) or white. */
    public void blank(boolean black) {
        blank(black ? BLANK_BLACK : BLANK_WHITE);
    }

    /** True while the screen is blanked. */
    public boolean isBlank() {
        return getPseudoClassStates().contains(BLANK_BLACK) || getPseudoClassStates().contains(BLANK_WHITE);
    }

    /** Stops the timer and closes the presentation. */
    public void leave() {
        stopTimer();
        onLeave.run();
    }

    // --- workshop timer ---

    public void toggleTimer() {
        timerShown = true;
        timerLabel.setVisible(true);
        if (timerRunning()) {
            ticker.pause();
        } else {
            if (remaining <= 0) {
                resetTimer();
            }
            ticker.play();
        }
        showTime();
    }

    public void adjustTimer(int seconds) {
        timerSeconds = Math.max(60, Math.min(120 * 60, timerSeconds + seconds));
        remaining = Math.max(0, Math.min(120 * 60, remaining + seconds));
        if (remaining > 0) {
            flash.stop();
            pseudoClassStateChanged(TIME_UP, false);
        }
        timerShown = true;
        timerLabel.setVisible(true);
        showTime();
    }

    public void resetTimer() {
        ticker.stop();
        flash.stop();
        pseudoClassStateChanged(TIME_UP, false);
        remaining = timerSeconds;
        showTime();
    }

    /** One second passes (called by the timer every second; tests call it directly). */
    public void tick() {
        if (remaining > 0) {
            remaining--;
            showTime();
            if (remaining == 0) {
                ticker.stop();
                timerLabel.setText(Messages.get("present.timeUp"));
                flash.playFromStart();
            }
        }
    }

    private void stopTimer() {
        ticker.stop();
        flash.stop();
    }

    private void showTime() {
        if (timerShown && remaining > 0) {
            String time = String.format("%d:%02d", remaining / 60, remaining % 60);
            timerLabel.setText(timerRunning() ? time : Messages.get("present.timerPaused", time));
        } else if (timerShown) {
            timerLabel.setText(Messages.get("present.timeUp"));
        }
    }

    public String timerText() {
        return timerLabel.isVisible() ? timerLabel.getText() : "";
    }

    public boolean timeUp() {
        return getPseudoClassStates().contains(TIME_UP);
    }
}
