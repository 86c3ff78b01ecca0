package org.canvasboard.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/**
 * The app's icons by meaning, so views say {@code AppIcon.ADD.node()} and the icon set can
 * change in one place.
 */
public enum AppIcon {
    NEW_PROJECT(MaterialDesignF.FILE_PLUS_OUTLINE),
    OPEN(MaterialDesignF.FOLDER_OPEN_OUTLINE),
    SAVE(MaterialDesignC.CONTENT_SAVE),
    SAVE_AS(MaterialDesignC.CONTENT_SAVE_EDIT_OUTLINE),
    QUIT(MaterialDesignE.EXIT_TO_APP),
    UNDO(MaterialDesignU.UNDO),
    REDO(MaterialDesignR.REDO),
    CUT(MaterialDesignC.CONTENT_CUT),
    COPY(MaterialDesignC.CONTENT_COPY),
    PASTE(MaterialDesignC.CONTENT_PASTE),
    DELETE(MaterialDesignD.DELETE_OUTLINE),
    ADD(MaterialDesignP.PLUS),
    ADD_CARD(MaterialDesignC.CARD_PLUS_OUTLINE),
    EDIT(MaterialDesignP.PENCIL_OUTLINE),
    SEARCH(MaterialDesignM.MAGNIFY),
    CLOSE(MaterialDesignC.CLOSE),
    COLOUR(MaterialDesignP.PALETTE),
    TAG(MaterialDesignT.TAG_OUTLINE),
    NOTES(MaterialDesignN.NOTE_TEXT_OUTLINE),
    CANVAS(MaterialDesignV.VIEW_DASHBOARD_OUTLINE),
    ADD_CANVAS(MaterialDesignT.TAB_PLUS),
    MORE(MaterialDesignC.CHEVRON_DOUBLE_RIGHT),
    DUPLICATE(MaterialDesignC.CONTENT_DUPLICATE),
    RENAME(MaterialDesignR.RENAME_BOX),
    MOVE_UP(MaterialDesignA.ARROW_UP),
    MOVE_DOWN(MaterialDesignA.ARROW_DOWN),
    MOVE_LEFT(MaterialDesignA.ARROW_LEFT),
    MOVE_RIGHT(MaterialDesignA.ARROW_RIGHT),
    KEYBOARD(MaterialDesignK.KEYBOARD_OUTLINE),
    ABOUT(MaterialDesignI.INFORMATION_OUTLINE),
    HYPOTHESIS(MaterialDesignH.HELP_CIRCLE_OUTLINE),
    VALIDATED(MaterialDesignC.CHECK_CIRCLE),
    INVALIDATED(MaterialDesignC.CLOSE_CIRCLE),
    KEY_PARTNERS(MaterialDesignH.HANDSHAKE),
    KEY_ACTIVITIES(MaterialDesignC.COG_OUTLINE),
    KEY_RESOURCES(MaterialDesignT.TOOLBOX),
    VALUE_PROPOSITIONS(MaterialDesignG.GIFT),
    CUSTOMER_RELATIONSHIPS(MaterialDesignA.ACCOUNT_HEART),
    CHANNELS(MaterialDesignT.TRUCK_DELIVERY),
    CUSTOMER_SEGMENTS(MaterialDesignA.ACCOUNT_GROUP),
    COST_STRUCTURE(MaterialDesignC.CASH_MULTIPLE),
    REVENUE_STREAMS(MaterialDesignC.CASH_PLUS),
    CUSTOMER_PROBLEM(MaterialDesignA.ALERT_DECAGRAM_OUTLINE),
    ECO_SOCIAL_COSTS(MaterialDesignF.FACTORY),
    ECO_SOCIAL_BENEFITS(MaterialDesignE.EARTH),
    KPIS(MaterialDesignS.SPEEDOMETER),
    IDEA(MaterialDesignL.LIGHTBULB_ON_OUTLINE),
    PERSONA(MaterialDesignA.ACCOUNT_OUTLINE),
    PERSONAS(MaterialDesignA.ACCOUNT_MULTIPLE_OUTLINE),
    SEGMENT(MaterialDesignA.ACCOUNT_GROUP_OUTLINE),
    PROFILE(MaterialDesignT.TARGET_ACCOUNT),
    COMPARE(MaterialDesignT.TABLE_LARGE),
    CHECKS(MaterialDesignC.CLIPBOARD_CHECK_OUTLINE),
    HINT(MaterialDesignL.LIGHTBULB_OUTLINE),
    LINK(MaterialDesignL.LINK_VARIANT),
    UNLINK(MaterialDesignL.LINK_VARIANT_OFF),
    JOB(MaterialDesignB.BRIEFCASE_OUTLINE),
    PAIN(MaterialDesignE.EMOTICON_SAD_OUTLINE),
    GAIN(MaterialDesignE.EMOTICON_HAPPY_OUTLINE),
    OUTSIDE(MaterialDesignS.SELECTION_OFF),
    DRAG(MaterialDesignD.DRAG_VERTICAL),
    PICTURE(MaterialDesignI.IMAGE_OUTLINE),
    ROLES(MaterialDesignC.CART_OUTLINE),
    METRIC(MaterialDesignC.CHART_BAR),
    PDF(MaterialDesignF.FILE_PDF_BOX),
    MARKDOWN(MaterialDesignL.LANGUAGE_MARKDOWN_OUTLINE),
    TABLE(MaterialDesignF.FILE_DELIMITED_OUTLINE),
    IMPORT(MaterialDesignF.FILE_IMPORT_OUTLINE),
    EXPORT(MaterialDesignE.EXPORT_VARIANT),
    PRINT(MaterialDesignP.PRINTER),
    PRESENT(MaterialDesignP.PRESENTATION_PLAY),
    TIMER(MaterialDesignT.TIMER_OUTLINE),
    ZOOM_IN(MaterialDesignM.MAGNIFY_PLUS_OUTLINE),
    ZOOM_OUT(MaterialDesignM.MAGNIFY_MINUS_OUTLINE),
    ZOOM_RESET(MaterialDesignM.MAGNIFY_CLOSE),
    THEME(MaterialDesignT.THEME_LIGHT_DARK),
    WORKBOOK(MaterialDesignS.SCHOOL_OUTLINE);

    private final Ikon ikon;

    AppIcon(Ikon ikon) {
        this.ikon = ikon;
    }

    public Ikon ikon() {
        return ikon;
    }

    /** A new icon node (a node can only sit in one place of the scene graph). */
    public FontIcon node() {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("cb-icon");
        return icon;
    }

    public FontIcon node(int size) {
        FontIcon icon = node();
        icon.setIconSize(size);
        return icon;
    }
}
