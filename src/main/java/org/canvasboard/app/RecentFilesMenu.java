package org.canvasboard.app;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.canvasboard.ui.common.Messages;

import java.nio.file.Path;

/** The File menu's "Open recent": one item per recent file, most recent first, kept up to date. */
final class RecentFilesMenu {
    private final Menu menu = new Menu(Messages.get("window.recent"));
    private final DocumentController documents;

    RecentFilesMenu(DocumentController documents) {
        this.documents = documents;
        documents.recentFiles().addListener((ListChangeListener<Path>) c -> rebuild());
        rebuild();
    }

    Menu menu() {
        return menu;
    }

    private void rebuild() {
        menu.getItems().clear();
        for (Path path : documents.recentFiles()) {
            MenuItem item = new MenuItem(Messages.get("window.recent.item", String.valueOf(path.getFileName()),
                    String.valueOf(path.getParent())));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> documents.open(path));
            menu.getItems().add(item);
        }
        menu.setDisable(menu.getItems().isEmpty());
    }
}
