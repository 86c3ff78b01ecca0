package org.canvasboard.export;

import org.canvasboard.model.BlockType;
import org.canvasboard.model.Canvas;
import org.canvasboard.model.CanvasKind;
import org.canvasboard.model.Card;
import org.canvasboard.model.Project;
import org.canvasboard.persistence.ProjectFileException;
import org.canvasboard.persistence.ProjectReader;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Projects for the export tests: the bundled example, random canvases, a crowded one. */
final class ExportTestProjects {
    private ExportTestProjects() {
    }

    static Project example() {
        try (InputStream in = ExportTestProjects.class.getResourceAsStream("/org/canvasboard/app/example.canvasboard")) {
            return new ProjectReader().read(in.readAllBytes()).project();
        } catch (IOException | ProjectFileException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String[] AWKWARD = {"# looks like a heading", "- looks like a bullet", "* star", "+ plus",
        "\\ backslash", "Ünïcödé — “quotes” ½", "two\nlines", "three\nline\ncard", "trailing spaces   ",
        "=SUM(A1:A9)", "comma, and \"quote\"", "   leading spaces"};

    /** A canvas of random cards whose texts include every awkward shape. */
    static Canvas random(long seed, CanvasKind kind) {
        Random random = new Random(seed);
        Map<BlockType, List<Card>> blocks = new EnumMap<>(BlockType.class);
        for (BlockType block : kind.blocks()) {
            List<Card> cards = new ArrayList<>();
            int n = random.nextInt(6);
            for (int i = 0; i < n; i++) {
                String text = random.nextInt(3) == 0 ? AWKWARD[random.nextInt(AWKWARD.length)]
                        : "card " + seed + "-" + block.id() + "-" + i + " " + Long.toString(random.nextLong(), 36);
                cards.add(Card.of(text));
            }
            blocks.put(block, cards);
        }
        return new Canvas("canvas-r" + seed, "Random " + seed, kind, blocks);
    }

    /** One block so crowded that not every card fits on a page. */
    static Canvas crowded(int cards) {
        List<Card> list = new ArrayList<>();
        for (int i = 0; i < cards; i++) {
            list.add(Card.of("Crowded card number " + i + " with a few more words to wrap"));
        }
        return new Canvas("canvas-crowded", "Crowded", CanvasKind.BUSINESS_MODEL, Map.of(BlockType.CHANNELS, list));
    }

    /** How the text of a card reads back from Markdown: trimmed lines. */
    static String normalised(String text) {
        return String.join("\n", text.strip().lines().map(String::strip).toList());
    }
}
