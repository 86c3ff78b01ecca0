package org.canvasboard.ui.persona;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.ui.common.Forms;
import org.canvasboard.ui.common.KeyedRows;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.ui.common.Navigator;
import org.canvasboard.ui.common.Scrolling;
import org.canvasboard.viewmodel.PersonaGalleryViewModel;
import org.canvasboard.viewmodel.PersonaSection;
import org.canvasboard.viewmodel.PersonaTileViewModel;
import org.canvasboard.viewmodel.PersonaViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The project's personas as a gallery of tiles, with the editor of the selected one beside it.
 * Tiles come and go with their personas and follow them in place.
 */
public final class PersonaGallery extends SplitPane {
    private final PersonaGalleryViewModel gallery;
    private final PersonaEditor editor;
    private final ScrollPane editorScroll = new ScrollPane();

    public PersonaGallery(ProjectViewModel project, Navigator navigator, Supplier<Optional<String>> pictureChooser) {
        this.gallery = new PersonaGalleryViewModel(project);
        getStyleClass().add("gallery");
        setId("persona-gallery");

        Button add = new Button(Messages.get("persona.new"), AppIcon.ADD.node());
        add.setId("new-persona");
        add.getStyleClass().add("accent");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> select(gallery.newPersona()));
        Label intro = Forms.hint(Messages.get("persona.intro"));
        HBox.setHgrow(intro, Priority.ALWAYS);
        HBox bar = new HBox(12, add, intro);
        bar.setAlignment(Pos.CENTER_LEFT);

        FlowPane tiles = new FlowPane(12, 12);
        tiles.setPadding(new Insets(4));
        Label none = new Label(Messages.get("persona.none"));
        none.getStyleClass().add("empty-state");
        none.setWrapText(true);
        KeyedRows<PersonaTileViewModel, PersonaTile> tileRows = new KeyedRows<>(tiles, PersonaTileViewModel::id,
                t -> new PersonaTile(t, navigator, this::select));
        Runnable syncTiles = () -> {
            tileRows.sync(gallery.tiles());
            Forms.show(none, gallery.tiles().isEmpty());
        };
        gallery.tiles().addListener((ListChangeListener<PersonaTileViewModel>) c -> syncTiles.run());
        syncTiles.run();
        ScrollPane scroll = new ScrollPane(new VBox(8, none, tiles));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("block-scroll");
        VBox left = new VBox(12, bar, scroll);
        left.setPadding(new Insets(14));
        VBox.setVgrow(scroll, Priority.ALWAYS);

        editorScroll.setFitToWidth(true);
        editorScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        editorScroll.setMinWidth(340);
        editor = new PersonaEditor(project, gallery.editor(), navigator, pictureChooser,
                node -> Scrolling.intoView(editorScroll, node), () -> {
                    gallery.deleteSelected();
                    if (gallery.getSelected() == null) {
                        // the form hides with the last persona gone: the focus goes where the next one is made
                        add.requestFocus();
                    }
                });
        editorScroll.setContent(editor);
        getItems().addAll(left, editorScroll);
        setDividerPositions(0.6);
    }

    /** Selects a persona (shows it in the editor); a persona still without a name gets its name typed first. */
    public void select(PersonaViewModel persona) {
        gallery.select(persona);
        if (persona != null && persona.get().name().isEmpty()) {
            Platform.runLater(editor::focusName);
        }
    }

    /** Scrolls the editor so a section stands at the top (where a workbook step leads). */
    public void reveal(PersonaSection section) {
        Node title = editor.section(section);
        // once the editor has been laid out in the window, which may have only just shown it
        Platform.runLater(() -> Scrolling.toTop(editorScroll, title));
    }

    public PersonaViewModel selected() {
        return gallery.getSelected();
    }
}
