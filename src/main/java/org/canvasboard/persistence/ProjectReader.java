package org.canvasboard.persistence;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.canvasboard.model.Project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a project file: size check, bytes, UTF-8 check, then binding straight from the bytes when
 * the file is of the current format, or else a JSON tree (strict) and format migrations before
 * binding; then validation into the model. Every failure is a {@link ProjectFileException} whose
 * message names the problem; nothing is ever written to the file being read.
 */
public final class ProjectReader {
    public static final int CURRENT_FORMAT_VERSION = FormatMigrations.CURRENT_VERSION;

    /** Reads a project file from disk. */
    public LoadedProject read(Path file) throws ProjectFileException {
        try {
            if (Files.isDirectory(file)) {
                throw new ProjectFileException(ProjectFileException.Reason.IO, "This is a folder, not a project file.");
            }
            long size = Files.size(file);
            if (size > ProjectJson.MAX_FILE_BYTES) {
                throw tooLarge(size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) ProjectJson.MAX_FILE_BYTES + 1);
                if (bytes.length > ProjectJson.MAX_FILE_BYTES) {
                    throw tooLarge(bytes.length);
                }
                return read(bytes);
            }
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(ProjectFileException.Reason.IO, "The file does not exist (any more).", e);
        } catch (AccessDeniedException e) {
            throw new ProjectFileException(ProjectFileException.Reason.IO,
                    "Canvasboard is not allowed to read this file.", e);
        } catch (IOException e) {
            throw new ProjectFileException(ProjectFileException.Reason.IO,
                    "The file could not be read: " + e.getMessage(), e);
        }
    }

    /** Reads a project from the bytes of a file. */
    public LoadedProject read(byte[] bytes) throws ProjectFileException {
        if (bytes.length > ProjectJson.MAX_FILE_BYTES) {
            throw tooLarge(bytes.length);
        }
        byte[] content = withoutUtf8Bom(bytes);
        if (isBlank(content)) {
            throw new ProjectFileException(ProjectFileException.Reason.EMPTY, "This file is empty.");
        }
        checkUtf8(content);
        int version = syntax(() -> leadingVersion(content));
        FileDocument.Root document;
        if (version == FormatMigrations.CURRENT_VERSION) {
            // the common case: nothing to migrate, so bind straight from the bytes (no tree); the
            // parser's limits (size, nesting, token count, duplicate fields) hold while binding
            document = bind(() -> ProjectJson.MAPPER.readValue(content, FileDocument.Root.class));
        } else {
            syntax(() -> walkTokens(content));
            JsonNode tree = syntax(() -> ProjectJson.MAPPER.readTree(content));
            if (!(tree instanceof ObjectNode root)) {
                throw invalid("This is not a Canvasboard project: the file holds JSON, but not a project object.");
            }
            ObjectNode migrated = FormatMigrations.migrate(root);
            document = bind(() -> ProjectJson.MAPPER.treeToValue(migrated, FileDocument.Root.class));
        }
        Project project = new ProjectValidator().toModel(document);
        return new LoadedProject(project, document);
    }

    /** Reading that may fail on the JSON itself. */
    private interface JsonCall<T> {
        T call() throws IOException;
    }

    /** A value of the wrong type for its place, on its way out of {@link #syntax}. */
    private static final class WrongKind extends RuntimeException {
        private final com.fasterxml.jackson.databind.JsonMappingException mapping;

        WrongKind(com.fasterxml.jackson.databind.JsonMappingException mapping) {
            super(mapping);
            this.mapping = mapping;
        }
    }

    /** Binds the file document; a value of the wrong type gets a message naming where it is. */
    private static FileDocument.Root bind(JsonCall<FileDocument.Root> binding) throws ProjectFileException {
        try {
            return syntax(() -> {
                try {
                    return binding.call();
                } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
                    if (e instanceof MismatchedInputException && String.valueOf(e.getOriginalMessage())
                            .contains("Trailing token")) {
                        throw e;
                    }
                    throw new WrongKind(e);
                }
            });
        } catch (WrongKind e) {
            throw invalid("This project file has a value of the wrong kind" + path(e.mapping) + ".");
        }
    }

    /** Runs a read and turns what can go wrong with the JSON into a message for people. */
    private static <T> T syntax(JsonCall<T> call) throws ProjectFileException {
        try {
            return call.call();
        } catch (StreamConstraintsException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("nesting")) {
                throw new ProjectFileException(ProjectFileException.Reason.TOO_COMPLEX,
                        "This file is nested too deeply to be a Canvasboard project (more than "
                                + ProjectJson.MAX_NESTING + " levels).", e);
            }
            if (m.contains("String value length")) {
                throw new ProjectFileException(ProjectFileException.Reason.TOO_COMPLEX,
                        "This file holds a text value that is too long (over "
                                + ProjectJson.MAX_STRING_LENGTH + " characters).", e);
            }
            if (m.contains("Token count")) {
                throw new ProjectFileException(ProjectFileException.Reason.TOO_COMPLEX,
                        "This file holds too many entries to be a Canvasboard project (more than "
                                + String.format("%,d", ProjectJson.MAX_TOKENS) + " values).", e);
            }
            if (m.contains("Number value length")) {
                throw new ProjectFileException(ProjectFileException.Reason.TOO_COMPLEX,
                        "This file holds a number with too many digits.", e);
            }
            throw new ProjectFileException(ProjectFileException.Reason.TOO_COMPLEX,
                    "This file is too large or complex to be a Canvasboard project.", e);
        } catch (JsonParseException e) {
            String m = String.valueOf(e.getOriginalMessage());
            if (m.startsWith("Duplicate field")) {
                String field = m.indexOf('\'') >= 0 ? m.substring(m.indexOf('\'') + 1, m.lastIndexOf('\'')) : "?";
                throw invalid("This project file names the same field twice in one object" + where(e)
                        + " (" + ProjectValidator.quote(field) + ").");
            }
            if (m.contains("end-of-input")) {
                throw new ProjectFileException(ProjectFileException.Reason.NOT_JSON,
                        "This file ends too early" + where(e) + ": it may have been cut off while it was "
                                + "being copied or saved.", e);
            }
            throw new ProjectFileException(ProjectFileException.Reason.NOT_JSON,
                    "This is not a Canvasboard project: it is not valid JSON" + where(e) + ".", e);
        } catch (MismatchedInputException e) {
            String m = String.valueOf(e.getOriginalMessage());
            if (m.contains("Trailing token")) {
                throw new ProjectFileException(ProjectFileException.Reason.NOT_JSON,
                        "This file has extra content after the end of the project" + where(e) + ".", e);
            }
            throw new ProjectFileException(ProjectFileException.Reason.NOT_JSON,
                    "This is not a Canvasboard project: it is not valid JSON" + where(e) + ".", e);
        } catch (IOException e) {
            throw new ProjectFileException(ProjectFileException.Reason.NOT_JSON,
                    "This is not a Canvasboard project: it is not valid JSON.", e);
        }
    }

    /**
     * The file's {@code formatVersion} when it is the first field of the root object, as
     * Canvasboard writes it, or -1 (a file edited by hand, or not a project: the tree path then
     * finds the version or says what is wrong). Reads three tokens.
     */
    private static int leadingVersion(byte[] content) throws IOException {
        try (JsonParser parser = ProjectJson.MAPPER.getFactory().createParser(content)) {
            if (parser.nextToken() != JsonToken.START_OBJECT || parser.nextToken() != JsonToken.FIELD_NAME
                    || !"formatVersion".equals(parser.currentName())) {
                return -1;
            }
            return parser.nextToken() == JsonToken.VALUE_NUMBER_INT
                    && parser.getNumberType() == JsonParser.NumberType.INT ? parser.getIntValue() : -1;
        }
    }

    /**
     * Walks the tokens without building anything, so a file with millions of entries is refused
     * by the parser's limits before a tree of it could fill the memory.
     */
    private static Void walkTokens(byte[] content) throws IOException {
        try (JsonParser parser = ProjectJson.MAPPER.getFactory().createParser(content)) {
            while (parser.nextToken() != null) {
                // the parser's own constraints (nesting, token count, duplicates) do the checking
            }
            return null;
        }
    }

    private static String where(JsonProcessingException e) {
        if (e.getLocation() == null || e.getLocation().getLineNr() < 1) {
            return "";
        }
        return " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    /** Where in the project a mapping error is, e.g. " at project > canvases > 1 > name". */
    private static String path(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder where = new StringBuilder();
        for (com.fasterxml.jackson.databind.JsonMappingException.Reference ref : e.getPath()) {
            where.append(where.length() == 0 ? " at " : " > ");
            String step = ref.getFieldName() != null ? ref.getFieldName() : Integer.toString(ref.getIndex() + 1);
            where.append(step.length() > 40 ? step.substring(0, 37) + "…" : step);
        }
        return where.toString();
    }

    private static void checkUtf8(byte[] content) throws ProjectFileException {
        if (content.length >= 2 && ((content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)
                || (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE))) {
            throw new ProjectFileException(ProjectFileException.Reason.NOT_UTF8,
                    "This file is saved as UTF-16 text; Canvasboard projects are UTF-8.");
        }
        if (!Utf8.isValid(content)) {
            throw new ProjectFileException(ProjectFileException.Reason.NOT_UTF8,
                    "This file is not UTF-8 text, so it is not a Canvasboard project.");
        }
        if (content.length >= 2 && (content[0] == 0 || content[1] == 0)) {
            throw new ProjectFileException(ProjectFileException.Reason.NOT_UTF8,
                    "This file is saved as UTF-16 or UTF-32 text; Canvasboard projects are UTF-8.");
        }
    }

    private static byte[] withoutUtf8Bom(byte[] bytes) {
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            return Arrays.copyOfRange(bytes, 3, bytes.length);
        }
        return bytes;
    }

    private static boolean isBlank(byte[] content) {
        for (byte b : content) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static ProjectFileException tooLarge(long size) {
        return new ProjectFileException(ProjectFileException.Reason.TOO_LARGE, String.format(
                "This file is too large to be a Canvasboard project (%.1f MB; the limit is %d MB).",
                size / 1024.0 / 1024.0, ProjectJson.MAX_FILE_BYTES / 1024 / 1024));
    }

    static ProjectFileException invalid(String message) {
        return new ProjectFileException(ProjectFileException.Reason.INVALID_CONTENT, message);
    }
}
