package org.canvasboard.ui.persona;

import org.canvasboard.ui.common.Chips;
import org.canvasboard.ui.common.SegmentStyles;
import org.canvasboard.ui.common.Navigator;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.canvasboard.model.Persona;
import org.canvasboard.model.PersonaIcons;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.ui.common.PersonaAvatars;
import org.canvasboard.ui.common.TypingFields;
import org.canvasboard.viewmodel.CanvasViewModel;
import org.canvasboard.viewmodel.CardViewModel;
import org.canvasboard.viewmodel.PersonaViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;
import org.canvasboard.viewmodel.SegmentViewModel;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The project's personas as a gallery of tiles, with an editor for the selected one: avatar
 * (icon or a small picture kept in the project), name, headline, story, characteristics, quote
 * and the segments it belongs to (linked from here or from the segment).
 */
public final class PersonaGallery extends SplitPane {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final ProjectViewModel project;
    private final Navigator navigator;
    private final Supplier<Optional<String>> pictureChooser;
    private final FlowPane tiles = new FlowPane(12, 12);
    private final VBox editor = new VBox(6);
    private final Label editorHint = new Label("Select a persona to edit it, or add one.");
    private final HBox avatarRow = new HBox(10);
    private final TextField name = new TextField();
    private final TextField headline = new TextField();
    private final TextArea story = new TextArea();
    private final TextArea characteristics = new TextArea();
    private final TextField quote = new TextField();
    private final FlowPane segments = new FlowPane(6, 6);
    private final MenuButton linkSegment = new MenuButton("Link to segment", AppIcon.LINK.node());
    private PersonaViewModel selected;
    private InterviewsSection interviews;
    private boolean filling;

    public PersonaGallery(ProjectViewModel project, Navigator navigator, Supplier<Optional<String>> pictureChooser) {
        this.project = project;
        this.navigator = navigator;
        this.pictureChooser = pictureChooser;
        getStyleClass().add("gallery");
        setId("persona-gallery");

        Button add = new Button("New persona", AppIcon.ADD.node());
        add.setId("new-persona");
        add.getStyleClass().add("accent");
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        add.setOnAction(e -> select(project.addPersona("")));
        Label intro = new Label("A persona is one typical member of a segment, told as a short story. "
                + "If you cannot tell the story, the segment is probably still too vague.");
        intro.getStyleClass().add("details-hint");
        intro.setWrapText(true);
        HBox.setHgrow(intro, Priority.ALWAYS);
        HBox bar = new HBox(12, add, intro);
        bar.setAlignment(Pos.CENTER_LEFT);
        tiles.setPadding(new Insets(4));
        ScrollPane scroll = new ScrollPane(tiles);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("block-scroll");
        VBox left = new VBox(12, bar, scroll);
        left.setPadding(new Insets(14));
        VBox.setVgrow(scroll, Priority.ALWAYS);

        buildEditor();
        ScrollPane editorScroll = new ScrollPane(editor);
        editorScroll.setFitToWidth(true);
        editorScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        editorScroll.setMinWidth(340);
        getItems().addAll(left, editorScroll);
        setDividerPositions(0.6);

        // rebuilt only while shown: typing on the canvas must not redraw a hidden gallery
        project.personas().addListener((ListChangeListener<PersonaViewModel>) c -> refreshIfShown());
        project.history().revisionProperty().addListener((obs, old, now) -> refreshIfShown());
        sceneProperty().addListener((obs, old, now) -> refreshIfShown());
        refresh();
    }

    /** Selects a persona (shows it in the editor). */
    public void select(PersonaViewModel persona) {
        if (persona != selected) {
            project.history().breakMerge();
            selected = persona;
        }
        refresh();
        if (persona != null && persona.get().name().isEmpty()) {
            javafx.application.Platform.runLater(name::requestFocus);
        }
    }

    public PersonaViewModel selected() {
        return selected;
    }

