package org.canvasboard.persistence;

import org.canvasboard.model.BlockType;
import org.canvasboard.model.Card;
import org.canvasboard.model.Persona;
import org.canvasboard.model.Project;
import org.canvasboard.model.PurchaseRole;
import org.canvasboard.model.RoleHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Format-2 content from strangers: links and persona references that point at the wrong thing
 * are dropped when reading (the rest of the project loads), persona pictures that are not small
 * PNGs held in the file are ignored, and duplicate ids or oversized lists are refused. The file
 * on disk is never changed by reading it.
 */
class SegmentFilesTest {
    private final ProjectReader reader = new ProjectReader();
    private final ProjectWriter writer = new ProjectWriter();

    @TempDir
    Path tmp;

    /** A business model canvas "c1" with the given cards in customerSegments, a second canvas "c2" and personas. */
    private static String project(String segmentsBlock, String otherCanvasCards, String personas) {
        return """
                {"formatVersion": 2, "app": "Canvasboard", "project": {"name": "P", "canvases": [
                  {"id": "c1", "name": "Today", "kind": "businessModel", "blocks": {"customerSegments": [%s]}},
                  {"id": "c2", "name": "Later", "kind": "businessModel", "blocks": {"customerSegments": [%s]}}],
                 "personas": [%s]}}
                """.formatted(segmentsBlock, otherCanvasCards, personas);
    }

    private Project load(String json) throws Exception {
        Path file = tmp.resolve("p" + System.nanoTime() + ".canvasboard");
        Files.writeString(file, json);
        byte[] before = Files.readAllBytes(file);
        try {
            return reader.read(file).project();
        } finally {
            assertArrayEquals(before, Files.readAllBytes(file), "reading must never change the file");
            try (var files = Files.list(tmp)) {
                assertEquals(List.of(), files.filter(f -> !f.getFileName().toString().startsWith("p"))
                        .filter(f -> !f.getFileName().toString().equals("secret.png")).toList(), "no other files");
            }
        }
    }

