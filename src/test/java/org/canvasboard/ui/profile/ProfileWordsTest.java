package org.canvasboard.ui.profile;

import org.canvasboard.model.CardColor;
import org.canvasboard.model.EvidenceStatus;
import org.canvasboard.model.JobKind;
import org.canvasboard.model.Level;
import org.canvasboard.model.ProfileArea;
import org.canvasboard.ui.common.Messages;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every key the profile, comparison and card panels build from a choice (an area, a level, a
 * kind, a status, a colour) is in the bundle, so no panel ever shows a bare key.
 */
class ProfileWordsTest {
    @Test
    void everyKeyBuiltFromAChoiceIsInTheBundle() {
        List<String> keys = new ArrayList<>(List.of("profile.title", "profile.empty", "profile.credit", "profile.none",
                "profile.rankTip", "profile.outside", "profile.outsideTip", "profile.unnamedSegment",
                "profile.severityTip", "profile.importanceTip", "profile.evidence.confirmed", "profile.evidence.refuted",
                "profile.evidenceTip", "compare.title", "compare.empty", "compare.emptyCell", "compare.bullet",
                "card.linkToSegment", "card.openAsSegment", "card.openAsSegmentTip", "card.notLinked",
                "card.linkedToEverySegment", "card.noSegmentsYet", "card.unlinkFrom", "card.goToSegment",
                "card.title.none", "card.title.one", "card.title.many", "card.hint.none", "card.hint.many"));
        for (ProfileArea area : ProfileArea.values()) {
            for (String part : List.of("area", "question", "add", "describe", "remove")) {
                keys.add("profile." + part + "." + area.id());
            }
        }
        for (Level level : Level.values()) {
            keys.add("profile.severity." + level.id());
            keys.add("profile.importance." + level.id());
        }
        for (JobKind kind : JobKind.values()) {
            keys.add("profile.jobKind." + kind.id());
        }
        for (EvidenceStatus status : EvidenceStatus.values()) {
            keys.add("card.status." + status.id());
        }
        for (CardColor colour : CardColor.values()) {
            keys.add("card.colour." + colour.id());
        }
        for (String part : List.of("text", "notes", "tags", "evidence", "colour", "segments")) {
            keys.add("card.caption." + part);
        }
        assertEquals(List.of(), keys.stream().filter(k -> !Messages.has(k)).toList());
    }

    @Test
    void countsAndNamesAreFilledIn() {
        assertEquals("3 cards selected", Messages.get("card.title.many", 3));
        assertEquals("\u2713 2", Messages.get("profile.evidence.confirmed", 2));
        assertEquals("Conversations: 2 confirmed, 0 refuted", Messages.get("profile.evidenceTip", 2, 0));
        assertEquals("Unlink from Jo's team", Messages.get("card.unlinkFrom", "Jo's team"));
        assertEquals("\u2022 ", Messages.get("compare.bullet"));
    }
}
