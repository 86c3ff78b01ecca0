package org.canvasboard.persistence;

/**
 * A project file that cannot be read or written. The message is a sentence for the user that
 * names the problem; the reason lets the app treat some cases (a newer version) specially.
 */
public final class ProjectFileException extends Exception {
    /** What kind of problem it is. */
    public enum Reason {
        EMPTY, TOO_LARGE, NOT_UTF8, NOT_JSON, TOO_COMPLEX, NEWER_VERSION, INVALID_CONTENT, IO
    }

    private final Reason reason;

    public ProjectFileException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ProjectFileException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
