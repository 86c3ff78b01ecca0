package org.canvasboard.persistence;

import org.canvasboard.model.BlockType;
import org.canvasboard.model.Canvas;
import org.canvasboard.model.CanvasKind;
import org.canvasboard.model.Card;
import org.canvasboard.model.CardColor;
import org.canvasboard.model.EvidenceStatus;
import org.canvasboard.model.Characteristic;
import org.canvasboard.model.ContactStatus;
import org.canvasboard.model.Conversation;
import org.canvasboard.model.Evidence;
import org.canvasboard.model.RealPerson;
import org.canvasboard.model.Workbook;
import org.canvasboard.model.CustomerProfile;
import org.canvasboard.model.Dimension;
import org.canvasboard.model.JobKind;
import org.canvasboard.model.Level;
import org.canvasboard.model.MarketType;
import org.canvasboard.model.Metric;
import org.canvasboard.model.Persona;
import org.canvasboard.model.PersonaIcons;
import org.canvasboard.model.ProfileArea;
import org.canvasboard.model.ProfileItem;
import org.canvasboard.model.Project;
import org.canvasboard.model.PurchaseRole;
import org.canvasboard.model.RoleHolder;
import org.canvasboard.model.Segment;
import org.canvasboard.model.SegmentColor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a bound file document and turns it into the model: required fields, known canvas kinds
 * and blocks, unique ids, sane sizes. Unknown colours and statuses fall back to the defaults.
 */
final class ProjectValidator {
    static final int MAX_CANVASES = 1_000;
    static final int MAX_CARDS = 50_000;
    static final int MAX_ID_LENGTH = 200;
    static final int MAX_TAGS = 100;
    static final int MAX_PERSONAS = 10_000;
    /** Characteristics, metrics, profile items, role holders and links of one object. */
    static final int MAX_LIST = 5_000;

    private final Set<String> canvasIds = new HashSet<>();
    private final Set<String> cardIds = new HashSet<>();
    private final Set<String> personaIds = new HashSet<>();

    Project toModel(FileDocument.Root root) throws ProjectFileException {
        FileDocument.ProjectDoc project = root.project;
        if (project == null) {
            throw ProjectReader.invalid("This is not a Canvasboard project: it has no \"project\" section.");
        }
        if (project.canvases == null || project.canvases.isEmpty()) {
            throw ProjectReader.invalid("This project has no canvas; a project needs at least one.");
        }
        if (project.canvases.size() > MAX_CANVASES) {
            throw ProjectReader.invalid("This project has more than " + MAX_CANVASES + " canvases.");
        }
        List<Persona> personas = new ArrayList<>();
        List<FileDocument.PersonaDoc> personaDocs = project.personas == null ? List.of() : project.personas;
        if (personaDocs.size() > MAX_PERSONAS) {
            throw ProjectReader.invalid("This project has more than " + MAX_PERSONAS + " personas.");
        }
        for (FileDocument.PersonaDoc persona : personaDocs) {
            personas.add(persona(persona));
        }
        List<Canvas> canvases = new ArrayList<>();
        for (FileDocument.CanvasDoc canvas : project.canvases) {
            canvases.add(canvas(canvas));
        }
        Workbook workbook = null;
        if (project.workbook != null) {
            FileDocument.WorkbookDoc w = project.workbook;
            List<String> answers = texts(w.reflections, "The workbook");
            workbook = new Workbook(w.student, w.course, w.segment,
                    answers.subList(0, Math.min(answers.size(), org.canvasboard.model.WorkbookSteps.REFLECTION_QUESTIONS.size())));
        }
        return new Project(project.name, canvases, personas, workbook);
    }

    private Persona persona(FileDocument.PersonaDoc doc) throws ProjectFileException {
        if (doc == null) {
            throw ProjectReader.invalid("This project has an empty entry in its list of personas.");
        }
        String id = checkId(doc.id, "A persona");
        if (!personaIds.add(id)) {
            throw ProjectReader.invalid("The persona id " + quote(id) + " appears twice in this project.");
        }
        List<String> characteristics = texts(doc.characteristics, "The persona " + quote(id));
        // List.of(...).contains(null) throws, and a persona without an icon is normal
        String icon = doc.icon != null && PersonaIcons.ALL.contains(doc.icon) ? doc.icon : PersonaIcons.DEFAULT;
        String what = "The persona " + quote(id);
        List<RealPerson> people = new ArrayList<>();
        Set<String> personIds = new HashSet<>();
        for (FileDocument.PersonDoc p : limited(doc.people, what)) {
            if (p != null) {
                String pid = checkId(p.id, "A real person of " + what.toLowerCase(java.util.Locale.ROOT));
                personIds.add(pid);
                people.add(new RealPerson(pid, p.name, p.contact,
                        ContactStatus.fromId(String.valueOf(p.status)).orElse(ContactStatus.TO_CONTACT)));
            }
        }
        List<Conversation> conversations = new ArrayList<>();
        for (FileDocument.ConversationDoc c : limited(doc.conversations, what)) {
            if (c == null) {
                continue;
            }
            String cid = checkId(c.id, "A conversation of " + what.toLowerCase(java.util.Locale.ROOT));
            List<Evidence> evidence = new ArrayList<>();
            for (FileDocument.EvidenceDoc e : limited(c.evidence, what)) {
                if (e != null && e.item != null && !e.item.isBlank()) {
                    evidence.add(new Evidence(e.item, e.confirmed));
                }
            }
            conversations.add(new Conversation(cid, personIds.contains(c.person) ? c.person : null, c.date, c.notes, evidence));
        }
        return new Persona(id, doc.name, doc.headline, icon, AvatarImages.isPng(doc.imagePng) ? doc.imagePng : "",
                doc.story, characteristics, doc.quote, people, texts(doc.questions, what), conversations);
    }

