package org.canvasboard.model;

/**
 * One sensible-segmentation check that currently applies: advice, never an error.
 *
 * @param rule     the check's number in DOMAIN.md (1 to 7)
 * @param canvasId the canvas it is about
 * @param cardId   the segment card it is about, or null when it is about the canvas as a whole
 * @param focus    which part of the segment the user should go to
 */
public record SegmentationHint(int rule, String message, String canvasId, String cardId, Focus focus) {
    /** Where a hint takes the user. */
    public enum Focus { SEGMENT, PERSONAS, PROFILE, LINKS, ROLES, SEGMENTS_BLOCK }
}
