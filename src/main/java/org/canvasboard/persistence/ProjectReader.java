package org.canvasboard.persistence;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.canvasboard.model.Project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a project file: size check, bytes, UTF-8 check, JSON tree (strict), format migrations,
 * binding, then validation into the model. Every failure is a {@link ProjectFileException} whose
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
        int version = syntax(() -> prescan(content));
        FileDocument.Root document;
        if (version == FormatMigrations.CURRENT_VERSION) {
            // the common case: nothing to migrate, so bind straight from the bytes (no tree)
            document = bind(() -> ProjectJson.MAPPER.readValue(content, FileDocument.Root.class));
        } else {
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
     * Walks the tokens without building anything, so a file with millions of entries is refused
     * by the limits before a tree of it could fill the memory. Returns the top-level integer
     * {@code formatVersion}, or -1 when the root is not one object or the version is missing or
     * not a plain integer (the tree path then says what is wrong).
     */
    private static int prescan(byte[] content) throws IOException {
        int version = -1;
        try (com.fasterxml.jackson.core.JsonParser parser = ProjectJson.MAPPER.getFactory().createParser(content)) {
            com.fasterxml.jackson.core.JsonToken first = parser.nextToken();
            boolean object = first == com.fasterxml.jackson.core.JsonToken.START_OBJECT;
            com.fasterxml.jackson.core.JsonToken token;
            // the parser's own constraints (nesting, token count, duplicates) do the checking
            while ((token = parser.nextToken()) != null) {
                if (parser.getParsingContext().inRoot() && token != com.fasterxml.jackson.core.JsonToken.END_OBJECT
                        && token != com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
                    object = false; // a second value after the project: the tree path reports it
                }
                if (object && token == com.fasterxml.jackson.core.JsonToken.FIELD_NAME
                        && parser.getParsingContext().getParent() != null
                        && parser.getParsingContext().getParent().inRoot()
                        && "formatVersion".equals(parser.currentName())) {
                    com.fasterxml.jackson.core.JsonToken value = parser.nextToken();
                    version = value == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT
                            && parser.getNumberType() == com.fasterxml.jackson.core.JsonParser.NumberType.INT
                            ? parser.getIntValue() : -1;
                }
            }
            // a trailing second value makes the file invalid; readTree reports it with its message
            return object ? version : -1;
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
        if (!isUtf8(content)) {
            throw new ProjectFileException(ProjectFileException.Reason.NOT_UTF8,
                    "This file is not UTF-8 text, so it is not a Canvasboard project.");
        }
        if (content.length >= 2 && (content[0] == 0 || content[1] == 0)) {
            throw new ProjectFileException(ProjectFileException.Reason.NOT_UTF8,
                    "This file is saved as UTF-16 or UTF-32 text; Canvasboard projects are UTF-8.");
        }
    }

    /** Decodes in small chunks, so checking a large file needs no large buffer. */
    private static boolean isUtf8(byte[] content) {
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
        while (true) {
            java.nio.charset.CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            out.clear();
            if (result.isUnderflow()) {
                break;
            }
        }
        out.clear();
        return !decoder.flush(out).isError();
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
