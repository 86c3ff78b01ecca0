package org.canvasboard.persistence;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
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

    @JsonPropertyOrder({"name", "canvases"})
    static final class ProjectDoc extends Extensible {
        public String name;
        public List<CanvasDoc> canvases = new ArrayList<>();
    }

    @JsonPropertyOrder({"id", "name", "kind", "blocks"})
    static final class CanvasDoc extends Extensible {
        public String id;
        public String name;
        public String kind;
        public LinkedHashMap<String, List<CardDoc>> blocks = new LinkedHashMap<>();
    }

    @JsonPropertyOrder({"id", "text", "notes", "color", "tags", "status"})
    static final class CardDoc extends Extensible {
        public String id;
        public String text;
        public String notes;
        public String color;
        public List<String> tags = new ArrayList<>();
        public String status;
    }
}
