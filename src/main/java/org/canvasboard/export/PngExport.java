package org.canvasboard.export;

import org.canvasboard.model.Canvas;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A canvas as a PNG picture, drawn with Java2D (so it works with no display at all). The canvas
 * is laid out at a 16:10 page of 1600 units and drawn at the requested pixel width, so text stays
 * sharp at any size up to 4K.
 */
public final class PngExport {
    public static final int MAX_WIDTH = 3840;
    public static final int MIN_WIDTH = 400;
    static final double PAGE_WIDTH = 1600;
    static final double PAGE_HEIGHT = 1000;

    private PngExport() {
    }

    /** PNG bytes of a canvas, {@code pixelWidth} wide (400 to 3840) and 10/16 of that high. */
    public static byte[] write(Canvas canvas, int pixelWidth) {
        if (pixelWidth < MIN_WIDTH || pixelWidth > MAX_WIDTH) {
            throw new IllegalArgumentException("A picture can be " + MIN_WIDTH + " to " + MAX_WIDTH + " pixels wide");
        }
        double scale = pixelWidth / PAGE_WIDTH;
        int pixelHeight = (int) Math.round(PAGE_HEIGHT * scale);
        BufferedImage image = new BufferedImage(pixelWidth, pixelHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(scale, scale);
            CanvasPainter.paint(CanvasLayout.of(canvas, PAGE_WIDTH, PAGE_HEIGHT), new Java2dSurface(g));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private record Java2dSurface(Graphics2D g) implements Surface {
        @Override
        public void fill(CanvasLayout.Box b, int rgb, double radius) {
            g.setColor(new Color(rgb));
            g.fill(radius > 0 ? new RoundRectangle2D.Double(b.x(), b.y(), b.w(), b.h(), radius * 2, radius * 2)
                    : new Rectangle2D.Double(b.x(), b.y(), b.w(), b.h()));
        }

        @Override
        public void stroke(CanvasLayout.Box b, int rgb, double lineWidth, double radius) {
            g.setColor(new Color(rgb));
            g.setStroke(new BasicStroke((float) lineWidth));
            g.draw(new RoundRectangle2D.Double(b.x(), b.y(), b.w(), b.h(), radius * 2, radius * 2));
        }

        @Override
        public void text(double x, double y, String text, double size, boolean bold, int rgb) {
            g.setColor(new Color(rgb));
            g.setFont(ExportFonts.font(bold).deriveFont((float) size));
            g.drawString(text, (float) x, (float) y);
        }

        @Override
        public void dot(double cx, double cy, double r, int rgb) {
            g.setColor(new Color(rgb));
            g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        }
    }
}
