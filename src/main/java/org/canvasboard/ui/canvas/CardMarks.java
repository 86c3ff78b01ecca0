package org.canvasboard.ui.canvas;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.canvasboard.model.PurchaseRole;
import org.canvasboard.model.Segment;
import org.canvasboard.model.SegmentColor;
import org.canvasboard.ui.common.AppIcon;
import org.canvasboard.ui.common.LazyTip;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.ui.common.SegmentStyles;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The parts of a card most cards do not have: its tags, a notes mark, the segment look (a badge
 * in the segment's colour and the purchase roles held) and a dot for each segment it is linked
 * to. Each is made when a card first needs it: a crowded canvas has thousands of cards, and
 * every node costs on every frame (the bounds pass visits them all) and on every restyle.
 */
final class CardMarks {
    static final PseudoClass SEGMENT = PseudoClass.getPseudoClass("segment");
    static final PseudoClass EXCLUDED = PseudoClass.getPseudoClass("excluded");

    /** A segment a card is linked to, as its mark shows it. */
    record LinkMark(String segmentName, SegmentColor colour) {
    }

    /** The card the marks are on (its pseudo-classes and segment colour follow the segment). */
    private final Region card;
    private Label tags;
    private Label notesMark;
    private Label segmentBadge;
    private HBox rolesRow;
    private HBox linkDots;
    private Segment shownSegment;
    private String shownNotes;
    private List<LinkMark> shownLinks = List.of();

    CardMarks(Region card) {
        this.card = card;
    }

    Node tags() {
        return tags;
    }

    Node notesMark() {
        return notesMark;
    }

    Node segmentBadge() {
        return segmentBadge;
    }

    Node rolesRow() {
        return rolesRow;
    }

    Node linkDots() {
        return linkDots;
    }

    void showTags(List<String> tagList) {
        if (!tagList.isEmpty() && tags == null) {
            tags = new Label();
            tags.getStyleClass().add("card-tags");
            tags.setWrapText(true);
        }
        if (tags != null) {
            tags.setText(tagList.stream().map(t -> "#" + t).collect(Collectors.joining(" ")));
            tags.setVisible(!tagList.isEmpty());
        }
    }

    void showNotes(String notesText) {
        if (notesText.equals(shownNotes)) {
            return; // the tooltip is only set again when the notes change (typing must stay cheap)
        }
        shownNotes = notesText;
        boolean hasNotes = !notesText.isBlank();
        if (hasNotes && notesMark == null) {
            notesMark = new Label(null, AppIcon.NOTES.node());
            notesMark.getStyleClass().add("card-notes-mark");
        }
        if (notesMark != null) {
            notesMark.setVisible(hasNotes);
            LazyTip.set(notesMark, hasNotes ? notesText : null);
        }
    }

    /** The segment look: a badge in the segment's colour and the purchase roles held; null for none. */
    void showSegment(Segment segment) {
        // a record's equals is linked on its first call (15 ms at start-up): not needed while
        // either side is none, which is every card's first refresh
        if (segment == shownSegment || segment != null && shownSegment != null && segment.equals(shownSegment)) {
            return;
        }
        shownSegment = segment;
        boolean isSegment = segment != null;
        card.pseudoClassStateChanged(SEGMENT, isSegment);
        card.pseudoClassStateChanged(EXCLUDED, isSegment && segment.excluded());
        if (!isSegment) {
            if (segmentBadge != null) {
                segmentBadge.setVisible(false);
                rolesRow.setVisible(false);
            }
            card.setStyle("");
            return;
        }
        if (segmentBadge == null) {
            segmentBadge = new Label(null, AppIcon.CUSTOMER_SEGMENTS.node());
            segmentBadge.getStyleClass().add("segment-badge");
            rolesRow = new HBox(3);
            rolesRow.getStyleClass().add("card-roles");
            rolesRow.setAlignment(Pos.CENTER_LEFT);
        }
        segmentBadge.setVisible(true);
        rolesRow.setVisible(!segment.roles().isEmpty());
        card.setStyle("-cb-segment-colour: " + segment.color().hex() + ";");
        segmentBadge.setText(Messages.get(segment.excluded() ? "canvas.card.notOurCustomer" : "canvas.card.segment"));
        rolesRow.getChildren().clear();
        for (PurchaseRole role : PurchaseRole.values()) {
            if (segment.hasRole(role)) {
                Label badge = new Label(SegmentStyles.abbreviation(role));
                badge.getStyleClass().add("role-badge");
                LazyTip.set(badge, role.label());
                rolesRow.getChildren().add(badge);
            }
        }
        int personaCount = segment.personaIds().size();
        if (personaCount > 0) {
            Label personas = new Label(Integer.toString(personaCount), AppIcon.PERSONA.node());
            personas.getStyleClass().add("card-persona-count");
            LazyTip.set(personas, Messages.get("canvas.card.personas", personaCount));
            rolesRow.getChildren().add(personas);
            rolesRow.setVisible(true);
        }
    }

    /** Notes the segments the card is linked to; false when they are the ones shown already. */
    boolean setLinks(List<LinkMark> links) {
        if (links.equals(shownLinks)) {
            return false;
        }
        shownLinks = List.copyOf(links);
        return true;
    }

    /** Shows a colour dot for each segment the card is linked to; false when there is nothing to show. */
    boolean renderLinks() {
        List<LinkMark> links = shownLinks;
        if (links.isEmpty() && linkDots == null) {
            return false;
        }
        if (linkDots == null) {
            linkDots = new HBox(3);
            linkDots.getStyleClass().add("card-links");
            linkDots.setAlignment(Pos.CENTER_LEFT);
        }
        linkDots.getChildren().setAll(links.stream().map(l ->
                (Node) SegmentStyles.dot(l.colour(), Messages.get("canvas.card.linkedTo", l.segmentName()))).toList());
        linkDots.setVisible(!links.isEmpty());
        return true;
    }
}
