package org.canvasboard.export;

/** Markdown that is not a canvas; the message says where and why, for people. */
public final class MarkdownException extends Exception {
    public MarkdownException(String message) {
        super(message);
    }
}
