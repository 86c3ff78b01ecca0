package org.canvasboard.app;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import javax.imageio.ImageIO;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

/**
 * Turns a picture chosen on disk into the small PNG a persona keeps inside the project: cropped
 * to a square, scaled to {@link #SIZE} pixels. The project never refers to the original file.
 */
final class PictureImport {
    static final int SIZE = 160;
    private static final long MAX_INPUT_BYTES = 30L * 1024 * 1024;

    private PictureImport() {
    }

    /** Asks for a picture; empty when the user cancels or the file cannot be used (after saying why). */
    static Optional<String> choose(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a picture for the persona");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Pictures", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp"));
        java.io.File file = chooser.showOpenDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(toAvatarPng(file.toPath()));
        } catch (IOException e) {
            Dialogs.error(owner, "This picture cannot be used", e.getMessage());
            return Optional.empty();
        }
    }

    /** Base64 of a square PNG of at most SIZE x SIZE pixels made from an image file. */
    static String toAvatarPng(Path file) throws IOException {
        if (Files.size(file) > MAX_INPUT_BYTES) {
            throw new IOException("The file is larger than 30 MB; please choose a smaller picture.");
        }
        BufferedImage source = ImageIO.read(file.toFile());
        if (source == null) {
            throw new IOException("Canvasboard cannot read this file as a picture (PNG, JPEG, GIF or BMP).");
        }
        int side = Math.min(source.getWidth(), source.getHeight());
        BufferedImage square = source.getSubimage((source.getWidth() - side) / 2, (source.getHeight() - side) / 2, side, side);
        int size = Math.min(SIZE, side);
        BufferedImage scaled = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = scaled.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(square, 0, 0, size, size, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(scaled, "png", out);
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
