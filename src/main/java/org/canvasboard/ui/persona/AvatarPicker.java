package org.canvasboard.ui.persona;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.canvasboard.model.Persona;
import org.canvasboard.model.PersonaIcons;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.ui.common.Forms;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.ui.common.PersonaAvatars;
import org.canvasboard.viewmodel.PersonaEditorViewModel;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Optional;
import java.util.function.Supplier;

/** The persona's avatar, with the choice of an icon or a picture kept inside the project. */
final class AvatarPicker extends HBox {
    private final PersonaEditorViewModel editor;
    private final Button removePicture = new Button(Messages.get("persona.avatar.removePicture"));

    AvatarPicker(PersonaEditorViewModel editor, Supplier<Optional<String>> pictureChooser) {
        super(10);
        this.editor = editor;
        setAlignment(Pos.CENTER_LEFT);
        MenuButton icons = new MenuButton(Messages.get("persona.avatar.icon"));
        icons.setId("persona-icon-menu");
        for (String icon : PersonaIcons.ALL) {
            MenuItem item = new MenuItem(Messages.get("persona.icon." + icon), new FontIcon(PersonaAvatars.icon(icon)));
            item.setId("persona-icon-" + icon);
            item.setOnAction(e -> editor.chooseIcon(icon));
            icons.getItems().add(item);
        }
        Button picture = new Button(Messages.get("persona.avatar.picture"), AppIcon.PICTURE.node());
        picture.setId("persona-picture");
        picture.setTooltip(new Tooltip(Messages.get("persona.avatar.picture.tip")));
        picture.setOnAction(e -> pictureChooser.get().ifPresent(editor::choosePicture));
        removePicture.setId("persona-remove-picture");
        removePicture.getStyleClass().add("flat");
        removePicture.setOnAction(e -> {
            picture.requestFocus();
            editor.removePicture();
        });
        getChildren().addAll(new Label(), new VBox(6, icons, picture, removePicture));
        editor.avatarProperty().addListener((obs, old, now) -> show(now));
        show(editor.avatarProperty().get());
    }

    private void show(Persona p) {
        if (p != null) {
            getChildren().set(0, PersonaAvatars.of(p, 72));
        }
        Forms.show(removePicture, editor.hasPicture());
    }
}
