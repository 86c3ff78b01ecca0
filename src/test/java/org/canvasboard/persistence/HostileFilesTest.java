package org.canvasboard.persistence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hostile corpus (src/test/resources/.../hostile): each bad file gets its own clear message,
 * and the file on disk is byte-identical afterwards. Large cases are generated at test time.
 */
class HostileFilesTest {
    private final ProjectReader reader = new ProjectReader();

    @TempDir
    Path tmp;

    private Path copyOf(String name) throws Exception {
        Path file = tmp.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("hostile/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private ProjectFileException refused(Path file) throws Exception {
        byte[] before = Files.readAllBytes(file);
        ProjectFileException e = assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> assertThrows(ProjectFileException.class, () -> reader.read(file)));
        assertArrayEquals(before, Files.readAllBytes(file), "the file must be untouched");
        return e;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "empty.canvasboard                  | EMPTY           | this file is empty",
            "whitespace.canvasboard             | EMPTY           | this file is empty",
            "not-json.canvasboard               | NOT_JSON        | not valid json (line 1",
            "truncated.canvasboard              | NOT_JSON        | ends too early",
            "duplicate-key.canvasboard          | INVALID_CONTENT | same field twice",
            "trailing-data.canvasboard          | NOT_JSON        | extra content after the end",
            "nan.canvasboard                    | NOT_JSON        | not valid json",
            "nan-string.canvasboard             | INVALID_CONTENT | formatversion\" is not a whole number",
            "huge-number.canvasboard            | INVALID_CONTENT | formatversion\" is not a whole number",
            "utf16.canvasboard                  | NOT_UTF8        | utf-16",
            "invalid-utf8.canvasboard           | NOT_UTF8        | not utf-8 text",
            "duplicate-card-id.canvasboard      | INVALID_CONTENT | card id \"card-1\" appears twice",
            "unknown-block.canvasboard          | INVALID_CONTENT | unknown block \"marketingfunnel\"",
            "unknown-kind.canvasboard           | INVALID_CONTENT | unknown kind \"leancanvas\"",
            "missing-format-version.canvasboard | INVALID_CONTENT | has no \"formatversion\"",
            "no-canvas.canvasboard              | INVALID_CONTENT | has no canvas",
            "not-an-object.canvasboard          | INVALID_CONTENT | not a project object",
            "wrong-type.canvasboard             | INVALID_CONTENT | wrong kind at project > canvases > 1 > blocks > channels > 1 > text",
            "deep-nesting.canvasboard           | TOO_COMPLEX     | nested too deeply",
            "future-version.canvasboard         | NEWER_VERSION   | newer version of canvasboard",
            "card-without-id.canvasboard        | INVALID_CONTENT | has no id",
    })
    void eachBadFileGetsItsOwnMessageAndStaysUntouched(String name, ProjectFileException.Reason reason,
                                                       String fragment) throws Exception {
        ProjectFileException e = refused(copyOf(name));
        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.getMessage().toLowerCase(Locale.ROOT).contains(fragment), e.getMessage());
        assertTrue(e.getMessage().endsWith("."), "reads as a sentence: " + e.getMessage());
    }

    @Test
    void hugeTextValueIsRefusedWithoutRunningOutOfMemory() throws Exception {
        Path file = tmp.resolve("long-string.canvasboard");
        String longText = "x".repeat(ProjectJson.MAX_STRING_LENGTH + 10);
        Files.writeString(file, "{\"formatVersion\": 1, \"project\": {\"name\": \"" + longText + "\"}}");
        ProjectFileException e = refused(file);
        assertEquals(ProjectFileException.Reason.TOO_COMPLEX, e.reason());
        assertTrue(e.getMessage().contains("text value that is too long"), e.getMessage());
    }

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeReading() throws Exception {
        Path file = tmp.resolve("sixty-megabytes.canvasboard");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(60L * 1024 * 1024);
        }
        ProjectFileException e = refused(file);
        assertEquals(ProjectFileException.Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("too large"), e.getMessage());
    }

    @Test
    void tooManyCardsAreRefused() throws Exception {
        StringBuilder cards = new StringBuilder();
        for (int i = 0; i <= ProjectValidator.MAX_CARDS; i++) {
            cards.append(i == 0 ? "" : ",").append("{\"id\":\"c").append(i).append("\"}");
        }
        Path file = tmp.resolve("many-cards.canvasboard");
        Files.writeString(file, "{\"formatVersion\": 1, \"project\": {\"name\": \"P\", \"canvases\": [{\"id\": \"x\","
                + " \"kind\": \"businessModel\", \"blocks\": {\"channels\": [" + cards + "]}}]}}", StandardCharsets.UTF_8);
        ProjectFileException e = refused(file);
        assertTrue(e.getMessage().contains("more than " + ProjectValidator.MAX_CARDS + " cards"), e.getMessage());
    }

    @Test
    void millionsOfValuesAreRefusedBeforeAnyTreeIsBuilt() throws Exception {
        Path file = tmp.resolve("million-values.canvasboard");
        StringBuilder values = new StringBuilder("{\"formatVersion\": 1, \"junk\": [");
        for (int i = 0; i < 1_000_000; i++) {
            values.append(i == 0 ? "" : ",").append(i % 10);
        }
        Files.writeString(file, values.append("]}").toString());
        ProjectFileException e = refused(file);
        assertEquals(ProjectFileException.Reason.TOO_COMPLEX, e.reason());
        assertTrue(e.getMessage().contains("too many entries"), e.getMessage());
    }

    @Test
    void folderAndMissingFileGetPlainMessages() throws Exception {
        assertTrue(assertThrows(ProjectFileException.class, () -> reader.read(tmp)).getMessage().contains("folder"));
        assertTrue(assertThrows(ProjectFileException.class, () -> reader.read(tmp.resolve("gone.canvasboard")))
                .getMessage().contains("does not exist"));
    }
}
