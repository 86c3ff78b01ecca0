package org.canvasboard.model;

import java.util.List;
import java.util.Objects;

/**
 * A short story of one typical member of a segment. The avatar is an icon name from the app's
 * icon set or, when {@code imagePng} is not empty, a small PNG picture held inside the project
 * (base64); a persona never refers to a file outside the project.
 */
public record Persona(String id, String name, String headline, String icon, String imagePng, String story,
                      List<String> characteristics, String quote, List<RealPerson> people, List<String> questions,
                      List<Conversation> conversations) {
    public Persona {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        headline = headline == null ? "" : headline;
        icon = icon == null || icon.isBlank() ? PersonaIcons.DEFAULT : icon;
        imagePng = imagePng == null ? "" : imagePng;
        story = story == null ? "" : story;
        characteristics = characteristics == null ? List.of() : List.copyOf(characteristics);
        quote = quote == null ? "" : quote;
        people = people == null ? List.of() : List.copyOf(people);
        questions = questions == null ? List.of() : List.copyOf(questions);
        conversations = conversations == null ? List.of() : List.copyOf(conversations);
    }

    /** A persona without interview work (people, questions, conversations). */
    public Persona(String id, String name, String headline, String icon, String imagePng, String story,
                   List<String> characteristics, String quote) {
        this(id, name, headline, icon, imagePng, story, characteristics, quote, List.of(), List.of(), List.of());
    }

    public static Persona named(String name) {
        return new Persona(Ids.newId("persona"), name, "", PersonaIcons.DEFAULT, "", "", List.of(), "");
    }

    public Persona withName(String v) {
        return new Persona(id, v, headline, icon, imagePng, story, characteristics, quote, people, questions, conversations);
    }

    public Persona withHeadline(String v) {
        return new Persona(id, name, v, icon, imagePng, story, characteristics, quote, people, questions, conversations);
    }

    public Persona withIcon(String v) {
        return new Persona(id, name, headline, v, "", story, characteristics, quote, people, questions, conversations);
    }

    public Persona withImagePng(String v) {
        return new Persona(id, name, headline, icon, v, story, characteristics, quote, people, questions, conversations);
    }

    public Persona withStory(String v) {
        return new Persona(id, name, headline, icon, imagePng, v, characteristics, quote, people, questions, conversations);
    }

    public Persona withCharacteristics(List<String> v) {
        return new Persona(id, name, headline, icon, imagePng, story, v, quote, people, questions, conversations);
    }

    public Persona withQuote(String v) {
        return new Persona(id, name, headline, icon, imagePng, story, characteristics, v, people, questions, conversations);
    }

    public Persona withPeople(List<RealPerson> v) {
        return new Persona(id, name, headline, icon, imagePng, story, characteristics, quote, v, questions, conversations);
    }

    public Persona withQuestions(List<String> v) {
        return new Persona(id, name, headline, icon, imagePng, story, characteristics, quote, people, v, conversations);
    }

    public Persona withConversations(List<Conversation> v) {
        return new Persona(id, name, headline, icon, imagePng, story, characteristics, quote, people, questions, v);
    }

    /** The name to show: the name, else the headline, else a placeholder. */
    public String displayName() {
        return !name.isBlank() ? name : !headline.isBlank() ? headline : "Unnamed persona";
    }
}
