package org.canvasboard.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.canvasboard.model.BlockType;
import org.canvasboard.model.Canvas;
import org.canvasboard.model.Card;
import org.canvasboard.model.Characteristic;
import org.canvasboard.model.Conversation;
import org.canvasboard.model.Evidence;
import org.canvasboard.model.RealPerson;
import org.canvasboard.model.Workbook;
import org.canvasboard.model.Metric;
import org.canvasboard.model.Persona;
import org.canvasboard.model.ProfileArea;
import org.canvasboard.model.ProfileItem;
import org.canvasboard.model.RoleHolder;
import org.canvasboard.model.Segment;
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
        OldDocuments old = new OldDocuments(original);
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
            FileDocument.CanvasDoc doc = old.keep("canvas", canvas.id(), new FileDocument.CanvasDoc());
            doc.id = canvas.id();
            doc.name = canvas.name();
            doc.kind = canvas.kind().id();
            for (BlockType block : canvas.kind().blocks()) {
                List<FileDocument.CardDoc> cards = new ArrayList<>();
                for (Card card : canvas.cards(block)) {
                    cards.add(cardDoc(card, old));
                }
                doc.blocks.put(block.id(), cards);
            }
            root.project.canvases.add(doc);
        }
        for (Persona persona : project.personas()) {
            root.project.personas.add(personaDoc(persona, old));
        }
        if (project.workbook() != null) {
            Workbook w = project.workbook();
            FileDocument.WorkbookDoc doc = new FileDocument.WorkbookDoc();
            doc.copyExtraFrom(original == null || original.project == null ? null : original.project.workbook);
            doc.student = w.student();
            doc.course = w.course();
            doc.segment = w.segmentCardId();
            doc.reflections = new ArrayList<>(w.reflections());
            root.project.workbook = doc;
        }
        return root;
    }

    private static FileDocument.CardDoc cardDoc(Card card, OldDocuments old) {
        FileDocument.CardDoc doc = old.keep("card", card.id(), new FileDocument.CardDoc());
        doc.id = card.id();
        doc.text = card.text();
        doc.notes = card.notes();
        doc.color = card.color().id();
        doc.tags = new ArrayList<>(card.tags());
        doc.status = card.status().id();
        doc.links = new ArrayList<>(card.segmentLinks());
        if (card.segment() != null) {
            doc.segment = segmentDoc(card.id(), card.segment(), old);
        }
        return doc;
    }

    private static FileDocument.SegmentDoc segmentDoc(String cardId, Segment segment, OldDocuments old) {
        FileDocument.SegmentDoc doc = old.keep("segment", cardId, new FileDocument.SegmentDoc());
        doc.description = segment.description();
        doc.marketType = segment.marketType() == null ? null : segment.marketType().id();
        for (Characteristic c : segment.characteristics()) {
            FileDocument.CharacteristicDoc cd = new FileDocument.CharacteristicDoc();
            cd.dimension = c.dimension().id();
            cd.text = c.text();
            doc.characteristics.add(cd);
        }
        doc.excluded = segment.excluded();
        doc.objectiveGroup = segment.objectiveGroup();
        for (Metric m : segment.metrics()) {
            FileDocument.MetricDoc md = new FileDocument.MetricDoc();
            md.name = m.name();
            md.value = m.value();
            doc.metrics.add(md);
        }
        doc.color = segment.color().id();
        doc.personas = new ArrayList<>(segment.personaIds());
        doc.profile = old.keep("profile", cardId, new FileDocument.ProfileDoc());
        for (ProfileArea area : ProfileArea.values()) {
            List<FileDocument.ItemDoc> items = switch (area) {
                case JOBS -> doc.profile.jobs;
                case PAINS -> doc.profile.pains;
                case GAINS -> doc.profile.gains;
            };
            segment.profile().items(area).forEach(item -> items.add(itemDoc(area, item, old)));
        }
        for (RoleHolder holder : segment.roles()) {
            FileDocument.RoleHolderDoc hd = old.keep("holder", holder.id(), new FileDocument.RoleHolderDoc());
            hd.id = holder.id();
            hd.persona = holder.personaId();
            hd.name = holder.personaId() == null ? holder.name() : null;
            holder.roles().forEach(r -> hd.roles.add(r.id()));
            holder.pains().forEach(item -> hd.pains.add(itemDoc(ProfileArea.PAINS, item, old)));
            holder.gains().forEach(item -> hd.gains.add(itemDoc(ProfileArea.GAINS, item, old)));
            doc.roles.add(hd);
        }
        return doc;
    }

    private static FileDocument.ItemDoc itemDoc(ProfileArea area, ProfileItem item, OldDocuments old) {
        FileDocument.ItemDoc doc = old.keep("item", item.id(), new FileDocument.ItemDoc());
        doc.id = item.id();
        doc.text = item.text();
        switch (area) {
            case JOBS -> doc.kind = item.kind().id();
            case PAINS -> doc.severity = item.level().id();
            case GAINS -> doc.importance = item.level().id();
        }
        if (area != ProfileArea.JOBS) {
            doc.outsideOffering = item.outsideOffering();
        }
        return doc;
    }

    private static FileDocument.PersonaDoc personaDoc(Persona persona, OldDocuments old) {
        FileDocument.PersonaDoc doc = old.keep("persona", persona.id(), new FileDocument.PersonaDoc());
        doc.id = persona.id();
        doc.name = persona.name();
        doc.headline = persona.headline();
        doc.icon = persona.icon();
        doc.imagePng = persona.imagePng();
        doc.story = persona.story();
        doc.characteristics = new ArrayList<>(persona.characteristics());
        doc.quote = persona.quote();
        for (RealPerson p : persona.people()) {
            FileDocument.PersonDoc pd = old.keep("person", p.id(), new FileDocument.PersonDoc());
            pd.id = p.id();
            pd.name = p.name();
            pd.contact = p.contact();
            pd.status = p.status().id();
            doc.people.add(pd);
        }
        doc.questions = new ArrayList<>(persona.questions());
        for (Conversation c : persona.conversations()) {
            FileDocument.ConversationDoc cd = old.keep("conversation", c.id(), new FileDocument.ConversationDoc());
            cd.id = c.id();
            cd.person = c.personId();
            cd.date = c.date();
            cd.notes = c.notes();
            for (Evidence e : c.evidence()) {
                FileDocument.EvidenceDoc ed = new FileDocument.EvidenceDoc();
                ed.item = e.itemId();
                ed.confirmed = e.confirmed();
                cd.evidence.add(ed);
            }
            doc.conversations.add(cd);
        }
        return doc;
    }

    /**
     * The objects of the file a project was read from, by kind and id, so the fields this version
     * does not know are written back to the object they came with.
     */
    private static final class OldDocuments {
        private final Map<String, FileDocument.Extensible> byKey = new HashMap<>();

        OldDocuments(FileDocument.Root original) {
            if (original == null || original.project == null) {
                return;
            }
            // the file was valid enough to load, but null entries are allowed there (read as empty)
            for (FileDocument.CanvasDoc c : nonNull(original.project.canvases)) {
                put("canvas", c.id, c);
                if (c.blocks != null) {
                    c.blocks.values().stream().filter(Objects::nonNull).flatMap(List::stream)
                            .filter(Objects::nonNull).forEach(this::putCard);
                }
            }
            for (FileDocument.PersonaDoc p : nonNull(original.project.personas)) {
                put("persona", p.id, p);
                nonNull(p.people).forEach(person -> put("person", person.id, person));
                nonNull(p.conversations).forEach(c -> put("conversation", c.id, c));
            }
        }

        private void putCard(FileDocument.CardDoc card) {
            put("card", card.id, card);
            FileDocument.SegmentDoc segment = card.segment;
            if (segment == null) {
                return;
            }
            put("segment", card.id, segment);
            if (segment.profile != null) {
                put("profile", card.id, segment.profile);
                putItems(segment.profile.jobs);
                putItems(segment.profile.pains);
                putItems(segment.profile.gains);
            }
            for (FileDocument.RoleHolderDoc holder : nonNull(segment.roles)) {
                put("holder", holder.id, holder);
                putItems(holder.pains);
                putItems(holder.gains);
            }
        }

        private void putItems(List<FileDocument.ItemDoc> items) {
            nonNull(items).forEach(item -> put("item", item.id, item));
        }

        private void put(String kind, String id, FileDocument.Extensible doc) {
            if (id != null && !doc.extra().isEmpty()) {
                byKey.putIfAbsent(kind + ":" + id, doc);
            }
        }

        /** The new document, carrying over the unknown fields of its old self. */
        <T extends FileDocument.Extensible> T keep(String kind, String id, T fresh) {
            fresh.copyExtraFrom(byKey.get(kind + ":" + id));
            return fresh;
        }

        private static <T> List<T> nonNull(List<T> list) {
            return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
        }
    }
}
