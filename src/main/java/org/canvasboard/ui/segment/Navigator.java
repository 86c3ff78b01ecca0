package org.canvasboard.ui.segment;

import org.canvasboard.viewmodel.CardViewModel;
import org.canvasboard.viewmodel.PersonaViewModel;

/** Where links and hints take the user; the window decides how to show each place. */
public interface Navigator {
    /** Shows the canvas with this card selected. */
    void showCard(CardViewModel card);

    /** Shows a segment's customer profile. */
    void showProfile(CardViewModel segment);

    /** Shows a persona in the gallery. */
    void showPersona(PersonaViewModel persona);

    /** Shows a segment's details panel, scrolled to a section ("personas", "roles", "links", ...). */
    void showSegmentSection(CardViewModel segment, String section);
}
