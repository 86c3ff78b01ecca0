package org.canvasboard.viewmodel;

import org.canvasboard.model.BlockType;
import org.canvasboard.model.CanvasKind;
import org.canvasboard.model.Card;
import org.canvasboard.model.CardColor;
import org.canvasboard.model.EvidenceStatus;
import org.canvasboard.model.Project;
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

import static org.junit.jupiter.api.Assertions.*;

/**
 * Drives a project through long random sequences of edits and checks that the history replays
 * them exactly: every undo depth shows the state recorded when that depth was last reached,
 * undoing everything gives the start, redoing everything gives the end, and the project is
 * clean exactly at the saved depth. Set -Dcanvasboard.seed=N to replay a single seed.
 */
class RandomEditsPropertyTest {
    private static final int STEPS = 200;
    private static final String[] WORDS = {"bread", "Coffee", "b2b", "night shift", "Café", "", "  "};

    static LongStream seeds() {
        String single = System.getProperty("canvasboard.seed");
        return single != null ? LongStream.of(Long.parseLong(single)) : LongStream.rangeClosed(1, 20);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void undoRedoAndDirtyFlagFollowRandomEdits(long seed) {
        new Run(seed).go();
    }

    /** One random session. */
    private static final class Run {
        private final long seed;
        private final Random random;
        private final ProjectViewModel project = Fixtures.sampleProject();
        private final EditHistory history = project.history();
        /** The state last seen at each undo depth. */
        private final Map<Integer, Project> stateAtDepth = new HashMap<>();
        private final List<String> ops = new ArrayList<>();
        private List<Card> clipboard = List.of();
        private int savedDepth = 0;          // the untouched start counts as saved
        private Project savedState;
        private int step;

        Run(long seed) {
            this.seed = seed;
            this.random = new Random(seed);
        }

        private Supplier<String> where() {
            return () -> "seed " + seed + ", step " + step + ", last ops "
                    + ops.subList(Math.max(0, ops.size() - 8), ops.size());
        }

        void go() {
            Project start = project.toModel();
            savedState = start;
            stateAtDepth.put(0, start);
            int saveAt = random.nextInt(STEPS);
            for (step = 0; step < STEPS; step++) {
                if (step == saveAt) {
                    history.markSaved();
                    savedDepth = history.undoCount();
                    savedState = project.toModel();
                    ops.add("save@" + savedDepth);
                }
                int undoBefore = history.undoCount();
                int redoBefore = history.redoCount();
                String op = randomOp();
                ops.add(op);
                boolean replay = op.startsWith("undo") || op.startsWith("redo");
                if (!replay && savedDepth > 0 && undoBefore < savedDepth && redoBefore > 0 && history.redoCount() == 0) {
                    savedDepth = -1;          // the saved state was on the discarded redo branch
                }
                record();
                checkInvariants();
            }
            Project end = project.toModel();
            if (savedDepth >= 0) {
                assertEquals(savedState, stateAtDepth.get(savedDepth), where());
            }

            int depth = history.undoCount();
            for (int d = depth; d > 0; d--) {
                history.undo();
                step = -d;
                assertEquals(stateAtDepth.get(d - 1), project.toModel(), where());
                assertEquals(d - 1 != savedDepth, history.isDirty(), where());
                checkInvariants();
            }
            assertEquals(start, project.toModel(), where());
            assertFalse(history.canUndoProperty().get(), where());
            for (int d = 1; d <= depth; d++) {
                history.redo();
                step = 1000 + d;
                assertEquals(stateAtDepth.get(d), project.toModel(), where());
                assertEquals(d != savedDepth, history.isDirty(), where());
                checkInvariants();
            }
            assertEquals(end, project.toModel(), where());
        }

        private void record() {
            stateAtDepth.put(history.undoCount(), project.toModel());
        }

        private void checkInvariants() {
            assertEquals(history.undoCount() != savedDepth, history.isDirty(), where());
            CanvasViewModel current = project.getCurrentCanvas();
            assertTrue(project.canvases().contains(current), where());
            Set<CardViewModel> onCanvas = new HashSet<>(current.allCards().toList());
            assertTrue(onCanvas.containsAll(project.selection().cards()), where());
            CardViewModel lead = project.selection().getLead();
            assertTrue(lead == null ? project.selection().isEmpty() : project.selection().isSelected(lead), where());
            Set<String> ids = new HashSet<>();
            project.canvases().forEach(c -> c.allCards().forEach(card ->
                    assertTrue(ids.add(card.id()), () -> "duplicate card id " + card.id() + "; " + where().get())));
            Set<String> canvasIds = new HashSet<>();
            project.canvases().forEach(c -> assertTrue(canvasIds.add(c.id()), where()));
        }

        // --- random choices ---

        private CanvasViewModel canvas() {
            return project.getCurrentCanvas();
        }

        private BlockType randomBlock() {
            List<BlockType> blocks = canvas().kind().blocks();
            return blocks.get(random.nextInt(blocks.size()));
        }

        private CardViewModel randomCard() {
            List<CardViewModel> cards = canvas().allCards().toList();
            return cards.isEmpty() ? null : cards.get(random.nextInt(cards.size()));
        }

        private List<CardViewModel> randomCards() {
            List<CardViewModel> cards = new ArrayList<>(canvas().allCards().toList());
            List<CardViewModel> picked = new ArrayList<>();
            int n = Math.min(cards.size(), 1 + random.nextInt(3));
            for (int i = 0; i < n; i++) {
                picked.add(cards.remove(random.nextInt(cards.size())));
            }
            return picked;
        }

        private String randomText() {
            return WORDS[random.nextInt(WORDS.length)] + (random.nextBoolean() ? " " + random.nextInt(100) : "");
        }

        private void selectRandomly() {
            int r = random.nextInt(4);
            if (r == 0) {
                project.selection().clear();
            } else if (r == 1) {
                CardViewModel card = randomCard();
                if (card != null) {
                    project.selection().select(card);
                }
            } else {
                project.selection().selectAll(randomCards());
            }
        }

        /** Performs one random action and returns its name. */
        private String randomOp() {
            int r = random.nextInt(100);
            if (r < 8) {
                selectRandomly();
                project.addCard(randomBlock());
                return "addCard";
            } else if (r < 12) {
                selectRandomly();
                CardViewModel added = project.addCard(randomBlock());
                record();                        // adding and typing are two undo steps
                added.changeText(randomText());
                return "addCard+type";
            } else if (r < 16) {
                selectRandomly();
                clipboard = project.copySelection();
                return "copy(" + clipboard.size() + ")";
            } else if (r < 20) {
                selectRandomly();
                project.paste(clipboard, randomBlock());
                return "paste(" + clipboard.size() + ")";
            } else if (r < 24) {
                selectRandomly();
                if (random.nextBoolean()) {
                    project.deleteSelection();
                    return "deleteSelection";
                }
                clipboard = project.cutSelection();
                return "cut(" + clipboard.size() + ")";
            } else if (r < 32) {
                BlockType block = randomBlock();
                int index = random.nextInt(canvas().block(block).cards().size() + 3) - 1;
                canvas().moveCards(randomCards(), block, index);
                return "move to " + block.id() + "@" + index;
            } else if (r < 37) {
                int delta = random.nextBoolean() ? -1 : 1;
                canvas().reorderCards(randomCards(), delta);
                return "reorder " + delta;
            } else if (r < 41) {
                int direction = random.nextBoolean() ? -1 : 1;
                canvas().moveCardsToNeighbourBlock(randomCards(), direction);
                return "neighbour " + direction;
            } else if (r < 53) {
                CardViewModel card = randomCard();
                if (card == null) {
                    return "type (no card)";
                }
                int times = random.nextInt(3) == 0 ? 2 + random.nextInt(4) : 1;
                String text = card.getText();
                for (int i = 0; i < times; i++) {
                    text = random.nextInt(4) == 0 && !text.isEmpty() ? text.substring(0, text.length() - 1)
                            : text + (char) ('a' + random.nextInt(26));
                    card.changeText(text);
                }
                return "type x" + times;
            } else if (r < 57) {
                CardViewModel card = randomCard();
                if (card != null) {
                    card.changeNotes(randomText());
                }
                return "notes";
            } else if (r < 61) {
                CardViewModel card = randomCard();
                if (card != null) {
                    card.changeTags(TagText.parse(randomText() + ", #" + randomText()));
                }
                return "tags";
            } else if (r < 66) {
                CardColor color = CardColor.values()[random.nextInt(CardColor.values().length)];
                if (random.nextBoolean()) {
                    canvas().colorCards(randomCards(), color);
                } else {
                    selectRandomly();
                    project.colorSelection(color);
                }
                return "colour " + color.id();
            } else if (r < 70) {
                EvidenceStatus status = EvidenceStatus.values()[random.nextInt(EvidenceStatus.values().length)];
                if (random.nextBoolean()) {
                    canvas().markCards(randomCards(), status);
                } else {
                    CardViewModel card = randomCard();
                    if (card != null) {
                        card.changeStatus(status);
                    }
                }
                return "status " + status.id();
            } else if (r < 72) {
                CanvasKind kind = random.nextBoolean() ? CanvasKind.BUSINESS_MODEL : CanvasKind.PRODUCT;
                project.addCanvas("Canvas " + step, kind);
                return "addCanvas " + kind.id();
            } else if (r < 74) {
                project.duplicateCanvas(canvas());
                return "duplicateCanvas";
            } else if (r < 76) {
                List<CanvasViewModel> canvases = project.canvases();
                boolean deleted = project.deleteCanvas(canvases.get(random.nextInt(canvases.size())));
                return "deleteCanvas " + deleted;
            } else if (r < 78) {
                canvas().rename(random.nextInt(3) == 0 ? "  " : randomText());
                return "renameCanvas";
            } else if (r < 80) {
                project.renameProject(randomText());
                return "renameProject";
            } else if (r < 85) {
                if (random.nextBoolean()) {
                    project.showNeighbourCanvas(random.nextBoolean() ? -1 : 1);
                } else {
                    List<CanvasViewModel> canvases = project.canvases();
                    project.showCanvas(canvases.get(random.nextInt(canvases.size())));
                }
                return "switchCanvas";
            } else if (r < 88) {
                history.breakMerge();
                return "breakMerge";
            } else if (r < 90) {
                project.moveSelectionWithinBlock(random.nextBoolean() ? -1 : 1);
                return "moveSelectionWithinBlock";
            } else if (r < 93) {
                history.undo();
                return "undo";
            } else if (r < 95) {
                int times = 2 + random.nextInt(6);
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
    }
}
