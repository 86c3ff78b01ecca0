package org.canvasboard.viewmodel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/** Turns what a user types in a tag field ("pricing, b2b #risky") into a clean tag list. */
public final class TagText {
    private TagText() {
    }

    public static List<String> parse(String text) {
        if (text == null) {
            return List.of();
        }
        return clean(Arrays.asList(text.split("[,\\s]+")));
    }

    public static String format(List<String> tags) {
        return String.join(", ", tags);
    }

    static List<String> clean(List<String> tags) {
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        if (tags != null) {
            for (String tag : tags) {
                String t = tag == null ? "" : tag.strip();
                while (t.startsWith("#")) {
                    t = t.substring(1);
                }
                if (!t.isEmpty()) {
                    unique.add(t);
                }
            }
        }
        return List.copyOf(new ArrayList<>(unique));
    }
}