    private Canvas canvas(FileDocument.CanvasDoc doc) throws ProjectFileException {
        if (doc == null) {
            throw ProjectReader.invalid("This project has an empty entry in its list of canvases.");
        }
        String id = checkId(doc.id, "A canvas");
        String label = doc.name == null || doc.name.isBlank() ? id : doc.name;
        if (!canvasIds.add(id)) {
            throw ProjectReader.invalid("The canvas id " + quote(id) + " appears twice in this project.");
        }
        CanvasKind kind = CanvasKind.fromId(String.valueOf(doc.kind)).orElseThrow(() -> ProjectReader.invalid(
                "The canvas " + quote(label) + " has an unknown kind " + quote(doc.kind) + "."));
        Map<BlockType, List<Card>> blocks = new EnumMap<>(BlockType.class);
        // links may only point at segment cards of the same canvas; others are left out
        Set<String> segmentsHere = new HashSet<>();
        if (doc.blocks != null) {
            doc.blocks.values().stream().filter(java.util.Objects::nonNull).flatMap(List::stream)
                    .filter(c -> c != null && c.segment != null && c.id != null).forEach(c -> segmentsHere.add(c.id));
        }
        if (doc.blocks != null) {
            for (Map.Entry<String, List<FileDocument.CardDoc>> entry : doc.blocks.entrySet()) {
                BlockType block = BlockType.fromId(entry.getKey())
                        .filter(kind::has)
                        .orElseThrow(() -> ProjectReader.invalid("Unknown block " + quote(entry.getKey())
                                + " in canvas " + quote(label) + " (a " + kind.displayName() + ")."));
                List<Card> cards = new ArrayList<>();
                for (FileDocument.CardDoc card : entry.getValue() == null ? List.<FileDocument.CardDoc>of()
                        : entry.getValue()) {
                    cards.add(card(card, label, segmentsHere));
                }
                blocks.put(block, cards);
            }
        }
        return new Canvas(id, doc.name, kind, blocks);
    }

    private Card card(FileDocument.CardDoc doc, String canvasLabel, Set<String> segmentsHere)
            throws ProjectFileException {
        if (doc == null) {
            throw ProjectReader.invalid("The canvas " + quote(canvasLabel) + " has an empty entry in a block.");
        }
        String id = checkId(doc.id, () -> "A card in canvas " + quote(canvasLabel));
        if (!cardIds.add(id)) {
            throw ProjectReader.invalid("The card id " + quote(id) + " appears twice in this project.");
        }
        if (cardIds.size() > MAX_CARDS) {
            throw ProjectReader.invalid("This project has more than " + MAX_CARDS + " cards.");
        }
        List<String> tags = doc.tags == null ? List.of() : doc.tags;
        if (tags.size() > MAX_TAGS || hasNull(tags)) {
            throw ProjectReader.invalid("The card " + quote(id) + " has too many or empty tags.");
        }
        CardColor color = doc.color == null ? CardColor.YELLOW : CardColor.fromId(doc.color).orElse(CardColor.YELLOW);
        EvidenceStatus status = doc.status == null ? EvidenceStatus.HYPOTHESIS
                : EvidenceStatus.fromId(doc.status).orElse(EvidenceStatus.HYPOTHESIS);
        List<String> links = doc.links == null || doc.links.isEmpty() ? List.of()
                : texts(doc.links, "The card " + quote(id)).stream()
                .filter(segmentsHere::contains).filter(l -> !l.equals(id)).toList();
        Segment segment = doc.segment == null ? null : segment(doc.segment, id);
        return new Card(id, doc.text, doc.notes, color, tags, status, links, segment);
    }

