package org.canvasboard.viewmodel;

/** The sections of the persona editor, places that workbook steps and hints lead to. */
public enum PersonaSection {
    PERSONA, PEOPLE, QUESTIONS, CONVERSATIONS
}
