package org.canvasboard.app;

import javafx.application.Platform;
import org.canvasboard.model.BlockType;
import org.canvasboard.ui.canvas.CanvasView;
import org.canvasboard.ui.common.Navigator;
import org.canvasboard.viewmodel.CardViewModel;
import org.canvasboard.viewmodel.PersonaSection;
import org.canvasboard.viewmodel.PersonaViewModel;
import org.canvasboard.viewmodel.SegmentSection;
import org.canvasboard.viewmodel.WindowViewModel;
import org.canvasboard.viewmodel.WindowViewModel.MainView;
import org.canvasboard.viewmodel.WindowViewModel.SideTab;

/** Where links and hints take the user in this window: the main area's views and the side panel's tabs. */
final class WindowNavigator implements Navigator {
    private final WindowViewModel window;
    private final MainArea main;
    private final SidePanel side;

    WindowNavigator(WindowViewModel window, MainArea main, SidePanel side) {
        this.window = window;
        this.main = main;
        this.side = side;
    }

    @Override
    public void showCard(CardViewModel card) {
        main.show(MainView.CANVAS);
        window.project().reveal(card);
        CanvasView view = main.currentCanvasView();
        if (view != null) {
            view.revealCard(card);
            view.requestFocus();
        }
    }

    @Override
    public void showProfile(CardViewModel segment) {
        window.project().reveal(segment);
        main.showProfileOf(segment);
    }

    @Override
    public void showPersona(PersonaViewModel persona) {
        main.showPersona(persona);
    }

    @Override
    public void showPersonaSection(PersonaViewModel persona, PersonaSection section) {
        main.showPersonaSection(persona, section);
    }

    @Override
    public void showSegmentsBlock() {
        main.show(MainView.CANVAS);
        CanvasView view = main.currentCanvasView();
        if (view != null) {
            view.focusBlock(BlockType.CUSTOMER_SEGMENTS);
        }
    }

    @Override
    public void showSegmentSection(CardViewModel segment, SegmentSection section) {
        if (segment == null) {
            showSegmentsBlock();
            return;
        }
        showCard(segment);
        window.showSideTab(SideTab.SEGMENT);
        Platform.runLater(() -> side.segmentPane().reveal(section));
    }
}
