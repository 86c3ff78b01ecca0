package org.canvasboard.app;

import javafx.scene.input.KeyCombination;
import org.canvasboard.ui.common.AppIcon;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every command of the app with its label, icon and keys, written once. Menus, the toolbar,
 * context menus and the keyboard-shortcut list are all built from this enum.
 */
public enum AppAction {
    NEW_PROJECT("New project", AppIcon.NEW_PROJECT, "Shortcut+N"),
    NEW_ASSIGNMENT("New segmentation assignment", AppIcon.WORKBOOK, null),
    OPEN("Open…", AppIcon.OPEN, "Shortcut+O"),
    SAVE("Save", AppIcon.SAVE, "Shortcut+S"),
    SAVE_AS("Save as…", AppIcon.SAVE_AS, "Shortcut+Shift+S"),
    EXPORT_PNG("Canvas as PNG picture\u2026", AppIcon.PICTURE, "Shortcut+Shift+E"),
    EXPORT_PDF("Canvas as PDF poster (A3)\u2026", AppIcon.PDF, null),
    EXPORT_HANDOUT("Project handout (PDF, A4)\u2026", AppIcon.PDF, null),
    EXPORT_MARKDOWN("Canvas as Markdown\u2026", AppIcon.MARKDOWN, null),
    EXPORT_CSV("All cards as CSV\u2026", AppIcon.TABLE, null),
    IMPORT_MARKDOWN("Import canvas from Markdown\u2026", AppIcon.IMPORT, null),
    PRINT("Print canvas\u2026", AppIcon.PRINT, "Shortcut+P"),
    QUIT("Quit", AppIcon.QUIT, "Shortcut+Q"),

    UNDO("Undo", AppIcon.UNDO, "Shortcut+Z"),
    REDO("Redo", AppIcon.REDO, "Shortcut+Shift+Z", "Shortcut+Y"),
    CUT("Cut", AppIcon.CUT, "Shortcut+X"),
    COPY("Copy", AppIcon.COPY, "Shortcut+C"),
    PASTE("Paste", AppIcon.PASTE, "Shortcut+V"),
    DELETE("Delete", AppIcon.DELETE, "Delete", "Backspace"),
    SELECT_ALL("Select all cards in block", null, "Shortcut+A"),
    FIND("Find cards", AppIcon.SEARCH, "Shortcut+F"),

    ADD_CARD("Add card", AppIcon.ADD_CARD, "Shortcut+Enter", "Insert"),
    EDIT_CARD("Edit card text", AppIcon.EDIT, "F2"),
    MOVE_UP("Move up in block", AppIcon.MOVE_UP, "Alt+Up"),
    MOVE_DOWN("Move down in block", AppIcon.MOVE_DOWN, "Alt+Down"),
    MOVE_TO_PREVIOUS_BLOCK("Move to previous block", AppIcon.MOVE_LEFT, "Alt+Left"),
    MOVE_TO_NEXT_BLOCK("Move to next block", AppIcon.MOVE_RIGHT, "Alt+Right"),
    MARK_HYPOTHESIS("Mark as hypothesis", AppIcon.HYPOTHESIS, "Shortcut+Alt+H"),
    MARK_VALIDATED("Mark as validated", AppIcon.VALIDATED, "Shortcut+Alt+V"),
    MARK_INVALIDATED("Mark as invalidated", AppIcon.INVALIDATED, "Shortcut+Alt+I"),

    NEW_CANVAS("New canvas…", AppIcon.ADD_CANVAS, "Shortcut+T"),
    DUPLICATE_CANVAS("Duplicate canvas", AppIcon.DUPLICATE, "Shortcut+D"),
    RENAME_CANVAS("Rename canvas…", AppIcon.RENAME, "Shortcut+R"),
    DELETE_CANVAS("Delete canvas", AppIcon.DELETE, null),
    NEXT_CANVAS("Next canvas", AppIcon.MOVE_RIGHT, "Shortcut+Page Down"),
    PREVIOUS_CANVAS("Previous canvas", AppIcon.MOVE_LEFT, "Shortcut+Page Up"),

    OPEN_AS_SEGMENT("Open as segment", AppIcon.SEGMENT, "Shortcut+G"),
    NEW_PERSONA("New persona", AppIcon.PERSONA, "Shortcut+Shift+P"),

    VIEW_CANVAS("Canvas", AppIcon.CANVAS, "Shortcut+1"),
    VIEW_PROFILE("Customer profile", AppIcon.PROFILE, "Shortcut+2"),
    VIEW_PERSONAS("Personas", AppIcon.PERSONAS, "Shortcut+3"),
    VIEW_COMPARE("Compare segments", AppIcon.COMPARE, "Shortcut+4"),
    VIEW_CHECKS("Segmentation checks", AppIcon.CHECKS, "Shortcut+Shift+K"),
    VIEW_WORKBOOK("Segmentation workbook", AppIcon.WORKBOOK, "Shortcut+Shift+W"),
    PRESENT("Present canvas", AppIcon.PRESENT, "F5"),
    ZOOM_IN("Zoom in", AppIcon.ZOOM_IN, "Shortcut+Plus", "Shortcut+Equals", "Shortcut+Add"),
    ZOOM_OUT("Zoom out", AppIcon.ZOOM_OUT, "Shortcut+Minus", "Shortcut+Subtract"),
    ZOOM_RESET("Actual size", AppIcon.ZOOM_RESET, "Shortcut+0", "Shortcut+Numpad 0"),
    THEME_SYSTEM("System theme (light or dark as the desktop)", null, null),
    THEME_LIGHT("Light theme", null, null),
    THEME_DARK("Dark theme", null, null),
    THEME_CONTRAST("High-contrast theme", null, null),

    SHORTCUTS("Keyboard shortcuts", AppIcon.KEYBOARD, "F1"),
    ABOUT("About Canvasboard", AppIcon.ABOUT, null);

    private final String label;
    private final AppIcon icon;
    private final String key;
    private final List<String> extraKeys;

    AppAction(String label, AppIcon icon, String key, String... extraKeys) {
        this.label = label;
        this.icon = icon;
        this.key = key;
        this.extraKeys = Arrays.asList(extraKeys);
    }

    public String label() {
        return label;
    }

    public Optional<AppIcon> icon() {
        return Optional.ofNullable(icon);
    }

    /** The main shortcut, shown in menus. */
    public Optional<KeyCombination> accelerator() {
        return Optional.ofNullable(key).map(KeyCombination::keyCombination);
    }

    /** Further shortcuts that do the same (e.g. Ctrl+Y for redo). */
    public List<KeyCombination> extraAccelerators() {
        return extraKeys.stream().map(KeyCombination::keyCombination).toList();
    }

    /** All shortcuts as the user reads them, e.g. "Ctrl+Shift+Z / Ctrl+Y". */
    public String shortcutText() {
        StringBuilder text = new StringBuilder();
        accelerator().ifPresent(k -> text.append(k.getDisplayText()));
        for (KeyCombination extra : extraAccelerators()) {
            text.append(" / ").append(extra.getDisplayText());
        }
        return text.toString();
    }
}
