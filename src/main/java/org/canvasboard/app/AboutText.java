package org.canvasboard.app;

/** The About box text: what Canvasboard is and the credits it owes. */
final class AboutText {
    static final String TEXT = """
            Canvasboard is an offline editor for sketching business models and understanding \
            customer segments. Your work stays in local project files: no account, no server.

            The Business Model Canvas was created by Strategyzer AG and is published under the \
            Creative Commons Attribution-ShareAlike 3.0 licence (CC BY-SA 3.0). \
            https://www.strategyzer.com/

            The customer profile (jobs, pains, gains) comes from Strategyzer's Value Proposition \
            Canvas, credited the same way; Canvasboard draws it in its own visual style.

            Icons: Material Design Icons via Ikonli. Theme: AtlantaFX. PDF: Apache PDFBox, with \
            the Liberation Sans typeface (SIL Open Font License).
            Canvasboard is free software under the MIT licence.""";

    private AboutText() {
    }
}
