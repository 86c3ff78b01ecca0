package org.canvasboard.viewmodel;

import org.canvasboard.model.BlockType;
import org.canvasboard.model.CanvasKind;
import org.canvasboard.model.Card;
import org.canvasboard.model.Characteristic;
import org.canvasboard.model.Dimension;
import org.canvasboard.model.JobKind;
import org.canvasboard.model.Level;
import org.canvasboard.model.MarketType;
import org.canvasboard.model.PersonaIcons;
import org.canvasboard.model.ProfileArea;
import org.canvasboard.model.ProfileItem;
import org.canvasboard.model.Project;
import org.canvasboard.model.PurchaseRole;
import org.canvasboard.model.RoleHolder;
import org.canvasboard.model.SegmentColor;
import org.canvasboard.persistence.LoadedProject;
import org.canvasboard.persistence.ProjectReader;
import org.canvasboard.persistence.ProjectWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Long random sequences of segment, persona and link edits (mixed with card and canvas edits):
 * every undo depth shows the state recorded when it was last reached, undoing everything gives
 * the start and redoing everything the end; links always point at segments of the same canvas
 * and at existing personas; and the project round-trips through the writer and reader unchanged.
 * Set -Dcanvasboard.seed=N to replay a single seed.
 */
class RandomSegmentEditsPropertyTest {
    private static final int STEPS = 250;
    private static final String[] WORDS = {"nurses", "Café", "b2b", "night shift", "", "  ", "🍞", "\"quoted\""};
    private static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP438AAAAQBAYDFKhhdAAAAAElFTkSuQmCC";

