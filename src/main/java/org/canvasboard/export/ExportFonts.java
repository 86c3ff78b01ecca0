package org.canvasboard.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The typeface of every export: Liberation Sans (SIL Open Font License), loaded from the class
 * path so a PNG and a PDF of the same canvas lay out the same on every machine, display or not.
 */
public final class ExportFonts {
    static final String REGULAR = "/liberation/LiberationSans-Regular.ttf";
    static final String BOLD = "/liberation/LiberationSans-Bold.ttf";
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static Font regular;
    private static Font bold;

    private ExportFonts() {
    }

    static synchronized Font font(boolean isBold) {
        if (regular == null) {
            regular = load(REGULAR);
            bold = load(BOLD);
        }
        return isBold ? bold : regular;
    }

    static InputStream open(String resource) {
        InputStream in = ExportFonts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("The export font " + resource + " is missing from the application");
        }
        return in;
    }

    private static Font load(String resource) {
        try (InputStream in = open(resource)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Width of a text at a size in points (or pixels: the units of the layout). */
    static double width(String text, double size, boolean isBold) {
        return font(isBold).deriveFont((float) size).getStringBounds(text, CONTEXT).getWidth();
    }
}
