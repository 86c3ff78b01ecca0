package org.canvasboard.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The app's icons by meaning, so views say {@code AppIcon.ADD.node()} and the icon set can
 * change in one place. Each is a Material Design icon of Ikonli's pack, named by its
 * description and code point here rather than through the pack's enums: those are twenty
 * classes of hundreds of constants each, and loading them took 30 ms of every start-up.
 * {@code AppIconTest} checks every pair against the pack.
 */
public enum AppIcon implements Ikon {
    NEW_PROJECT("mdi2f-file-plus-outline", 0xf0eed),
    OPEN("mdi2f-folder-open-outline", 0xf0dcf),
    SAVE("mdi2c-content-save", 0xf0193),
    SAVE_AS("mdi2c-content-save-edit-outline", 0xf0cfc),
    QUIT("mdi2e-exit-to-app", 0xf0206),
    UNDO("mdi2u-undo", 0xf054c),
    REDO("mdi2r-redo", 0xf044e),
    CUT("mdi2c-content-cut", 0xf0190),
    COPY("mdi2c-content-copy", 0xf018f),
    PASTE("mdi2c-content-paste", 0xf0192),
    DELETE("mdi2d-delete-outline", 0xf09e7),
    ADD("mdi2p-plus", 0xf0415),
    ADD_CARD("mdi2c-card-plus-outline", 0xf1200),
    EDIT("mdi2p-pencil-outline", 0xf0cb6),
    SEARCH("mdi2m-magnify", 0xf0349),
    CLOSE("mdi2c-close", 0xf0156),
    COLOUR("mdi2p-palette", 0xf03d8),
    TAG("mdi2t-tag-outline", 0xf04fc),
    NOTES("mdi2n-note-text-outline", 0xf11d7),
    CANVAS("mdi2v-view-dashboard-outline", 0xf0a1d),
    ADD_CANVAS("mdi2t-tab-plus", 0xf075c),
    MORE("mdi2c-chevron-double-right", 0xf013e),
    DUPLICATE("mdi2c-content-duplicate", 0xf0191),
    RENAME("mdi2r-rename-box", 0xf0455),
    MOVE_UP("mdi2a-arrow-up", 0xf005d),
    MOVE_DOWN("mdi2a-arrow-down", 0xf0045),
    MOVE_LEFT("mdi2a-arrow-left", 0xf004d),
    MOVE_RIGHT("mdi2a-arrow-right", 0xf0054),
    KEYBOARD("mdi2k-keyboard-outline", 0xf097b),
    ABOUT("mdi2i-information-outline", 0xf02fd),
    HYPOTHESIS("mdi2h-help-circle-outline", 0xf0625),
    VALIDATED("mdi2c-check-circle", 0xf05e0),
    INVALIDATED("mdi2c-close-circle", 0xf0159),
    KEY_PARTNERS("mdi2h-handshake", 0xf1218),
    KEY_ACTIVITIES("mdi2c-cog-outline", 0xf08bb),
    KEY_RESOURCES("mdi2t-toolbox", 0xf09ac),
    VALUE_PROPOSITIONS("mdi2g-gift", 0xf0e44),
    CUSTOMER_RELATIONSHIPS("mdi2a-account-heart", 0xf0899),
    CHANNELS("mdi2t-truck-delivery", 0xf053e),
    CUSTOMER_SEGMENTS("mdi2a-account-group", 0xf0849),
    COST_STRUCTURE("mdi2c-cash-multiple", 0xf0116),
    REVENUE_STREAMS("mdi2c-cash-plus", 0xf1261),
    CUSTOMER_PROBLEM("mdi2a-alert-decagram-outline", 0xf0ce5),
    ECO_SOCIAL_COSTS("mdi2f-factory", 0xf020f),
    ECO_SOCIAL_BENEFITS("mdi2e-earth", 0xf01e7),
    KPIS("mdi2s-speedometer", 0xf04c5),
    IDEA("mdi2l-lightbulb-on-outline", 0xf06e9),
    PERSONA("mdi2a-account-outline", 0xf0013),
    PERSONAS("mdi2a-account-multiple-outline", 0xf000f),
    SEGMENT("mdi2a-account-group-outline", 0xf0b58),
    PROFILE("mdi2t-target-account", 0xf0bd0),
    COMPARE("mdi2t-table-large", 0xf04f1),
    CHECKS("mdi2c-clipboard-check-outline", 0xf08a8),
    HINT("mdi2l-lightbulb-outline", 0xf0336),
    LINK("mdi2l-link-variant", 0xf0339),
    UNLINK("mdi2l-link-variant-off", 0xf033a),
    JOB("mdi2b-briefcase-outline", 0xf0814),
    PAIN("mdi2e-emoticon-sad-outline", 0xf01f8),
    GAIN("mdi2e-emoticon-happy-outline", 0xf01f5),
    OUTSIDE("mdi2s-selection-off", 0xf0777),
    DRAG("mdi2d-drag-vertical", 0xf01dd),
    PICTURE("mdi2i-image-outline", 0xf0976),
    ROLES("mdi2c-cart-outline", 0xf0111),
    METRIC("mdi2c-chart-bar", 0xf0128),
    PDF("mdi2f-file-pdf-box", 0xf0226),
    MARKDOWN("mdi2l-language-markdown-outline", 0xf0f5b),
    TABLE("mdi2f-file-delimited-outline", 0xf0ea5),
    IMPORT("mdi2f-file-import-outline", 0xf102f),
    EXPORT("mdi2e-export-variant", 0xf0b93),
    PRINT("mdi2p-printer", 0xf042a),
    PRESENT("mdi2p-presentation-play", 0xf0429),
    TIMER("mdi2t-timer-outline", 0xf051b),
    ZOOM_IN("mdi2m-magnify-plus-outline", 0xf06ed),
    ZOOM_OUT("mdi2m-magnify-minus-outline", 0xf06ec),
    ZOOM_RESET("mdi2m-magnify-close", 0xf0980),
    THEME("mdi2t-theme-light-dark", 0xf050e),
    WORKBOOK("mdi2s-school-outline", 0xf1180);

    private final String description;
    private final int code;

    AppIcon(String description, int code) {
        this.description = description;
        this.code = code;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public int getCode() {
        return code;
    }

    public Ikon ikon() {
        return this;
    }

    /** A new icon node (a node can only sit in one place of the scene graph). */
    public FontIcon node() {
        FontIcon icon = new FontIcon(this);
        icon.getStyleClass().add("cb-icon");
        return icon;
    }

    public FontIcon node(int size) {
        FontIcon icon = node();
        icon.setIconSize(size);
        return icon;
    }
}
