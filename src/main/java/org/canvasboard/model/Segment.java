package org.canvasboard.model;

import java.util.List;
import java.util.Objects;

/**
 * What the team knows about a customer segment, attached to its card (the card's text is the
 * segment's name). A card with a Segment is a segment card; any other card can link to it.
 *
 * @param marketType      null while not chosen
 * @param excluded        "not our customer": a group the team decided not to serve
 * @param objectiveGroup  an optional grouping driven by a business goal
 * @param personaIds      the project's personas that tell this segment's story
 */
public record Segment(String description, MarketType marketType, List<Characteristic> characteristics,
                      boolean excluded, String objectiveGroup, List<Metric> metrics, SegmentColor color,
                      List<String> personaIds, CustomerProfile profile, List<RoleHolder> roles) {
    public Segment {
        description = description == null ? "" : description;
        characteristics = characteristics == null ? List.of() : List.copyOf(characteristics);
        objectiveGroup = objectiveGroup == null ? "" : objectiveGroup;
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
        color = Objects.requireNonNullElse(color, SegmentColor.BLUE);
        personaIds = Coded.distinct(personaIds);
        profile = profile == null ? CustomerProfile.EMPTY : profile;
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** A new segment with nothing filled in yet. */
    public static Segment of(SegmentColor color) {
        return new Segment("", null, List.of(), false, "", List.of(), color, List.of(), CustomerProfile.EMPTY, List.of());
    }

    public Segment withDescription(String v) {
        return new Segment(v, marketType, characteristics, excluded, objectiveGroup, metrics, color, personaIds, profile, roles);
    }

    public Segment withMarketType(MarketType v) {
        return new Segment(description, v, characteristics, excluded, objectiveGroup, metrics, color, personaIds, profile, roles);
    }

    public Segment withCharacteristics(List<Characteristic> v) {
        return new Segment(description, marketType, v, excluded, objectiveGroup, metrics, color, personaIds, profile, roles);
    }

    public Segment withExcluded(boolean v) {
        return new Segment(description, marketType, characteristics, v, objectiveGroup, metrics, color, personaIds, profile, roles);
    }

    public Segment withObjectiveGroup(String v) {
        return new Segment(description, marketType, characteristics, excluded, v, metrics, color, personaIds, profile, roles);
    }

    public Segment withMetrics(List<Metric> v) {
        return new Segment(description, marketType, characteristics, excluded, objectiveGroup, v, color, personaIds, profile, roles);
    }

    public Segment withColor(SegmentColor v) {
        return new Segment(description, marketType, characteristics, excluded, objectiveGroup, metrics, v, personaIds, profile, roles);
    }

    public Segment withPersonaIds(List<String> v) {
        return new Segment(description, marketType, characteristics, excluded, objectiveGroup, metrics, color, v, profile, roles);
    }

    public Segment withProfile(CustomerProfile v) {
        return new Segment(description, marketType, characteristics, excluded, objectiveGroup, metrics, color, personaIds, v, roles);
    }

    public Segment withRoles(List<RoleHolder> v) {
        return new Segment(description, marketType, characteristics, excluded, objectiveGroup, metrics, color, personaIds, profile, v);
    }

    /** Characteristics of one dimension, in order. */
    public List<String> characteristics(Dimension dimension) {
        return characteristics.stream().filter(c -> c.dimension() == dimension).map(Characteristic::text).toList();
    }

    /** Whether someone holds the role (a persona or a stakeholder). */
    public boolean hasRole(PurchaseRole role) {
        return roles.stream().anyMatch(h -> h.holds(role));
    }
}
