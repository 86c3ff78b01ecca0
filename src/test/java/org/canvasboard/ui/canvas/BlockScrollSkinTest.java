package org.canvasboard.ui.canvas;

import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The block's own scroll pane skin: a bar only when the content overflows, the content moved by
 * the scroll value, the wheel kept by a block that scrolls (even at its ends) and passed on by
 * one that does not, and clicks left to the block.
 */
@ExtendWith(ApplicationExtension.class)
class BlockScrollSkinTest {
    @Test
    void scrollsOverflowingContentAndGivesBackWhatItCannotUse() {
        WaitForAsyncUtils.waitForAsyncFx(20_000, () -> {
            Region content = new Region();
            content.setPrefSize(100, 500);
            ScrollPane pane = shown(content);
            StackPane root = (StackPane) pane.getParent();

            ScrollBar bar = (ScrollBar) pane.lookup(".scroll-bar");
            assertNotNull(bar, "500 px of content in 200: a scroll bar");
            assertTrue(bar.isVisible());
            double viewportWidth = pane.getViewportBounds().getWidth();
            assertTrue(viewportWidth < 290 && viewportWidth > 270, "the bar takes its width from the content: " + viewportWidth);
            javafx.scene.Node viewport = pane.getChildrenUnmodifiable().get(0);
            assertEquals(viewport.getLayoutX() + viewportWidth, bar.getLayoutX(), "the bar stands right of the content");
            assertEquals(pane.getViewportBounds().getWidth(), content.getWidth(), "the content fills the width");
            assertEquals(200, pane.getViewportBounds().getHeight());

            pane.setVvalue(1);
            assertEquals(-300, content.getLayoutY(), "at the bottom the content's end meets the viewport's");
            assertEquals(1, bar.getValue(), "the bar follows the value");

            ScrollEvent up = wheel(pane, 60);
            Event.fireEvent(pane, up);
            assertEquals(1 - 60.0 / 300, pane.getVvalue(), 1e-9, "the wheel scrolls by its distance");
            pane.setVvalue(0);
            AtomicBoolean passedOn = new AtomicBoolean();
            root.addEventHandler(ScrollEvent.SCROLL, e -> passedOn.set(true));
            Event.fireEvent(pane, wheel(pane, 60));
            assertFalse(passedOn.get(), "at the top, scrolling further up stays with the block (the canvas does not move)");
            assertEquals(0, pane.getVvalue());

            AtomicBoolean clicked = new AtomicBoolean();
            root.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> clicked.set(true));
            Event.fireEvent(pane.getChildrenUnmodifiable().get(0), new MouseEvent(MouseEvent.MOUSE_CLICKED, 10, 10, 10, 10,
                    MouseButton.PRIMARY, 2, false, false, false, false, true, false, false, true, false, true, null));
            assertTrue(clicked.get(), "a double-click below the cards reaches the block");

            content.setPrefHeight(150);
            root.layout();
            assertFalse(bar.isVisible(), "content that fits: no bar");
            assertEquals(300, pane.getViewportBounds().getWidth());
            assertEquals(0, content.getLayoutY());
            Event.fireEvent(pane, wheel(pane, -60));
            assertTrue(passedOn.get(), "a block with nothing to scroll leaves the wheel to the canvas");
        });
    }

    @Test
    void makesNoScrollBarForContentThatFits() {
        WaitForAsyncUtils.waitForAsyncFx(20_000, () -> {
            Region content = new Region();
            content.setPrefSize(100, 80);
            ScrollPane pane = shown(content);
            assertNull(pane.lookup(".scroll-bar"), "no scroll bar nodes at all while the content fits");
        });
    }

    /** A block's scroll pane around the content, 300 by 200 in a scene, styled and laid out. */
    private static ScrollPane shown(Region content) {
        ScrollPane pane = BlockScrollSkin.scrollPane(content);
        pane.setFitToWidth(true);
        pane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        pane.setStyle("-fx-padding: 0;"); // as on the canvas: whole pixels below are the content's
        StackPane root = new StackPane(pane);
        new Scene(root, 300, 200);
        root.applyCss();
        root.layout();
        return pane;
    }

    private static ScrollEvent wheel(ScrollPane target, double deltaY) {
        return new ScrollEvent(ScrollEvent.SCROLL, 10, 10, 10, 10, false, false, false, false, false, false, 0, deltaY,
                0, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
    }
}
