package org.canvasboard.app;

/**
 * Where {@code mvn javafx:run} starts the editor. The JavaFX Maven plugin loads its main class
 * inside Maven's own JVM, which may be a Java 17, so this one class is compiled for Java 17 (see
 * the pom); it only hands over to {@link Launcher}, in the JDK 25 the plugin then starts.
 */
public final class MavenRunStart {
    private MavenRunStart() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        Class.forName("org.canvasboard.app.Launcher").getMethod("main", String[].class).invoke(null, (Object) args);
    }
}
