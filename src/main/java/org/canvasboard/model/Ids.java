package org.canvasboard.model;

import java.security.SecureRandom;

/** Makes short random identifiers for cards and canvases (unique within any real project). */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

    private Ids() {
    }

    /** A new id such as {@code card-k3x9q0a1zt2m}. */
    public static String newId(String prefix) {
        char[] chars = new char[12];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return prefix + "-" + new String(chars);
    }
}
