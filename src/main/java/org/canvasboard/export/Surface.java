package org.canvasboard.export;

/**
 * What a canvas picture is drawn on: a PNG image or a PDF page. Coordinates are page units with
 * the origin at the top left; colours are 0xRRGGBB.
 */
interface Surface {
    void fill(CanvasLayout.Box box, int rgb, double radius);

    void stroke(CanvasLayout.Box box, int rgb, double lineWidth, double radius);

    /** Text with its baseline at y. */
    void text(double x, double y, String text, double size, boolean bold, int rgb);

    void dot(double centreX, double centreY, double radius, int rgb);
}
