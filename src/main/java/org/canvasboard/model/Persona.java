package org.canvasboard.model;

import java.util.List;
import java.util.Objects;

/**
 * A short story of one typical member of a segment. The avatar is an icon name from the app's
 * icon set or, when {@code imagePng} is not empty, a small PNG picture held inside the project
 * (base64); a persona never refers to a file outside the project.
 */
public record Persona(String id, String name, String headline, String icon, String imagePng, String story,
                      List<String> characteristics, String quote) {
    public Persona {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        headline = headline == null ? "" : headline;
        icon = icon == null || icon.isBlank() ? PersonaIcons.DEFAULT : icon;
        imagePng = imagePng == null ? "" : imagePng;
        story = story == null ? "" : story;
        characteristics = characteristics == null ? List.of() : List.copyOf(characteristics);
        quote = quote == null ? "" : quote;
    }

    public static Persona named(String name) {
        return new Persona(Ids.newId("persona"), name, "", PersonaIcons.DEFAULT, "", "", List.of(), "");
    }

    public Persona withName(String v) {
        return new Persona(id, v, headline, icon, imagePng, story, characteristics, quote);
    }

    public Persona withHeadline(String v) {
        return new Persona(id, name, v, icon, imagePng, story, characteristics, quote);
    }

    public Persona withIcon(String v) {
        return new Persona(id, name, headline, v, "", story, characteristics, quote);
    }

    public Persona withImagePng(String v) {
        return new Persona(id, name, headline, icon, v, story, characteristics, quote);
    }

    public Persona withStory(String v) {
        return new Persona(id, name, headline, icon, imagePng, v, characteristics, quote);
    }

    public Persona withCharacteristics(List<String> v) {
        return new Persona(id, name, headline, icon, imagePng, story, v, quote);
    }

    public Persona withQuote(String v) {
        return new Persona(id, name, headline, icon, imagePng, story, characteristics, v);
    }

    /** The name to show: the name, else the headline, else a placeholder. */
    public String displayName() {
        return !name.isBlank() ? name : !headline.isBlank() ? headline : "Unnamed persona";
    }
}