    private void buildEditor() {
        editor.getStyleClass().add("details-pane");
        editor.setId("persona-editor");
        editorHint.getStyleClass().add("details-hint");
        editorHint.setWrapText(true);
        name.setId("persona-name");
        name.setPromptText("First name, e.g. Sally");
        headline.setId("persona-headline");
        headline.setPromptText("e.g. Sally, the soccer mom");
        story.setId("persona-story");
        story.setWrapText(true);
        story.setPrefRowCount(7);
        story.setPromptText("Who is she? What does her week look like? What presses on her, what does she hope for?");
        characteristics.setId("persona-characteristics");
        characteristics.setWrapText(true);
        characteristics.setPrefRowCount(4);
        characteristics.setPromptText("One per line: age, job, family, habits\u2026");
        quote.setId("persona-quote");
        quote.setPromptText("Something she would say, in her words");
        TypingFields.wire(name, project, this::notEditable, v -> selected.changeName(v), this::refresh);
        TypingFields.wire(headline, project, this::notEditable, v -> selected.changeHeadline(v), this::refresh);
        TypingFields.wire(story, project, this::notEditable, v -> selected.changeStory(v), this::refresh);
        TypingFields.wire(characteristics, project, this::notEditable,
                v -> selected.changeCharacteristics(Arrays.asList(v.split("\n"))), this::refresh);
        TypingFields.wire(quote, project, this::notEditable, v -> selected.changeQuote(v), this::refresh);
        linkSegment.setId("persona-link-segment");
        linkSegment.setOnShowing(e -> fillSegmentMenu());
        Button delete = new Button("Delete persona", AppIcon.DELETE.node());
        delete.setId("delete-persona");
        delete.getStyleClass().add("flat");
        delete.setTooltip(new Tooltip("Deletes the persona and its links; undo brings them back"));
        delete.setOnAction(e -> {
            PersonaViewModel gone = selected;
            int index = project.personas().indexOf(gone);
            project.deletePersona(gone);
            select(project.personas().isEmpty() ? null
                    : project.personas().get(Math.min(index, project.personas().size() - 1)));
        });
        avatarRow.setAlignment(Pos.CENTER_LEFT);
        interviews = new InterviewsSection(project);
        editor.getChildren().addAll(editorHint, avatarRow, caption("Name"), name, caption("Headline"), headline,
                caption("Story"), story, caption("Characteristics"), characteristics, caption("Quote"), quote,
                caption("Segments"), segments, linkSegment, interviews, new Region(), delete);
    }

    private boolean notEditable() {
        return filling || selected == null;
    }

    private void refreshIfShown() {
        if (getScene() != null) {
            refresh();
        }
    }

