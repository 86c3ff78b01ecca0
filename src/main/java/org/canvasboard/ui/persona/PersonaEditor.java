package org.canvasboard.ui.persona;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.ui.common.BoundText;
import org.canvasboard.ui.common.FocusMoves;
import org.canvasboard.ui.common.Forms;
import org.canvasboard.ui.common.KeyedRows;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.ui.common.Navigator;
import org.canvasboard.ui.common.SegmentStyles;
import org.canvasboard.viewmodel.InterviewsViewModel;
import org.canvasboard.viewmodel.LinkedSegment;
import org.canvasboard.viewmodel.PersonaEditorViewModel;
import org.canvasboard.viewmodel.PersonaSection;
import org.canvasboard.viewmodel.ProjectViewModel;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The form of the selected persona: avatar, name, headline, story, characteristics, quote, the
 * segments it tells (linked from here or from the segment), its interview work and its deletion.
 * It binds to the editor's viewmodel; no field is ever replaced, so typing keeps its focus.
 */
final class PersonaEditor extends VBox {
    private final PersonaEditorViewModel editor;
    private final Label hint = Forms.hint(Messages.get("persona.editor.hint"));
    private final TextField name = new TextField();
    private final InterviewsSection interviews;
    private final Label noSegment = Forms.hint(Messages.get("persona.segments.none"));
    private final MenuButton linkSegment = new MenuButton(Messages.get("persona.segments.link"), AppIcon.LINK.node());

    PersonaEditor(ProjectViewModel project, PersonaEditorViewModel editor, Navigator navigator,
                  Supplier<Optional<String>> pictureChooser, Consumer<Node> reveal, Runnable delete) {
        super(6);
        this.editor = editor;
        getStyleClass().add("details-pane");
        setId("persona-editor");
        name.setId("persona-name");
        name.setPromptText(Messages.get("persona.name.prompt"));
        BoundText.bind(name, project, editor.nameProperty(), editor::changeName);
        TextField headline = field("persona-headline", "persona.headline.prompt");
        BoundText.bind(headline, project, editor.headlineProperty(), editor::changeHeadline);
        TextArea story = area("persona-story", "persona.story.prompt", 7);
        BoundText.bind(story, project, editor.storyProperty(), editor::changeStory);
        TextArea characteristics = area("persona-characteristics", "persona.characteristics.prompt", 4);
        BoundText.bind(characteristics, project, editor.characteristicsProperty(), editor::changeCharacteristics,
                (text, value) -> InterviewsViewModel.lines(text).equals(InterviewsViewModel.lines(value)));
        TextField quote = field("persona-quote", "persona.quote.prompt");
        BoundText.bind(quote, project, editor.quoteProperty(), editor::changeQuote);

        FlowPane segments = new FlowPane(6, 6);
        KeyedRows<LinkedSegment, SegmentChip> chips = new KeyedRows<>(segments, LinkedSegment::card,
                s -> SegmentChip.removable(s, navigator, gone -> {
                    linkSegment.requestFocus();
                    editor.unlinkSegment(gone.card());
                }));
        Runnable syncChips = () -> {
            chips.sync(editor.segments());
            Forms.show(noSegment, editor.editable() && editor.segments().isEmpty());
        };
        editor.segments().addListener((ListChangeListener<LinkedSegment>) c -> syncChips.run());
        syncChips.run();
        linkSegment.setId("persona-link-segment");
        linkSegment.setOnShowing(e -> fillSegmentMenu());

        Button remove = new Button(Messages.get("persona.delete"), AppIcon.DELETE.node());
        remove.setId("delete-persona");
        remove.getStyleClass().add("flat");
        remove.setTooltip(new Tooltip(Messages.get("persona.delete.tip")));
        remove.setOnAction(e -> delete.run());

        interviews = new InterviewsSection(project, editor.interviews(), reveal);
        getChildren().addAll(hint, new AvatarPicker(editor, pictureChooser),
                Forms.caption(Messages.get("persona.name")), name,
                Forms.caption(Messages.get("persona.headline")), headline,
                Forms.caption(Messages.get("persona.story")), story,
                Forms.caption(Messages.get("persona.characteristics")), characteristics,
                Forms.caption(Messages.get("persona.quote")), quote,
                Forms.caption(Messages.get("persona.segments")), segments, noSegment, linkSegment,
                interviews, new Region(), remove);
        editor.personaProperty().addListener((obs, old, now) -> showForm());
        showForm();
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(Messages.get(prompt));
        return field;
    }

    private static TextArea area(String id, String prompt, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.setPrefColumnCount(10);
        area.setPromptText(Messages.get(prompt));
        FocusMoves.tabLeaves(area);
        return area;
    }

    /** The form while a persona is shown, else the hint alone. */
    private void showForm() {
        boolean any = editor.editable();
        for (Node n : getChildren()) {
            if (n != hint && n != noSegment) {
                Forms.show(n, any);
            }
        }
        Forms.show(noSegment, any && editor.segments().isEmpty());
        Forms.show(hint, !any);
    }

    /** Where a section of the form starts. */
    Node section(PersonaSection section) {
        return section == PersonaSection.PERSONA ? getChildren().get(1) : interviews.title(section);
    }

    /** Puts the focus in the name field (a new persona is named first). */
    void focusName() {
        name.requestFocus();
    }

    private void fillSegmentMenu() {
        linkSegment.getItems().clear();
        for (PersonaEditorViewModel.SegmentChoices canvas : editor.linkableSegments()) {
            if (editor.severalCanvases()) {
                if (!linkSegment.getItems().isEmpty()) {
                    linkSegment.getItems().add(new SeparatorMenuItem());
                }
                MenuItem header = new MenuItem(canvas.canvasName());
                header.setDisable(true);
                header.setMnemonicParsing(false);
                linkSegment.getItems().add(header);
            }
            for (LinkedSegment s : canvas.segments()) {
                MenuItem item = new MenuItem(s.name(), SegmentStyles.dot(s.colour(), null));
                item.setMnemonicParsing(false);
                item.setOnAction(e -> editor.linkSegment(s.card()));
                linkSegment.getItems().add(item);
            }
        }
        if (linkSegment.getItems().isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("persona.segments.nothingToLink"));
            none.setDisable(true);
            linkSegment.getItems().add(none);
        }
    }
}