    private ProjectFileException refused(String json) throws Exception {
        Path file = tmp.resolve("refused.canvasboard");
        Files.writeString(file, json);
        byte[] before = Files.readAllBytes(file);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> reader.read(file));
        assertArrayEquals(before, Files.readAllBytes(file), "reading must never change the file");
        assertEquals(ProjectFileException.Reason.INVALID_CONTENT, e.reason(), e.getMessage());
        return e;
    }

    private static Card card(Project p, int canvas, String id) {
        return p.canvases().get(canvas).cards(BlockType.CUSTOMER_SEGMENTS).stream().filter(c -> c.id().equals(id))
                .findFirst().orElseThrow();
    }

    // --- links ---

    @Test
    void linksToPlainCardsOtherCanvasesItselfOrMissingCardsAreDropped() throws Exception {
        Project p = load(project("""
                {"id": "seg", "text": "Nurses", "segment": {}, "links": ["seg", "other-seg", "plain", "seg2"]},
                {"id": "seg2", "text": "Hospital", "segment": {}, "links": ["seg", "nowhere"]},
                {"id": "plain", "text": "Just a card", "links": ["seg", "plain", "other-seg", "", "plain2"]},
                {"id": "plain2", "text": "Another card"}
                """, """
                {"id": "other-seg", "text": "Elsewhere", "segment": {}, "links": ["seg", "other-seg"]}
                """, ""));
        assertEquals(List.of("seg2"), card(p, 0, "seg").segmentLinks());
        assertEquals(List.of("seg"), card(p, 0, "seg2").segmentLinks());
        assertEquals(List.of("seg"), card(p, 0, "plain").segmentLinks());
        assertEquals(List.of(), card(p, 0, "plain2").segmentLinks());
        assertEquals(List.of(), card(p, 1, "other-seg").segmentLinks());
    }

    @Test
    void duplicateLinksAreReadOnce() throws Exception {
        Project p = load(project("""
                {"id": "seg", "text": "Nurses", "segment": {}},
                {"id": "plain", "links": ["seg", "seg", null, "seg"]}
                """, "", ""));
        assertEquals(List.of("seg"), card(p, 0, "plain").segmentLinks());
    }

    @Test
    void aLenientlyReadFileIsSavedWithoutTheDroppedLinksAndThenLoadsEqual() throws Exception {
        Project p = load(project("""
                {"id": "seg", "text": "Nurses", "segment": {"personas": ["ghost"]}, "links": ["seg", "plain"]},
                {"id": "plain", "links": ["seg", "missing"]}
                """, "", ""));
        byte[] saved = writer.toBytes(p, null);
        String text = new String(saved, StandardCharsets.UTF_8);
        assertTrue(!text.contains("missing") && !text.contains("ghost"), text);
        assertEquals(p, reader.read(saved).project());
    }

    // --- personas referenced by segments ---

    @Test
    void personaIdsThatDoNotExistAreDropped() throws Exception {
        Project p = load(project("""
                {"id": "seg", "text": "Nurses", "segment": {"personas": ["maya", "ghost", "", "maya", null]}}
                """, "", """
                {"id": "maya", "name": "Maya"}"""));
        assertEquals(List.of("maya"), card(p, 0, "seg").segment().personaIds());
    }

    @Test
    void aRoleHolderNamingAMissingPersonaBecomesAStakeholderAndKeepsItsRoles() throws Exception {
        Project p = load(project("""
                {"id": "seg", "text": "Nurses", "segment": {"roles": [
                  {"id": "h1", "persona": "ghost", "roles": ["buyer", "payer", "astronaut"],
                   "pains": [{"id": "i1", "text": "cost", "severity": "high"}]},
                  {"id": "h2", "persona": "maya", "roles": ["user"]},
                  {"id": "h3", "persona": "ghost2", "name": "Ward manager", "roles": ["decisionMaker"]}]}}
                """, "", """
                {"id": "maya", "name": "Maya"}"""));
        List<RoleHolder> roles = card(p, 0, "seg").segment().roles();
        assertNull(roles.get(0).personaId());
        assertEquals(List.of(PurchaseRole.BUYER, PurchaseRole.PAYER), roles.get(0).roles());
        assertEquals("cost", roles.get(0).pains().get(0).text());
        assertEquals("maya", roles.get(1).personaId());
        assertNull(roles.get(2).personaId());
        assertEquals("Ward manager", roles.get(2).name());
        assertEquals(p, reader.read(writer.toBytes(p, null)).project());
    }

    @Test
    void duplicatePersonaIdsAreRefusedWithAClearMessage() throws Exception {
        ProjectFileException e = refused(project("", "", """
                {"id": "maya", "name": "Maya"}, {"id": "tom"}, {"id": "maya", "name": "Other Maya"}"""));
        assertTrue(e.getMessage().contains("persona id \"maya\" appears twice"), e.getMessage());
    }

    @Test
    void personasWithoutIdOrNullEntriesAreRefused() throws Exception {
        assertTrue(refused(project("", "", "{\"name\": \"Maya\"}")).getMessage().contains("A persona has no id"));
        assertTrue(refused(project("", "", "null")).getMessage().contains("empty entry in its list of personas"));
    }

    @Test
    void aPersonaWithOnlyAnIdLoadsWithDefaults() throws Exception {
        Project p = load(project("", "", "{\"id\": \"maya\"}, {\"id\": \"tom\", \"icon\": null, \"characteristics\": null}"));
        assertEquals(new Persona("maya", "", "", "person", "", "", List.of(), ""), p.personas().get(0));
        assertEquals("person", p.personas().get(1).icon());
    }

    @Test
    void aCardWithNullTagsAndLinksLoads() throws Exception {
        Project p = load(project("{\"id\": \"plain\", \"tags\": null, \"links\": null}", "", ""));
        assertEquals(List.of(), card(p, 0, "plain").tags());
    }

    @Test
    void unknownIconReadsAsTheDefault() throws Exception {
        Project p = load(project("", "", "{\"id\": \"maya\", \"icon\": \"../../etc/icon\"}"));
        assertEquals("person", p.personas().get(0).icon());
    }

    // --- persona pictures ---

    @Test
    void aSmallPngHeldInTheFileIsKept() throws Exception {
        Project p = load(project("", "", "{\"id\": \"maya\", \"imagePng\": \"" + TestProjects.TINY_PNG + "\"}"));
        assertEquals(TestProjects.TINY_PNG, p.personas().get(0).imagePng());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "file:///etc/passwd",
            "../secret.png",
            "secret.png",
            "/etc/passwd",
            "https://example.com/a.png",
            "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP438AAAAQBAYDFKhhdAAAAAElFTkSuQmCC",
            "not base64 at all!",
            "R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==",
            "/9j/4AAQSkZJRgABAQ==",
            "iVBORw==",
            "===="})
    void aPictureThatIsNotAPngHeldInTheFileLoadsAsNoPicture(String imagePng) throws Exception {
        // a real PNG next to the project must not be picked up by a relative name
        Files.write(tmp.resolve("secret.png"), Base64.getDecoder().decode(TestProjects.TINY_PNG));
        Project p = load(project("", "", "{\"id\": \"maya\", \"name\": \"Maya\", \"icon\": \"woman\", \"imagePng\": "
                + com.fasterxml.jackson.databind.node.TextNode.valueOf(imagePng) + "}"));
        Persona maya = p.personas().get(0);
        assertEquals("", maya.imagePng());
        assertEquals("woman", maya.icon());
        assertEquals("Maya", maya.name());
    }

    @Test
    void aPngOverTheSizeLimitLoadsAsNoPicture() throws Exception {
        byte[] big = new byte[AvatarImages.MAX_BYTES + 1];
        System.arraycopy(Base64.getDecoder().decode(TestProjects.TINY_PNG), 0, big, 0, 8);
        String base64 = Base64.getEncoder().encodeToString(big);
        Project p = load(project("", "", "{\"id\": \"maya\", \"imagePng\": \"" + base64 + "\"}"));
        assertEquals("", p.personas().get(0).imagePng());

        byte[] justFits = new byte[AvatarImages.MAX_BYTES];
        System.arraycopy(big, 0, justFits, 0, 8);
        String fits = Base64.getEncoder().encodeToString(justFits);
        assertEquals(fits, load(project("", "", "{\"id\": \"maya\", \"imagePng\": \"" + fits + "\"}"))
                .personas().get(0).imagePng());
    }

    @Test
    void aPictureThatIsNotAStringIsRefusedAsAWrongValue() throws Exception {
        ProjectFileException e = refused(project("", "", "{\"id\": \"maya\", \"imagePng\": {\"path\": \"/etc/passwd\"}}"));
        assertTrue(e.getMessage().contains("imagePng"), e.getMessage());
    }

    // --- limits ---

    private static String many(int n, java.util.function.IntFunction<String> entry) {
        return IntStream.range(0, n).mapToObj(entry).collect(Collectors.joining(","));
    }

    @Test
    void listsOverTheLimitsAreRefused() throws Exception {
        int over = ProjectValidator.MAX_LIST + 1;
        String seg = "{\"id\": \"seg\", \"text\": \"Nurses\", \"segment\": {%s}}";
        List<String> tooLong = List.of(
                seg.formatted("\"characteristics\": [" + many(over, i -> "{\"dimension\": \"demographic\"}") + "]"),
                seg.formatted("\"metrics\": [" + many(over, i -> "{}") + "]"),
                seg.formatted("\"personas\": [" + many(over, i -> "\"p" + i + "\"") + "]"),
                seg.formatted("\"profile\": {\"jobs\": [" + many(over, i -> "{\"id\": \"j" + i + "\"}") + "]}"),
                seg.formatted("\"profile\": {\"gains\": [" + many(over, i -> "{\"id\": \"g" + i + "\"}") + "]}"),
                seg.formatted("\"roles\": [" + many(over, i -> "{\"id\": \"h" + i + "\"}") + "]"),
                seg.formatted("\"roles\": [{\"id\": \"h\", \"pains\": [" + many(over, i -> "{\"id\": \"p" + i + "\"}") + "]}]"),
                seg.formatted("\"roles\": [{\"id\": \"h\", \"roles\": [" + many(over, i -> "\"user\"") + "]}]"),
                "{\"id\": \"plain\", \"links\": [" + many(over, i -> "\"seg\"") + "]}");
        for (String cards : tooLong) {
            ProjectFileException e = refused(project(cards, "", ""));
            assertTrue(e.getMessage().contains("more than " + ProjectValidator.MAX_LIST), e.getMessage());
        }
        ProjectFileException e = refused(project("", "", "{\"id\": \"maya\", \"characteristics\": ["
                + many(over, i -> "\"c\"") + "]}"));
        assertTrue(e.getMessage().contains("more than " + ProjectValidator.MAX_LIST), e.getMessage());
        e = refused(project("", "", many(ProjectValidator.MAX_PERSONAS + 1, i -> "{\"id\": \"p" + i + "\"}")));
        assertTrue(e.getMessage().contains("more than " + ProjectValidator.MAX_PERSONAS + " personas"), e.getMessage());
    }

    @Test
    void listsAtTheLimitLoad() throws Exception {
        int max = ProjectValidator.MAX_LIST;
        Project p = load(project("{\"id\": \"seg\", \"segment\": {\"profile\": {\"pains\": ["
                + many(max, i -> "{\"id\": \"p" + i + "\"}") + "]}}}", "", ""));
        assertEquals(max, card(p, 0, "seg").segment().profile().pains().size());
    }

    @Test
    void idsInsideSegmentsAreChecked() throws Exception {
        String seg = "{\"id\": \"seg\", \"segment\": {%s}}";
        assertTrue(refused(project(seg.formatted("\"roles\": [{\"roles\": [\"user\"]}]"), "", ""))
                .getMessage().contains("has no id"));
        assertTrue(refused(project(seg.formatted("\"profile\": {\"jobs\": [{\"text\": \"eat\"}]}"), "", ""))
                .getMessage().contains("A job of the segment \"seg\" has no id"));
        assertTrue(refused(project(seg.formatted("\"roles\": [{\"id\": \"" + "h".repeat(201) + "\"}]"), "", ""))
                .getMessage().contains("longer than 200"));
    }
}