    private void refresh() {
        if (selected != null && !project.personas().contains(selected)) {
            selected = null;
        }
        fillTiles();
        boolean any = selected != null;
        editor.getChildren().forEach(n -> {
            if (n != editorHint) {
                n.setVisible(any);
                n.setManaged(any);
            }
        });
        editorHint.setVisible(!any);
        editorHint.setManaged(!any);
        if (!any) {
            return;
        }
        Persona p = selected.get();
        filling = true;
        try {
            fillAvatar(p);
            TypingFields.setIfChanged(name, p.name());
            TypingFields.setIfChanged(headline, p.headline());
            TypingFields.setIfChanged(story, p.story());
            if (!characteristics.isFocused() || !lines(characteristics.getText()).equals(p.characteristics())) {
                TypingFields.setIfChanged(characteristics, String.join("\n", p.characteristics()));
            }
            TypingFields.setIfChanged(quote, p.quote());
            fillSegments();
            interviews.show(selected);
        } finally {
            filling = false;
        }
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private void fillTiles() {
        tiles.getChildren().clear();
        for (PersonaViewModel p : project.personas()) {
            tiles.getChildren().add(tile(p));
        }
        if (project.personas().isEmpty()) {
            Label none = new Label("No personas yet. Add one, then link it to the segments it stands for.");
            none.getStyleClass().add("empty-state");
            tiles.getChildren().add(none);
        }
    }

    private Node tile(PersonaViewModel vm) {
        Persona p = vm.get();
        Label nameLabel = new Label(p.displayName());
        nameLabel.getStyleClass().add("persona-name");
        Label head = new Label(p.headline());
        head.getStyleClass().add("persona-headline");
        VBox names = new VBox(2, nameLabel, head);
        HBox top = new HBox(10, PersonaAvatars.of(p, 56), names);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox tile = new VBox(6, top);
        if (!p.quote().isBlank()) {
            Label q = new Label("\u201c" + p.quote() + "\u201d");
            q.getStyleClass().add("persona-quote");
            tile.getChildren().add(q);
        }
        FlowPane chips = new FlowPane(4, 4);
        for (CardViewModel s : project.segmentsOf(vm)) {
            Label chip = SegmentStyles.chip(s.getText(), s.getSegment().color());
            chip.setTooltip(new Tooltip("Go to segment " + s.getText()));
            SegmentStyles.onActivate(chip, () -> navigator.showCard(s));
            chips.getChildren().add(chip);
        }
        tile.getChildren().add(chips);
        tile.getStyleClass().add("persona-tile");
        tile.setId("persona-tile-" + vm.id());
        tile.setPrefWidth(280);
        tile.pseudoClassStateChanged(SELECTED, vm == selected);
        tile.setOnMouseClicked(e -> select(vm));
        tile.setFocusTraversable(true);
        tile.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.SPACE) {
                select(vm);
            }
        });
        tile.setAccessibleText("Persona " + p.displayName());
        return tile;
    }

    private void fillAvatar(Persona p) {
        MenuButton icons = new MenuButton("Icon");
        icons.setId("persona-icon-menu");
        for (String icon : PersonaIcons.ALL) {
            MenuItem item = new MenuItem(icon, new org.kordamp.ikonli.javafx.FontIcon(PersonaAvatars.icon(icon)));
            item.setId("persona-icon-" + icon);
            item.setOnAction(e -> selected.changeIcon(icon));
            icons.getItems().add(item);
        }
        Button picture = new Button("Picture\u2026", AppIcon.PICTURE.node());
        picture.setId("persona-picture");
        picture.setTooltip(new Tooltip("Choose a picture; a small copy is kept inside the project file"));
        picture.setOnAction(e -> {
            PersonaViewModel target = selected;
            pictureChooser.get().ifPresent(target::changeImage);
        });
        avatarRow.getChildren().setAll(PersonaAvatars.of(p, 72), new VBox(6, icons, picture));
        if (!p.imagePng().isEmpty()) {
            Button remove = new Button("Remove picture");
            remove.getStyleClass().add("flat");
            remove.setOnAction(e -> selected.changeImage(""));
            ((VBox) avatarRow.getChildren().get(1)).getChildren().add(remove);
        }
    }

    private void fillSegments() {
        segments.getChildren().clear();
        for (CardViewModel s : project.segmentsOf(selected)) {
            PersonaViewModel persona = selected;
            Node chip = Chips.removable(s.getText(), s.getSegment().color(),
                    "Unlink from " + s.getText(), () -> new SegmentViewModel(s).unlinkPersona(persona));
            Node label = ((HBox) chip).getChildren().get(0);
            SegmentStyles.onActivate(label, () -> navigator.showCard(s));
            segments.getChildren().add(chip);
        }
        if (segments.getChildren().isEmpty()) {
            Label none = new Label("Not linked to a segment yet.");
            none.getStyleClass().add("details-hint");
            segments.getChildren().add(none);
        }
        story.setPrefColumnCount(10);
    }

    private void fillSegmentMenu() {
        linkSegment.getItems().clear();
        for (CanvasViewModel canvas : project.canvases()) {
            List<CardViewModel> list = canvas.segments().stream()
                    .filter(s -> !s.getSegment().personaIds().contains(selected.id())).toList();
            if (list.isEmpty()) {
                continue;
            }
            if (project.canvases().size() > 1) {
                if (!linkSegment.getItems().isEmpty()) {
                    linkSegment.getItems().add(new SeparatorMenuItem());
                }
                MenuItem header = new MenuItem(canvas.getName());
                header.setDisable(true);
                linkSegment.getItems().add(header);
            }
            for (CardViewModel s : list) {
                MenuItem item = new MenuItem(s.getText(), SegmentStyles.dot(s.getSegment().color(), null));
                item.setMnemonicParsing(false);
                PersonaViewModel persona = selected;
                item.setOnAction(e -> new SegmentViewModel(s).linkPersona(persona));
                linkSegment.getItems().add(item);
            }
        }
        if (linkSegment.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No segment to link: open a Customer Segments card as a segment first");
            none.setDisable(true);
            linkSegment.getItems().add(none);
        }
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("details-caption");
        return label;
    }
}
