package org.canvasboard.ui.common;

import org.canvasboard.viewmodel.CardViewModel;
import org.canvasboard.viewmodel.Destination;
import org.canvasboard.viewmodel.PersonaSection;
import org.canvasboard.viewmodel.PersonaViewModel;
import org.canvasboard.viewmodel.SegmentSection;

/** Where links and hints take the user; the window decides how to show each place. */
public interface Navigator {
    /** Shows the canvas with this card selected. */
    void showCard(CardViewModel card);

    /** Shows a segment's customer profile. */
    void showProfile(CardViewModel segment);

    /** Shows a persona in the gallery. */
    void showPersona(PersonaViewModel persona);

    /** Shows a persona in the gallery, its editor scrolled to one section. */
    default void showPersonaSection(PersonaViewModel persona, PersonaSection section) {
        showPersona(persona);
    }

    /** Shows a segment's details panel, scrolled to one of its sections. */
    void showSegmentSection(CardViewModel segment, SegmentSection section);

    /** Shows the Customer Segments block of the canvas (where a first segment is written). */
    void showSegmentsBlock();

    /** Shows a place a hint or a workbook step leads to, scrolled into view. */
    default void go(Destination destination) {
        switch (destination) {
            case Destination.SegmentPart part -> showSegmentSection(part.segment(), part.section());
            case Destination.Profile profile -> showProfile(profile.segment());
            case Destination.PersonaPage page -> showPersonaSection(page.persona(), page.section());
            case Destination.SegmentsBlock block -> showSegmentsBlock();
        }
    }
}
