package org.canvasboard.viewmodel;

/** The sections of a segment's details panel, places that hints and links lead to. */
public enum SegmentSection {
    SEGMENT, CHARACTERISTICS, METRICS, PERSONAS, PROFILE, ROLES, LINKS
}
