package org.canvasboard.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.css.Stylesheet;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Build step (run by Maven after compiling): writes each stylesheet the app uses in JavaFX's
 * binary form beside it. JavaFX loads a {@code .bss} found next to a {@code .css} instead of
 * parsing the text: parsing the theme's 170 KB of CSS took about 140 ms of every start-up, the
 * binary form loads in about 13. The themes are copied out of AtlantaFX's jar into ours for that.
 * Without the binary files (a run straight from an IDE) the app parses the text as before.
 */
public final class BinaryStylesheets {
    static final String THEMES = "/org/canvasboard/app/themes/";
    static final String OWN = "/org/canvasboard/ui/canvasboard.css";

    private BinaryStylesheets() {
    }

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        convert(classes.resolve(OWN.substring(1)));
        copyAndConvert(new PrimerLight().getUserAgentStylesheet(), classes.resolve(THEMES.substring(1) + "primer-light.css"));
        copyAndConvert(new PrimerDark().getUserAgentStylesheet(), classes.resolve(THEMES.substring(1) + "primer-dark.css"));
    }

    /** The theme's stylesheet as the app loads it: our copy when the build made one, else AtlantaFX's own. */
    static String theme(boolean light) {
        URL copy = BinaryStylesheets.class.getResource(THEMES + (light ? "primer-light.css" : "primer-dark.css"));
        if (copy != null) {
            return copy.toExternalForm();
        }
        return light ? new PrimerLight().getUserAgentStylesheet() : new PrimerDark().getUserAgentStylesheet();
    }

    private static void copyAndConvert(String source, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        URL url = source.contains(":") ? new URL(source) : BinaryStylesheets.class.getResource(source);
        try (InputStream in = url.openStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        convert(target);
    }

    private static void convert(Path css) throws IOException {
        String name = css.getFileName().toString();
        Path bss = css.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss");
        Stylesheet.convertToBinary(css.toFile(), bss.toFile());
    }
}
