package org.canvasboard.viewmodel;

import org.canvasboard.model.ProfileArea;

/**
 * A place in the window that a check's hint or a workbook step leads to. The screen viewmodels
 * decide where to go; the window's navigator shows the place and scrolls it into view.
 */
public sealed interface Destination {
    /** A section of a segment's details panel. */
    record SegmentPart(CardViewModel segment, SegmentSection section) implements Destination {
    }

    /** A segment's customer profile, at its gains or its pains (null: the profile as a whole). */
    record Profile(CardViewModel segment, ProfileArea area) implements Destination {
    }

    /** A persona in the gallery, scrolled to one section of its editor. */
    record PersonaPage(PersonaViewModel persona, PersonaSection section) implements Destination {
    }

    /** The Customer Segments block of the canvas shown, where a first segment is written. */
    record SegmentsBlock() implements Destination {
    }
}
