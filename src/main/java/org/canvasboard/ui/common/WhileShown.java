package org.canvasboard.ui.common;

import javafx.scene.Node;

/**
 * Keeps a panel's refresh to the time it is on screen: a request while the panel is hidden (its
 * tab not chosen, or not in a window) only marks it stale, and it refreshes once when shown.
 */
public final class WhileShown {
    private final Node panel;
    private final Runnable refresh;
    private boolean stale;

    public WhileShown(Node panel, Runnable refresh) {
        this.panel = panel;
        this.refresh = refresh;
        panel.sceneProperty().addListener((obs, old, now) -> catchUp());
        panel.visibleProperty().addListener((obs, old, now) -> catchUp());
    }

    /** Refreshes now if the panel is shown, else at the moment it is. */
    public void request() {
        stale = true;
        catchUp();
    }

    /** True when the panel is in a window and visible. */
    public boolean shown() {
        return panel.getScene() != null && panel.isVisible();
    }

    private void catchUp() {
        if (stale && shown()) {
            stale = false;
            refresh.run();
        }
    }
}
