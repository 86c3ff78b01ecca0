package org.canvasboard.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PngExportTest {
    static BufferedImage image(byte[] png) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 1920, 3840})
    void aPictureHasTheRequestedSizeAndShowsTheCanvas(int width) throws Exception {
        BufferedImage image = image(PngExport.write(ExportTestProjects.example().canvases().get(0), width));
        assertEquals(width, image.getWidth());
        assertEquals(width * 10 / 16, image.getHeight());
        assertTrue(colours(image) > 50, "many colours: cards, text, marks (not a blank page)");
        // the Value Propositions block's first card is yellow, near the top of the third column
        int yellow = 0xFFF3A3;
        boolean found = false;
        for (int x = width * 41 / 100; x < width * 59 / 100 && !found; x += 2) {
            for (int y = width * 10 / 16 / 10; y < width * 10 / 16 / 4 && !found; y += 2) {
                found = (image.getRGB(x, y) & 0xFFFFFF) == yellow;
            }
        }
        assertTrue(found, "a yellow sticky note where Value Propositions is");
    }

    @Test
    void widthsOutsideTheRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PngExport.write(ExportTestProjects.example().canvases().get(0), 399));
        assertThrows(IllegalArgumentException.class, () -> PngExport.write(ExportTestProjects.example().canvases().get(0), 3841));
    }

    @Test
    void aCrowdedCanvasStillRenders() throws Exception {
        BufferedImage image = image(PngExport.write(ExportTestProjects.crowded(1000), 1600));
        assertEquals(1000, image.getHeight());
        assertTrue(colours(image) > 10);
    }
}
