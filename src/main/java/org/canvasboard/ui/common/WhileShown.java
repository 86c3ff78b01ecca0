package org.canvasboard.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a panel's refresh to the time it is on screen: a request while the panel is hidden (its
 * tab not chosen, a parent hidden, or not in a showing window) only marks it stale, and it
 * refreshes once when shown.
 */
public final class WhileShown {
    private final Node panel;
    private final Runnable refresh;
    private final List<ObservableValue<?>> watched = new ArrayList<>();
    private final ChangeListener<Object> changed = (obs, old, now) -> {
        watch();
        catchUp();
    };
    private boolean stale;

    public WhileShown(Node panel, Runnable refresh) {
        this.panel = panel;
        this.refresh = refresh;
        watch();
    }

    /** Refreshes now if the panel is shown, else at the moment it is. */
    public void request() {
        stale = true;
        catchUp();
    }

    /** True when the panel and all its parents are visible, in a window that is showing. */
    public boolean shown() {
        for (Node n = panel; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        Scene scene = panel.getScene();
        Window window = scene == null ? null : scene.getWindow();
        return window != null && window.isShowing();
    }

    /** True while a refresh waits for the panel to be shown. */
    public boolean stale() {
        return stale;
    }

    /** Listens to what decides {@link #shown()}: each parent's visibility, the scene, its window. */
    private void watch() {
        watched.forEach(o -> o.removeListener(changed));
        watched.clear();
        for (Node n = panel; n != null; n = n.getParent()) {
            watched.add(n.visibleProperty());
            watched.add(n.parentProperty());
        }
        watched.add(panel.sceneProperty());
        Scene scene = panel.getScene();
        if (scene != null) {
            watched.add(scene.windowProperty());
            if (scene.getWindow() != null) {
                watched.add(scene.getWindow().showingProperty());
            }
        }
        watched.forEach(o -> o.addListener(changed));
    }

    private void catchUp() {
        if (stale && shown()) {
            stale = false;
            refresh.run();
        }
    }
}
