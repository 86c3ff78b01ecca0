package org.canvasboard.viewmodel;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class EditHistoryTest {
    private EditHistory history;
    private List<String> log;

    /** Appends a word to the log; reverting removes it. */
    private Edit append(String word) {
        return new Edit() {
            @Override
            public void apply() {
                log.add(word);
            }

            @Override
            public void revert() {
                assertEquals(word, log.remove(log.size() - 1), "reverted out of order");
            }

            @Override
            public String description() {
                return "Add " + word;
            }
        };
    }

    @BeforeEach
    void setUp() {
        history = new EditHistory();
        log = new ArrayList<>();
    }

    @Test
    void executeAppliesTheEdit() {
        history.execute(append("a"));
        assertEquals(List.of("a"), log);
        assertTrue(history.canUndoProperty().get());
        assertFalse(history.canRedoProperty().get());
    }

    @Test
    void undoRevertsTheLastEditAndRedoAppliesItAgain() {
        history.execute(append("a"));
        history.execute(append("b"));
        history.undo();
        assertEquals(List.of("a"), log);
        assertTrue(history.canRedoProperty().get());
        history.redo();
        assertEquals(List.of("a", "b"), log);
        assertFalse(history.canRedoProperty().get());
    }

    @Test
    void undoAndRedoOnEmptyStacksDoNothing() {
        int revision = history.revisionProperty().get();
        history.undo();
        history.redo();
        assertEquals(List.of(), log);
        assertEquals(revision, history.revisionProperty().get());
    }

    @Test
    void newEditClearsTheRedoStack() {
        history.execute(append("a"));
        history.undo();
        history.execute(append("b"));
        assertFalse(history.canRedoProperty().get());
        history.redo();
        assertEquals(List.of("b"), log);
    }

    @Test
    void newHistoryIsClean() {
        assertFalse(history.isDirty());
    }

    @Test
    void editMakesItDirty() {
        history.execute(append("a"));
        assertTrue(history.isDirty());
    }

    @Test
    void undoBackToTheStartIsClean() {
        history.execute(append("a"));
        history.execute(append("b"));
        history.undo();
        assertTrue(history.isDirty());
        history.undo();
        assertFalse(history.isDirty());
    }

    @Test
    void undoBackToTheSavedStateIsClean() {
        history.execute(append("a"));
        history.markSaved();
        assertFalse(history.isDirty());
        history.execute(append("b"));
        assertTrue(history.isDirty());
        history.undo();
        assertFalse(history.isDirty());
    }

    @Test
    void undoPastTheSavedStateIsDirtyAndRedoToItIsClean() {
        history.execute(append("a"));
        history.execute(append("b"));
        history.markSaved();
        history.undo();
        assertTrue(history.isDirty());
        history.undo();
        assertTrue(history.isDirty(), "the start is not what was saved");
        history.redo();
        history.redo();
        assertFalse(history.isDirty());
    }

    @Test
    void savedStateLostWithItsRedoBranchStaysDirty() {
        history.execute(append("a"));
        history.markSaved();
        history.undo();
        history.execute(append("b"));
        assertTrue(history.isDirty());
        history.undo();
        assertTrue(history.isDirty(), "the empty start was not saved, 'a' was");
    }

    @Test
    void savingKeepsTheHistory() {
        history.execute(append("a"));
        history.markSaved();
        assertEquals(1, history.undoCount());
        history.undo();
        assertEquals(List.of(), log);
    }

    @Test
    void compoundEditUndoesInOneStep() {
        history.compound("Add two", () -> {
            history.execute(append("a"));
            history.execute(append("b"));
        });
        assertEquals(1, history.undoCount());
        assertEquals("Add two", history.undoDescriptionProperty().get());
        history.undo();
        assertEquals(List.of(), log);
        history.redo();
        assertEquals(List.of("a", "b"), log);
    }

    @Test
    void nestedCompoundsJoinTheOuterStep() {
        history.compound("Outer", () -> {
            history.execute(append("a"));
            history.compound("Inner", () -> history.execute(append("b")));
            history.execute(append("c"));
        });
        assertEquals(1, history.undoCount());
        assertEquals("Outer", history.undoDescriptionProperty().get());
        history.undo();
        assertEquals(List.of(), log);
    }

    @Test
    void emptyCompoundRecordsNothing() {
        history.execute(append("a"));
        history.undo();
        int revision = history.revisionProperty().get();
        history.compound("Nothing", () -> { });
        assertEquals(0, history.undoCount());
        assertEquals(1, history.redoCount(), "an empty compound must not clear redo");
        assertEquals(revision, history.revisionProperty().get());
        assertFalse(history.isDirty());
    }

    @Test
    void compoundReturnsTheBodysValue() {
        String result = history.compound("Add", () -> {
            history.execute(append("a"));
            return "done";
        });
        assertEquals("done", result);
    }

    @Test
    void startingAnEditWhileUndoingIsRefused() {
        history.execute(new Edit() {
            @Override
            public void apply() {
            }

            @Override
            public void revert() {
                history.execute(append("sneaky"));
            }

            @Override
            public String description() {
                return "Bad";
            }
        });
        assertThrows(IllegalStateException.class, history::undo);
    }

    @Test
    void descriptionsFollowTheStacks() {
        assertEquals("", history.undoDescriptionProperty().get());
        history.execute(append("a"));
        history.execute(append("b"));
        assertEquals("Add b", history.undoDescriptionProperty().get());
        assertEquals("", history.redoDescriptionProperty().get());
        history.undo();
        assertEquals("Add a", history.undoDescriptionProperty().get());
        assertEquals("Add b", history.redoDescriptionProperty().get());
        history.undo();
        assertEquals("", history.undoDescriptionProperty().get());
        assertEquals("Add a", history.redoDescriptionProperty().get());
    }

    @Test
    void revisionIncreasesOnEditUndoRedoAndSave() {
        List<Integer> seen = new ArrayList<>();
        seen.add(history.revisionProperty().get());
        history.execute(append("a"));
        seen.add(history.revisionProperty().get());
        history.undo();
        seen.add(history.revisionProperty().get());
        history.redo();
        seen.add(history.revisionProperty().get());
        history.markSaved();
        seen.add(history.revisionProperty().get());
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) > seen.get(i - 1), "revisions " + seen);
        }
    }

    @Test
    void dirtyPropertyNotifiesListeners() {
        List<Boolean> changes = new ArrayList<>();
        history.dirtyProperty().addListener((obs, old, now) -> changes.add(now));
        history.execute(append("a"));
        history.undo();
        assertEquals(List.of(true, false), changes);
    }
}
