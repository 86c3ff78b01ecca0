package org.canvasboard.app;

import org.canvasboard.ui.common.Messages;
import org.canvasboard.ui.common.Navigator;
import org.canvasboard.viewmodel.CardViewModel;
import org.canvasboard.viewmodel.ProjectViewModel;
import org.canvasboard.viewmodel.SegmentSection;
import org.canvasboard.viewmodel.WindowViewModel;
import org.canvasboard.viewmodel.WindowViewModel.SideTab;

/** What the Segments menu's commands do: open a card as a segment, add a persona, start the assignment. */
final class SegmentCommands {
    private SegmentCommands() {
    }

    static void wire(Actions actions, WindowViewModel window, Navigator navigator, DocumentController documents) {
        actions.on(AppAction.OPEN_AS_SEGMENT, () -> {
            ProjectViewModel project = window.project();
            CardViewModel lead = project.selection().getLead();
            if (lead == null) {
                return;
            }
            if (!lead.isSegment() && !project.getCurrentCanvas().makeSegment(lead)) {
                window.showStatus(Messages.get("window.status.onlySegmentsBlock"));
                return;
            }
            navigator.showSegmentSection(lead, SegmentSection.SEGMENT);
        });
        actions.on(AppAction.NEW_PERSONA, () -> navigator.showPersona(window.project().addPersona("")));
        actions.on(AppAction.NEW_ASSIGNMENT, () -> {
            if (documents.newAssignment()) {
                window.showSideTab(SideTab.WORKBOOK);
            }
        });
    }
}
