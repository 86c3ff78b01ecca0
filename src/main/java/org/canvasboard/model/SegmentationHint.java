package org.canvasboard.model;

import java.util.List;

/**
 * One sensible-segmentation check that currently applies: advice, never an error. It says what
 * the check found and about whom; the window and the exports put it into words.
 *
 * @param kind        what the check found
 * @param canvasId    the canvas it is about
 * @param cardId      the segment card it is about (of two alike segments, the second), or null
 *                    when it is about the canvas as a whole
 * @param otherCardId of two alike segments, the first; else null
 * @param names       the names the advice speaks of, as written (blank for an unnamed segment):
 *                    the segment's; of two alike segments the first's, then the second's; of a
 *                    canvas-wide hint, the canvas's
 * @param roles       the key purchase roles nobody holds (for {@link Kind#MISSING_ROLES}), else empty
 */
public record SegmentationHint(Kind kind, String canvasId, String cardId, String otherCardId, List<String> names,
                               List<PurchaseRole> roles) {
    public SegmentationHint {
        names = List.copyOf(names);
        roles = List.copyOf(roles);
    }

    /** Where a hint takes the user. */
    public enum Focus { SEGMENT, PERSONAS, PROFILE, LINKS, ROLES, SEGMENTS_BLOCK }

    /** What a check found, with the number of its rule in DOMAIN.md and where it is fixed. */
    public enum Kind {
        /** Rule 1: a segment no persona tells. */
        NO_PERSONA("noPersona", 1, Focus.PERSONAS),
        /** Rule 2: a segment with demographic characteristics only and no jobs, pains or gains. */
        DEMOGRAPHICS_ONLY("demographicsOnly", 2, Focus.PROFILE),
        /** Rule 2: a segment with no jobs, pains or gains. */
        NO_NEEDS("noNeeds", 2, Focus.PROFILE),
        /** Rule 3: no value proposition is linked to the segment. */
        NOT_SERVED("notServed", 3, Focus.LINKS),
        /** Rule 4: nobody on the canvas is named as not our customer. */
        NO_EXCLUDED_GROUP("noExcludedGroup", 4, Focus.SEGMENTS_BLOCK),
        /** Rule 5: some of buyer, payer and user are held by nobody. */
        MISSING_ROLES("missingRoles", 5, Focus.ROLES),
        /** Rule 6: two segments with the same characteristics and needs. */
        SAME_AS_ANOTHER("sameAsAnother", 6, Focus.SEGMENT),
        /** Rule 7: a multi-sided segment no other segment is linked with. */
        MULTI_SIDED_ALONE("multiSidedAlone", 7, Focus.LINKS);

        private final String id;
        private final int rule;
        private final Focus focus;

        Kind(String id, int rule, Focus focus) {
            this.id = id;
            this.rule = rule;
            this.focus = focus;
        }

        /** Names the kind in files of words. */
        public String id() {
            return id;
        }

        public int rule() {
            return rule;
        }

        public Focus focus() {
            return focus;
        }
    }

    /** The check's number in DOMAIN.md (1 to 7). */
    public int rule() {
        return kind.rule();
    }

    /** Which part of the segment the user should go to. */
    public Focus focus() {
        return kind.focus();
    }

    /** The first name the hint speaks of (the segment's, or the canvas's), blank if none. */
    public String name() {
        return names.isEmpty() ? "" : names.get(0);
    }
}
