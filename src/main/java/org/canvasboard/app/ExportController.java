package org.canvasboard.app;

import javafx.concurrent.Task;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.canvasboard.model.Canvas;
import org.canvasboard.model.Project;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.viewmodel.WorkspaceViewModel;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Export, Markdown import and printing from the File menu. The work runs on a background thread
 * on a snapshot of the project, so a large export never freezes the window; failures get a
 * message, never a stack trace.
 */
final class ExportController {
    static final List<Integer> PNG_WIDTHS = List.of(1280, 1920, 2560, 3840);

    private final Stage stage;
    private final WorkspaceViewModel workspace;
    private final SettingsKeeper settings;
    private final Executor background;
    private final Consumer<String> status;

    ExportController(Stage stage, WorkspaceViewModel workspace, SettingsKeeper settings, Executor background,
                     Consumer<String> status) {
        this.stage = stage;
        this.workspace = workspace;
        this.settings = settings;
        this.background = background;
        this.status = status;
    }

    /** Asks where (and for PNG how wide), then exports the shown canvas or the whole project. */
    void export(ExportFormat format) {
        int width = ExportFormat.DEFAULT_PNG_WIDTH;
        if (format == ExportFormat.PNG) {
            Optional<Integer> chosen = askWidth();
            if (chosen.isEmpty()) {
                return;
            }
            width = chosen.get();
        }
        FileChooser chooser = chooser("Export " + format.description(), format.extension());
        Canvas canvas = workspace.getProject().getCurrentCanvas().toModel();
        chooser.setInitialFileName(ProjectIO.suggestedFileName(format.oneCanvas() ? canvas.name()
                : workspace.getProject().getName()).replace(ProjectIO.EXTENSION, "")
                + (format == ExportFormat.HANDOUT ? "-handout"
                : format == ExportFormat.HANDIN || format == ExportFormat.HANDIN_MARKDOWN ? "-handin" : "")
                + "." + format.extension());
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            exportTo(format, file.toPath(), width);
        }
    }

    /** Exports to a known file (the menu's second half; tests call it directly). */
    void exportTo(ExportFormat format, Path target, int pngWidth) {
        Project project = workspace.getProject().toModel();
        Canvas canvas = workspace.getProject().getCurrentCanvas().toModel();
        status.accept(Messages.get("window.status.exporting", String.valueOf(target.getFileName())));
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                ProjectIO.writeExport(target, format.render(project, canvas, pngWidth));
                return null;
            }
        };
        task.setOnSucceeded(e -> status.accept(format.oneCanvas()
                ? Messages.get("window.status.exportedCanvas", canvas.name(), String.valueOf(target.getFileName()))
                : Messages.get("window.status.exportedProject", String.valueOf(target.getFileName()))));
        task.setOnFailed(e -> {
            status.accept(Messages.get("window.status.notExported"));
            Dialogs.error(stage, "Could not export " + target.getFileName(), ProjectIO.messageOf(task.getException()));
        });
        background.execute(task);
    }

    /** Asks for a Markdown file and adds it to the project as a new canvas. */
    void importMarkdown() {
        FileChooser chooser = chooser("Import a canvas from Markdown", "md");
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            importFrom(file.toPath());
        }
    }

    void importFrom(Path file) {
        status.accept(Messages.get("window.status.importing", String.valueOf(file.getFileName())));
        Task<Canvas> task = new Task<>() {
            @Override
            protected Canvas call() throws Exception {
                return ProjectIO.readMarkdownCanvas(file);
            }
        };
        task.setOnSucceeded(e -> {
            Canvas canvas = task.getValue();
            workspace.getProject().importCanvas(canvas);
            status.accept(Messages.get("window.status.imported", canvas.name(), canvas.cardCount()));
        });
        task.setOnFailed(e -> {
            status.accept(Messages.get("window.status.notImported"));
            Dialogs.error(stage, "Could not import " + file.getFileName(), ProjectIO.messageOf(task.getException()));
        });
        background.execute(task);
    }

    /** Prints the shown canvas on one landscape page through the system's print dialog. */
    void print() {
        Printer printer = Printer.getDefaultPrinter();
        PrinterJob job = printer == null ? null : PrinterJob.createPrinterJob(printer);
        if (job == null) {
            Dialogs.error(stage, "Nothing to print to", "No printer is set up on this computer. You can export the "
                    + "canvas as a PDF poster (File \u2192 Export) and print that instead.");
            return;
        }
        if (!job.showPrintDialog(stage)) {
            return;
        }
        PageLayout layout = job.getPrinter().createPageLayout(
                job.getJobSettings().getPageLayout() != null ? job.getJobSettings().getPageLayout().getPaper() : Paper.A4,
                PageOrientation.LANDSCAPE, Printer.MarginType.DEFAULT);
        Canvas canvas = workspace.getProject().getCurrentCanvas().toModel();
        byte[] png = ExportFormat.PNG.render(workspace.getProject().toModel(), canvas, 3200);
        ImageView picture = new ImageView(new Image(new ByteArrayInputStream(png)));
        picture.setPreserveRatio(true);
        picture.setFitWidth(layout.getPrintableWidth());
        picture.setFitHeight(layout.getPrintableHeight());
        boolean printed = job.printPage(layout, picture);
        if (printed) {
            job.endJob();
            status.accept(Messages.get("window.status.printed", canvas.name(), job.getPrinter().getName()));
        } else {
            Dialogs.error(stage, "Could not print", "The printer did not accept the page.");
        }
    }

    private Optional<Integer> askWidth() {
        Dialog<Integer> dialog = new Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle("Export as PNG");
        ChoiceBox<Integer> widths = new ChoiceBox<>();
        widths.getItems().setAll(PNG_WIDTHS);
        widths.setValue(ExportFormat.DEFAULT_PNG_WIDTH);
        widths.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer w) {
                return w == null ? "" : w + " \u00d7 " + (w * 10 / 16) + " pixels" + (w == 3840 ? " (4K)" : "");
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        widths.setId("png-width");
        dialog.getDialogPane().setContent(new VBox(8, new Label("Picture size"), widths));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? widths.getValue() : null);
        return dialog.showAndWait();
    }

    private FileChooser chooser(String title, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT) + " files", "*." + extension),
                new FileChooser.ExtensionFilter("All files", "*"));
        Path folder = workspace.getFile() != null ? workspace.getFile().getParent() : settings.lastFolder();
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }
}
