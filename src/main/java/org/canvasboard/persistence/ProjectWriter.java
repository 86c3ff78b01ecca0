package org.canvasboard.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.canvasboard.model.BlockType;
import org.canvasboard.model.Canvas;
import org.canvasboard.model.Card;
import org.canvasboard.model.Project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes projects in the current file format: deterministic, pretty-printed UTF-8 ending in a
 * newline, so an unchanged project gives identical bytes. Fields that the file it was read from
 * held and this version does not know are written back (matched by canvas and card id).
 */
public final class ProjectWriter {
    private final AtomicFileWriter files = new AtomicFileWriter();

    /** Saves atomically; the previous version of the file is kept as {@code <name>.bak}. */
    public void write(Project project, Object fileData, Path target) throws ProjectFileException {
        byte[] bytes = toBytes(project, fileData);
        try {
            files.write(target, bytes);
        } catch (IOException e) {
            throw new ProjectFileException(ProjectFileException.Reason.IO, AtomicFileWriter.describe(e, target), e);
        }
    }

    /** The file content for a project; {@code fileData} is from {@link LoadedProject}, or null. */
    public byte[] toBytes(Project project, Object fileData) {
        FileDocument.Root original = fileData instanceof FileDocument.Root root ? root : null;
        try {
            String json = ProjectJson.WRITER.writeValueAsString(toDocument(project, original));
            return (json + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A project could not be turned into JSON", e);
        }
    }

    private static FileDocument.Root toDocument(Project project, FileDocument.Root original) {
        Map<String, FileDocument.CanvasDoc> oldCanvases = new HashMap<>();
        Map<String, FileDocument.CardDoc> oldCards = new HashMap<>();
        if (original != null && original.project != null && original.project.canvases != null) {
            // the file was valid enough to load, but null entries are allowed there (read as empty)
            for (FileDocument.CanvasDoc c : original.project.canvases) {
                if (c == null) {
                    continue;
                }
                oldCanvases.put(c.id, c);
                if (c.blocks != null) {
                    c.blocks.values().stream().filter(Objects::nonNull).flatMap(List::stream)
                            .filter(Objects::nonNull).forEach(card -> oldCards.put(card.id, card));
                }
            }
        }
        FileDocument.Root root = new FileDocument.Root();
        root.formatVersion = FormatMigrations.CURRENT_VERSION;
        root.app = "Canvasboard";
        root.project = new FileDocument.ProjectDoc();
        root.project.name = project.name();
        if (original != null) {
            root.copyExtraFrom(original);
            root.project.copyExtraFrom(original.project);
        }
        for (Canvas canvas : project.canvases()) {
            FileDocument.CanvasDoc doc = new FileDocument.CanvasDoc();
            doc.id = canvas.id();
            doc.name = canvas.name();
            doc.kind = canvas.kind().id();
            doc.copyExtraFrom(oldCanvases.get(canvas.id()));
            for (BlockType block : canvas.kind().blocks()) {
                List<FileDocument.CardDoc> cards = new ArrayList<>();
                for (Card card : canvas.cards(block)) {
                    cards.add(cardDoc(card, oldCards.get(card.id())));
                }
                doc.blocks.put(block.id(), cards);
            }
            root.project.canvases.add(doc);
        }
        return root;
    }

    private static FileDocument.CardDoc cardDoc(Card card, FileDocument.CardDoc old) {
        FileDocument.CardDoc doc = new FileDocument.CardDoc();
        doc.id = card.id();
        doc.text = card.text();
        doc.notes = card.notes();
        doc.color = card.color().id();
        doc.tags = new ArrayList<>(card.tags());
        doc.status = card.status().id();
        doc.copyExtraFrom(old);
        return doc;
    }
}
