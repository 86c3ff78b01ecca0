package org.canvasboard.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of block a canvas can hold. The id is the stable camelCase name used in project
 * files; title and guiding question are what the app shows.
 */
public enum BlockType {
    KEY_PARTNERS("keyPartners", "Key Partners",
            "Who helps us deliver, and what do we rely on them for?"),
    KEY_ACTIVITIES("keyActivities", "Key Activities",
            "What must we do well, day after day, for the model to work?"),
    KEY_RESOURCES("keyResources", "Key Resources",
            "Which people, assets, know-how or money can we not do without?"),
    VALUE_PROPOSITIONS("valuePropositions", "Value Propositions",
            "What do we offer each segment, and why would they pick us?"),
    CUSTOMER_RELATIONSHIPS("customerRelationships", "Customer Relationships",
            "How do we win, keep and grow each segment: personal, self-service, community?"),
    CHANNELS("channels", "Channels",
            "How do customers hear of us, buy from us and get what they paid for?"),
    CUSTOMER_SEGMENTS("customerSegments", "Customer Segments",
            "Who exactly are we creating value for? Who is not our customer?"),
    COST_STRUCTURE("costStructure", "Cost Structure",
            "What are the biggest costs of running this model?"),
    REVENUE_STREAMS("revenueStreams", "Revenue Streams",
            "What will each segment pay for, how, and how often?"),
    CUSTOMER_PROBLEM("customerProblem", "Customer Problem",
            "Which problem hurts enough that people look for a fix today?"),
    ECO_SOCIAL_COSTS("ecoSocialCosts", "Eco & Social Costs",
            "What harm could this model do to people or the planet?"),
    ECO_SOCIAL_BENEFITS("ecoSocialBenefits", "Eco & Social Benefits",
            "What good does this model do beyond its customers?"),
    KPIS("kpis", "Key Performance Indicators",
            "Which few numbers tell us whether the model is working?");

    private final String id;
    private final String title;
    private final String guidingQuestion;

    BlockType(String id, String title, String guidingQuestion) {
        this.id = id;
        this.title = title;
        this.guidingQuestion = guidingQuestion;
    }

    /** Stable identifier written in project files. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** A short question in our own words, shown while the block is empty. */
    public String guidingQuestion() {
        return guidingQuestion;
    }

    public static Optional<BlockType> fromId(String id) {
        return Arrays.stream(values()).filter(b -> b.id.equals(id)).findFirst();
    }
}