    static LongStream seeds() {
        String single = System.getProperty("canvasboard.seed");
        return single != null ? LongStream.of(Long.parseLong(single)) : LongStream.rangeClosed(1, 30);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void undoRedoAndSavingFollowRandomSegmentEdits(long seed) throws Exception {
        new Run(seed).go();
    }

    private static final class Run {
        private final long seed;
        private final Random random;
        private final ProjectViewModel project = Fixtures.segmentProject();
        private final EditHistory history = project.history();
        private final Map<Integer, Project> stateAtDepth = new HashMap<>();
        private final List<String> ops = new ArrayList<>();
        private List<Card> clipboard = List.of();
        private int step;

        Run(long seed) {
            this.seed = seed;
            this.random = new Random(seed);
        }

        private Supplier<String> where() {
            return () -> "seed " + seed + ", step " + step + ", last ops "
                    + ops.subList(Math.max(0, ops.size() - 10), ops.size());
        }

        void go() throws Exception {
            Project start = project.toModel();
            stateAtDepth.put(0, start);
            for (step = 0; step < STEPS; step++) {
                ops.add(randomOp());
                record();
                checkLinks();
                if (step % 25 == 0) {
                    checkRoundTrip();
                }
            }
            Project end = project.toModel();
            checkRoundTrip();
            int depth = history.undoCount();
            for (int d = depth; d > 0; d--) {
                history.undo();
                step = -d;
                assertEquals(stateAtDepth.get(d - 1), project.toModel(), where());
                checkLinks();
            }
            assertEquals(start, project.toModel(), where());
            assertFalse(history.canUndoProperty().get(), where());
            for (int d = 1; d <= depth; d++) {
                history.redo();
                step = 1000 + d;
                assertEquals(stateAtDepth.get(d), project.toModel(), where());
            }
            assertEquals(end, project.toModel(), where());
        }

        private void record() {
            stateAtDepth.put(history.undoCount(), project.toModel());
        }

        /** Links point at segments of the card's own canvas, personas named by segments exist. */
        private void checkLinks() {
            Set<String> personaIds = new HashSet<>();
            project.personas().forEach(p -> personaIds.add(p.id()));
            for (CanvasViewModel canvas : project.canvases()) {
                Set<String> segments = canvas.segmentIds();
                canvas.allCards().forEach(card -> {
                    assertTrue(segments.containsAll(card.getSegmentLinks()),
                            () -> card + " links to " + card.getSegmentLinks() + " on " + canvas + "; " + where().get());
                    assertFalse(card.getSegmentLinks().contains(card.id()), where());
                    if (card.isSegment()) {
                        assertTrue(personaIds.containsAll(card.getSegment().personaIds()),
                                () -> card + " names a missing persona; " + where().get());
                        card.getSegment().roles().stream().map(RoleHolder::personaId).filter(java.util.Objects::nonNull)
                                .forEach(id -> assertTrue(personaIds.contains(id),
                                        () -> card + " has a role holder of a missing persona; " + where().get()));
                    }
                });
            }
        }

        private void checkRoundTrip() throws Exception {
            Project model = project.toModel();
            byte[] bytes = new ProjectWriter().toBytes(model, null);
            LoadedProject loaded = new ProjectReader().read(bytes);
            assertEquals(model, loaded.project(), where());
            assertTrue(java.util.Arrays.equals(bytes, new ProjectWriter().toBytes(loaded.project(), loaded.fileData())),
                    where());
        }

        // --- random choices ---

        private <T> T pick(List<T> list) {
            return list.isEmpty() ? null : list.get(random.nextInt(list.size()));
        }

        private CanvasViewModel canvas() {
            return project.getCurrentCanvas();
        }

        private String text() {
            return WORDS[random.nextInt(WORDS.length)] + (random.nextBoolean() ? " " + random.nextInt(100) : "");
        }

        private <E extends Enum<E>> E any(Class<E> type) {
            E[] values = type.getEnumConstants();
            return values[random.nextInt(values.length)];
        }

        private List<PurchaseRole> roles() {
            List<PurchaseRole> roles = new ArrayList<>();
            for (int i = random.nextInt(3); i >= 0; i--) {
                roles.add(any(PurchaseRole.class));
            }
            return roles;
        }

        private SegmentViewModel segment() {
            CardViewModel card = pick(canvas().segments());
            return card == null ? null : new SegmentViewModel(card);
        }

        private PersonaViewModel persona() {
            return pick(project.personas());
        }

        private List<CardViewModel> someCards() {
            List<CardViewModel> cards = new ArrayList<>(canvas().allCards().toList());
            List<CardViewModel> picked = new ArrayList<>();
            for (int n = Math.min(cards.size(), 1 + random.nextInt(3)); n > 0; n--) {
                picked.add(cards.remove(random.nextInt(cards.size())));
            }
            return picked;
        }

        private String randomOp() {
            int r = random.nextInt(100);
            if (r < 6) {
                CardViewModel card = pick(canvas().allCards().toList());
                CardViewModel target = pick(canvas().segments());
                if (card == null || target == null) {
                    return "link (nothing)";
                }
                card.linkSegment(target);
                return "link " + card.id() + "->" + target.id();
            } else if (r < 9) {
                CardViewModel card = pick(canvas().allCards().filter(c -> !c.getSegmentLinks().isEmpty()).toList());
                if (card == null) {
                    return "unlink (nothing)";
                }
                card.unlinkSegment(pick(card.getSegmentLinks()));
                return "unlink";
            } else if (r < 13) {
                CardViewModel card = pick(canvas().allCards().toList());
                if (card != null) {
                    canvas().makeSegment(card);
                }
                return "makeSegment";
            } else if (r < 15) {
                CardViewModel card = pick(canvas().segments());
                if (card != null) {
                    canvas().removeSegmentDetails(card);
                }
                return "removeSegmentDetails";
            } else if (r < 19) {
                canvas().deleteCards(someCards());
                return "delete";
            } else if (r < 22) {
                clipboard = someCards().stream().map(CardViewModel::toModel).toList();
                return "copy " + clipboard.size();
            } else if (r < 25) {
                List<BlockType> blocks = canvas().kind().blocks();
                canvas().pasteCards(pick(blocks), random.nextInt(4), clipboard);
                return "paste " + clipboard.size();
            } else if (r < 27) {
                project.duplicateCanvas(canvas());
                return "duplicateCanvas";
            } else if (r < 28) {
                project.addCanvas("C" + step, random.nextBoolean() ? CanvasKind.PRODUCT : CanvasKind.BUSINESS_MODEL);
                return "addCanvas";
            } else if (r < 29) {
                boolean deleted = project.deleteCanvas(pick(project.canvases()));
                return "deleteCanvas " + deleted;
            } else if (r < 32) {
                project.showCanvas(pick(project.canvases()));
                return "switchCanvas";
            } else if (r < 34) {
                project.addPersona(text());
                return "addPersona";
            } else if (r < 36) {
                PersonaViewModel p = persona();
                if (p != null) {
                    project.deletePersona(p);
                }
                return "deletePersona";
            } else if (r < 40) {
                PersonaViewModel p = persona();
                if (p == null) {
                    return "persona (none)";
                }
                switch (random.nextInt(6)) {
                    case 0 -> p.changeName(p.get().name() + (char) ('a' + random.nextInt(26)));
                    case 1 -> p.changeHeadline(text());
                    case 2 -> p.changeStory(text());
                    case 3 -> p.changeIcon(pick(PersonaIcons.ALL));
                    case 4 -> p.changeImage(PNG);
                    default -> p.changeCharacteristics(List.of(text(), text()));
                }
                return "editPersona";
            } else if (r < 44) {
                SegmentViewModel s = segment();
                PersonaViewModel p = persona();
                if (s == null || p == null) {
                    return "linkPersona (nothing)";
                }
                if (random.nextBoolean()) {
                    s.linkPersona(p);
                } else {
                    s.unlinkPersona(p);
                }
                return "linkPersona";
            } else if (r < 84) {
                SegmentViewModel s = segment();
                if (s == null) {
                    return "segment (none)";
                }
                return editSegment(s);
            } else if (r < 87) {
                history.breakMerge();
                return "breakMerge";
            } else if (r < 93) {
                history.undo();
                return "undo";
            } else if (r < 95) {
                int times = 2 + random.nextInt(5);
                for (int i = 0; i < times; i++) {
                    history.undo();
                    record();
                }
                return "undo x" + times;
            } else {
                history.redo();
                return "redo";
            }
        }

        private String editSegment(SegmentViewModel s) {
            int r = random.nextInt(24);
            ProfileArea area = any(ProfileArea.class);
            ProfileItem item = pick(s.get().profile().items(area));
            RoleHolder holder = pick(s.get().roles());
            switch (r) {
                case 0 -> s.rename(s.name() + (char) ('a' + random.nextInt(26)));
                case 1 -> s.changeDescription(s.get().description() + (char) ('a' + random.nextInt(26)));
                case 2 -> s.changeMarketType(random.nextInt(6) == 0 ? null : any(MarketType.class));
                case 3 -> s.changeExcluded(random.nextBoolean());
                case 4 -> s.changeObjectiveGroup(text());
                case 5 -> s.changeColor(any(SegmentColor.class));
                case 6 -> s.addCharacteristic(any(Dimension.class), text());
                case 7 -> {
                    Characteristic c = pick(s.get().characteristics());
                    if (c != null) {
                        s.removeCharacteristic(c);
                    }
                }
                case 8 -> s.addMetric(text(), text());
                case 9 -> {
                    if (!s.get().metrics().isEmpty()) {
                        s.changeMetric(random.nextInt(s.get().metrics().size()), text(), text());
                    }
                }
                case 10 -> {
                    if (!s.get().metrics().isEmpty()) {
                        s.removeMetric(random.nextInt(s.get().metrics().size()));
                    }
                }
                case 11 -> s.addProfileItem(area, text());
                case 12 -> {
                    if (item != null) {
                        s.changeProfileItemText(area, item.id(), item.text() + (char) ('a' + random.nextInt(26)));
                    }
                }
                case 13 -> {
                    // what the file keeps: a kind for jobs, a level and "outside" for pains and gains
                    if (item != null && area == ProfileArea.JOBS) {
                        s.changeProfileItem(area, item.id(), "kind", i -> i.withKind(any(JobKind.class)));
                    } else if (item != null) {
                        s.changeProfileItem(area, item.id(), "level", i -> random.nextBoolean()
                                ? i.withLevel(any(Level.class)) : i.withOutsideOffering(!i.outsideOffering()));
                    }
                }
                case 14 -> {
                    if (item != null) {
                        s.removeProfileItem(area, item.id());
                    }
                }
                case 15 -> {
                    if (item != null) {
                        s.moveProfileItem(area, item.id(), random.nextInt(4) - 1);
                    }
                }
                case 16 -> {
                    PersonaViewModel p = persona();
                    if (p != null) {
                        s.assignRoles(p, roles());
                    }
                }
                case 17 -> s.assignRoles(text(), roles());
                case 18 -> {
                    if (holder != null) {
                        s.toggleRole(holder.id(), any(PurchaseRole.class));
                    }
                }
                case 19 -> {
                    if (holder != null && holder.personaId() == null) {
                        s.renameStakeholder(holder.id(), holder.name() + (char) ('a' + random.nextInt(26)));
                    }
                }
                case 20 -> {
                    if (holder != null) {
                        s.removeRoleHolder(holder.id());
                    }
                }
                case 21 -> {
                    if (holder != null) {
                        s.addHolderItem(holder.id(), random.nextBoolean() ? ProfileArea.PAINS : ProfileArea.GAINS, text());
                    }
                }
                case 22 -> {
                    if (holder != null) {
                        ProfileArea a = random.nextBoolean() ? ProfileArea.PAINS : ProfileArea.GAINS;
                        ProfileItem own = pick(a == ProfileArea.PAINS ? holder.pains() : holder.gains());
                        if (own != null) {
                            s.removeHolderItem(holder.id(), a, own.id());
                        }
                    }
                }
                default -> {
                    CardViewModel other = pick(canvas().segments());
                    if (other != null) {
                        s.card().linkSegment(other);
                    }
                }
            }
            return "segment#" + r;
        }
    }
}
