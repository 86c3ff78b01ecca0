package org.canvasboard.app;

/** The app version, read from the jar manifest when packaged. */
final class Version {
    private Version() {
    }

    static String get() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "0.2.0" : v;
    }
}
