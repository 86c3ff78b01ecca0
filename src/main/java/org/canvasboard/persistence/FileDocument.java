package org.canvasboard.persistence;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON shape of a project file, kept apart from the model so the model never learns about
 * Jackson. Each object keeps the properties this version does not know in {@code extra}, so
 * they are written back unchanged.
 */
final class FileDocument {
    private FileDocument() {
    }

    /** Properties this version does not know, in a stable order. */
    abstract static class Extensible {
        private final Map<String, JsonNode> extra = new TreeMap<>();

        @JsonAnySetter
        void putExtra(String key, JsonNode value) {
            extra.put(key, value);
        }

        @JsonAnyGetter
        Map<String, JsonNode> extra() {
            return extra;
        }

        void copyExtraFrom(Extensible other) {
            if (other != null) {
                extra.putAll(other.extra);
            }
        }
    }

    @JsonPropertyOrder({"formatVersion", "app", "project"})
    static final class Root extends Extensible {
        public int formatVersion;
        public String app;
        public ProjectDoc project;
    }

    @JsonPropertyOrder({"name", "canvases", "personas", "workbook"})
    static final class ProjectDoc extends Extensible {
        public String name;
        public List<CanvasDoc> canvases = new ArrayList<>();
        public List<PersonaDoc> personas = new ArrayList<>();
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public WorkbookDoc workbook;
    }

    @JsonPropertyOrder({"student", "course", "segment", "reflections"})
    static final class WorkbookDoc extends Extensible {
        public String student;
        public String course;
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public String segment;
        public List<String> reflections = new ArrayList<>();
    }

    @JsonPropertyOrder({"id", "name", "contact", "status"})
    static final class PersonDoc extends Extensible {
        public String id;
        public String name;
        public String contact;
        public String status;
    }

    @JsonPropertyOrder({"id", "person", "date", "notes", "evidence"})
    static final class ConversationDoc extends Extensible {
        public String id;
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public String person;
        public String date;
        public String notes;
        public List<EvidenceDoc> evidence = new ArrayList<>();
    }

    @JsonPropertyOrder({"item", "confirmed"})
    static final class EvidenceDoc extends Extensible {
        public String item;
        public boolean confirmed;
    }

    @JsonPropertyOrder({"id", "name", "kind", "blocks"})
    static final class CanvasDoc extends Extensible {
        public String id;
        public String name;
        public String kind;
        public LinkedHashMap<String, List<CardDoc>> blocks = new LinkedHashMap<>();
    }

    @JsonPropertyOrder({"id", "text", "notes", "color", "tags", "status", "links", "segment"})
    static final class CardDoc extends Extensible {
        public String id;
        public String text;
        public String notes;
        public String color;
        public List<String> tags = new ArrayList<>();
        public String status;
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        public List<String> links = new ArrayList<>();
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public SegmentDoc segment;
    }

    @JsonPropertyOrder({"description", "marketType", "characteristics", "excluded", "objectiveGroup", "metrics",
            "color", "personas", "profile", "roles"})
    static final class SegmentDoc extends Extensible {
        public String description;
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public String marketType;
        public List<CharacteristicDoc> characteristics = new ArrayList<>();
        public boolean excluded;
        public String objectiveGroup;
        public List<MetricDoc> metrics = new ArrayList<>();
        public String color;
        public List<String> personas = new ArrayList<>();
        public ProfileDoc profile;
        public List<RoleHolderDoc> roles = new ArrayList<>();
    }

    @JsonPropertyOrder({"dimension", "text"})
    static final class CharacteristicDoc extends Extensible {
        public String dimension;
        public String text;
    }

    @JsonPropertyOrder({"name", "value"})
    static final class MetricDoc extends Extensible {
        public String name;
        public String value;
    }

    @JsonPropertyOrder({"jobs", "pains", "gains"})
    static final class ProfileDoc extends Extensible {
        public List<ItemDoc> jobs = new ArrayList<>();
        public List<ItemDoc> pains = new ArrayList<>();
        public List<ItemDoc> gains = new ArrayList<>();
    }

    /** A job ({@code kind}), pain ({@code severity}) or gain ({@code importance}). */
    @JsonPropertyOrder({"id", "text", "kind", "severity", "importance", "outsideOffering"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class ItemDoc extends Extensible {
        public String id;
        public String text;
        public String kind;
        public String severity;
        public String importance;
        public Boolean outsideOffering;
    }

    @JsonPropertyOrder({"id", "persona", "name", "roles", "pains", "gains"})
    static final class RoleHolderDoc extends Extensible {
        public String id;
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public String persona;
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public String name;
        public List<String> roles = new ArrayList<>();
        public List<ItemDoc> pains = new ArrayList<>();
        public List<ItemDoc> gains = new ArrayList<>();
    }

    @JsonPropertyOrder({"id", "name", "headline", "icon", "imagePng", "story", "characteristics", "quote", "people",
            "questions", "conversations"})
    static final class PersonaDoc extends Extensible {
        public String id;
        public String name;
        public String headline;
        public String icon;
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        public String imagePng;
        public String story;
        public List<String> characteristics = new ArrayList<>();
        public String quote;
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        public List<PersonDoc> people = new ArrayList<>();
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        public List<String> questions = new ArrayList<>();
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        public List<ConversationDoc> conversations = new ArrayList<>();
    }
}
