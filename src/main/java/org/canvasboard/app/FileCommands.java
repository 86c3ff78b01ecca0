package org.canvasboard.app;

import java.util.function.Supplier;

/** What the File menu's commands do: documents, exports, import and print. */
final class FileCommands {
    private FileCommands() {
    }

    /** {@code exports} is asked at each use (the export controller is made after the window). */
    static void wire(Actions actions, DocumentController documents, Supplier<ExportController> exports) {
        actions.on(AppAction.NEW_PROJECT, documents::newProject);
        actions.on(AppAction.OPEN, documents::open);
        actions.on(AppAction.SAVE, documents::save);
        actions.on(AppAction.SAVE_AS, documents::saveAs);
        actions.on(AppAction.QUIT, documents::quit);
        actions.on(AppAction.EXPORT_PNG, () -> exports.get().export(ExportFormat.PNG));
        actions.on(AppAction.EXPORT_PDF, () -> exports.get().export(ExportFormat.PDF));
        actions.on(AppAction.EXPORT_HANDOUT, () -> exports.get().export(ExportFormat.HANDOUT));
        actions.on(AppAction.EXPORT_MARKDOWN, () -> exports.get().export(ExportFormat.MARKDOWN));
        actions.on(AppAction.EXPORT_CSV, () -> exports.get().export(ExportFormat.CSV));
        actions.on(AppAction.IMPORT_MARKDOWN, () -> exports.get().importMarkdown());
        actions.on(AppAction.PRINT, () -> exports.get().print());
    }
}