    private Segment segment(FileDocument.SegmentDoc doc, String cardId) throws ProjectFileException {
        String what = "The segment " + quote(cardId);
        List<Characteristic> characteristics = new ArrayList<>();
        for (FileDocument.CharacteristicDoc c : limited(doc.characteristics, what)) {
            if (c != null) {
                Dimension.fromId(c.dimension).ifPresent(d -> characteristics.add(new Characteristic(d, c.text)));
            }
        }
        List<Metric> metrics = new ArrayList<>();
        for (FileDocument.MetricDoc m : limited(doc.metrics, what)) {
            if (m != null) {
                metrics.add(new Metric(m.name, m.value));
            }
        }
        List<String> personas = texts(doc.personas, what).stream().filter(personaIds::contains).toList();
        CustomerProfile profile = CustomerProfile.EMPTY;
        if (doc.profile != null) {
            profile = new CustomerProfile(items(ProfileArea.JOBS, doc.profile.jobs, what),
                    items(ProfileArea.PAINS, doc.profile.pains, what), items(ProfileArea.GAINS, doc.profile.gains, what));
        }
        List<RoleHolder> roles = new ArrayList<>();
        for (FileDocument.RoleHolderDoc h : limited(doc.roles, what)) {
            if (h == null) {
                continue;
            }
            String holderId = checkId(h.id, () -> "A purchase role holder of " + what.toLowerCase(java.util.Locale.ROOT));
            List<PurchaseRole> held = new ArrayList<>();
            texts(h.roles, what).forEach(r -> PurchaseRole.fromId(r).ifPresent(held::add));
            boolean knownPersona = h.persona != null && personaIds.contains(h.persona);
            roles.add(new RoleHolder(holderId, knownPersona ? h.persona : null, h.name, held,
                    items(ProfileArea.PAINS, h.pains, what), items(ProfileArea.GAINS, h.gains, what)));
        }
        return new Segment(doc.description, MarketType.fromId(String.valueOf(doc.marketType)).orElse(null),
                characteristics, doc.excluded, doc.objectiveGroup, metrics,
                SegmentColor.fromId(String.valueOf(doc.color)).orElse(SegmentColor.BLUE), personas, profile, roles);
    }

    private static List<ProfileItem> items(ProfileArea area, List<FileDocument.ItemDoc> docs, String what)
            throws ProjectFileException {
        List<ProfileItem> items = new ArrayList<>();
        for (FileDocument.ItemDoc d : limited(docs, what)) {
            if (d == null) {
                continue;
            }
            String id = checkId(d.id, () -> "A " + area.label().toLowerCase(java.util.Locale.ROOT).replaceAll("s$", "")
                    + " of " + what.toLowerCase(java.util.Locale.ROOT));
            String level = area == ProfileArea.PAINS ? d.severity : d.importance;
            items.add(new ProfileItem(id, d.text, JobKind.fromId(String.valueOf(d.kind)).orElse(JobKind.FUNCTIONAL),
                    Level.fromId(String.valueOf(level)).orElse(Level.MEDIUM), Boolean.TRUE.equals(d.outsideOffering)));
        }
        return items;
    }

    /** A list from the file, refused when longer than any real project would have. */
    private static <T> List<T> limited(List<T> list, String what) throws ProjectFileException {
        if (list == null) {
            return List.of();
        }
        if (list.size() > MAX_LIST) {
            throw ProjectReader.invalid(what + " has a list of more than " + MAX_LIST + " entries.");
        }
        return list;
    }

    private static List<String> texts(List<String> list, String what) throws ProjectFileException {
        List<String> checked = limited(list, what);
        if (checked.isEmpty()) {
            return List.of();
        }
        List<String> clean = new ArrayList<>(checked.size());
        for (String s : checked) {
            if (s != null) {
                clean.add(s);
            }
        }
        return clean;
    }

    /** A value from the file, shortened, for a message (a hostile file may hold huge keys). */
    static String quote(Object value) {
        String text = String.valueOf(value);
        return "\"" + (text.length() > 60 ? text.substring(0, 57) + "…" : text) + "\"";
    }

    private static String checkId(String id, String what) throws ProjectFileException {
        return checkId(id, () -> what);
    }

    /** A plain loop: immutable lists refuse {@code contains(null)}, and this runs once per card. */
    private static boolean hasNull(List<?> list) {
        for (Object item : list) {
            if (item == null) {
                return true;
            }
        }
        return false;
    }

    /** The message part is only built when the id is bad (this runs once per object of a file). */
    private static String checkId(String id, java.util.function.Supplier<String> what) throws ProjectFileException {
        if (id == null || id.isBlank()) {
            throw ProjectReader.invalid(what.get() + " has no id.");
        }
        if (id.length() > MAX_ID_LENGTH) {
            throw ProjectReader.invalid(what.get() + " has an id longer than " + MAX_ID_LENGTH + " characters.");
        }
        return id;
    }
}
