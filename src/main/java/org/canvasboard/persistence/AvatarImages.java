package org.canvasboard.persistence;

import java.util.Base64;

/**
 * Checks persona pictures held inside project files: base64 of a PNG no larger than
 * {@link #MAX_BYTES}. Anything else (a path, a web address, another format) is not a picture
 * Canvasboard shows; the persona falls back to its icon.
 */
public final class AvatarImages {
    public static final int MAX_BYTES = 256 * 1024;
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private AvatarImages() {
    }

    public static boolean isPng(String base64) {
        if (base64 == null || base64.isEmpty() || base64.length() > MAX_BYTES / 3 * 4 + 4) {
            return false;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (bytes.length < PNG_MAGIC.length || bytes.length > MAX_BYTES) {
            return false;
        }
        for (int i = 0; i < PNG_MAGIC.length; i++) {
            if (bytes[i] != PNG_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }
}
