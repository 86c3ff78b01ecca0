package org.canvasboard.model;

import java.util.Objects;

/**
 * One job, pain or gain of a customer profile. {@code kind} is used by jobs, {@code level}
 * (severity of a pain, importance of a gain) by pains and gains; {@code outsideOffering} marks a
 * pain or gain that what we offer today does not address. Position in its list is its rank.
 */
public record ProfileItem(String id, String text, JobKind kind, Level level, boolean outsideOffering) {
    public ProfileItem {
        Objects.requireNonNull(id, "id");
        text = text == null ? "" : text;
        kind = kind == null ? JobKind.FUNCTIONAL : kind;
        level = level == null ? Level.MEDIUM : level;
    }

    public static ProfileItem of(String text) {
        return new ProfileItem(Ids.newId("item"), text, JobKind.FUNCTIONAL, Level.MEDIUM, false);
    }

    public ProfileItem withText(String newText) {
        return new ProfileItem(id, newText, kind, level, outsideOffering);
    }

    public ProfileItem withKind(JobKind newKind) {
        return new ProfileItem(id, text, newKind, level, outsideOffering);
    }

    public ProfileItem withLevel(Level newLevel) {
        return new ProfileItem(id, text, kind, newLevel, outsideOffering);
    }

    public ProfileItem withOutsideOffering(boolean outside) {
        return new ProfileItem(id, text, kind, level, outside);
    }
}
