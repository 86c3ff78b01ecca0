package org.canvasboard.ui.common;

import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import org.canvasboard.model.Persona;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.Map;

/** Draws a persona's avatar: its picture in a circle, or its icon on a soft disc. */
public final class PersonaAvatars {
    private static final Map<String, Ikon> ICONS = Map.ofEntries(
            Map.entry("person", MaterialDesignA.ACCOUNT),
            Map.entry("woman", MaterialDesignF.FACE_WOMAN),
            Map.entry("man", MaterialDesignF.FACE),
            Map.entry("child", MaterialDesignB.BABY_FACE_OUTLINE),
            Map.entry("elder", MaterialDesignH.HUMAN_CANE),
            Map.entry("student", MaterialDesignS.SCHOOL),
            Map.entry("worker", MaterialDesignH.HARD_HAT),
            Map.entry("office", MaterialDesignB.BRIEFCASE),
            Map.entry("doctor", MaterialDesignD.DOCTOR),
            Map.entry("chef", MaterialDesignC.CHEF_HAT),
            Map.entry("cyclist", MaterialDesignB.BIKE),
            Map.entry("family", MaterialDesignH.HUMAN_MALE_FEMALE),
            Map.entry("farmer", MaterialDesignS.SPROUT),
            Map.entry("artist", MaterialDesignP.PALETTE),
            Map.entry("tech", MaterialDesignL.LAPTOP),
            Map.entry("shop", MaterialDesignS.STORE));

    private PersonaAvatars() {
    }

    public static Ikon icon(String name) {
        return ICONS.getOrDefault(name, MaterialDesignA.ACCOUNT);
    }

    /** An avatar node of the given diameter. */
    public static Node of(Persona persona, double size) {
        StackPane disc = new StackPane();
        disc.getStyleClass().add("persona-avatar");
        disc.setMinSize(size, size);
        disc.setPrefSize(size, size);
        disc.setMaxSize(size, size);
        Image picture = picture(persona.imagePng(), size);
        if (picture != null) {
            ImageView view = new ImageView(picture);
            view.setFitWidth(size);
            view.setFitHeight(size);
            view.setPreserveRatio(false);
            view.setClip(new Circle(size / 2, size / 2, size / 2));
            disc.getChildren().add(view);
        } else {
            FontIcon icon = new FontIcon(icon(persona.icon()));
            icon.setIconSize((int) (size * 0.6));
            icon.getStyleClass().add("persona-avatar-icon");
            disc.getChildren().add(icon);
        }
        return disc;
    }

    private static Image picture(String base64, double size) {
        if (base64 == null || base64.isEmpty()) {
            return null;
        }
        try {
            Image image = new Image(new ByteArrayInputStream(Base64.getDecoder().decode(base64)), size * 2, size * 2, false, true);
            return image.isError() ? null : image;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
