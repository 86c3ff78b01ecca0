package org.canvasboard.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.canvasboard.persistence.RecoveryStore;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.viewmodel.ProjectViewModel;
import org.canvasboard.viewmodel.WorkspaceViewModel;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

/**
 * At start-up, offers work that an earlier session left unsaved. Opening it shows a recovered
 * copy as a new unsaved project (the original file is left as it is); setting it aside moves the
 * snapshot out of the way without deleting it.
 */
final class RecoveryOffer {
    static final ButtonType OPEN = new ButtonType("Open recovered copy", ButtonBar.ButtonData.YES);
    static final ButtonType SET_ASIDE = new ButtonType("Set aside", ButtonBar.ButtonData.NO);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private RecoveryOffer() {
    }

    static void offer(Window owner, WorkspaceViewModel workspace, RecoveryStore store,
                      List<RecoveryStore.Recoverable> pending, java.util.function.Consumer<String> status) {
        for (RecoveryStore.Recoverable work : pending) {
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, describe(work), OPEN, SET_ASIDE);
            alert.initOwner(owner);
            alert.setTitle("Recover unsaved work");
            alert.setHeaderText("Canvasboard closed before \"" + work.projectName() + "\" was saved");
            alert.getDialogPane().setMinWidth(520);
            Optional<ButtonType> answer = alert.showAndWait();
            try {
                if (answer.isPresent() && answer.get() == OPEN) {
                    ProjectViewModel project = workspace.show(work.project().project(), null,
                            work.project().fileData());
                    project.renameProject(work.projectName() + " (recovered)");
                    store.setAside(work);
                    status.accept(Messages.get("window.status.recovered", work.projectName()));
                    return;
                } else if (answer.isPresent() && answer.get() == SET_ASIDE) {
                    store.setAside(work);
                    status.accept(Messages.get("window.status.recoverySetAside", String.valueOf(work.snapshot().getParent().resolve("declined"))));
                }
            } catch (IOException e) {
                status.accept(Messages.get("window.status.recoveryNotMoved", String.valueOf(e.getMessage())));
            }
        }
    }

    private static String describe(RecoveryStore.Recoverable work) {
        String where = work.originalFile() == null
                ? "It had never been saved."
                : "The file " + work.originalFile() + " is left as it was.";
        return "Its last changes, from " + TIME.format(work.savedAt()) + ", were kept. You can open them as a copy "
                + "and save that where you like. " + where
                + "\n\n\"Set aside\" keeps the copy in Canvasboard's recovery folder without opening it.";
    }
}
