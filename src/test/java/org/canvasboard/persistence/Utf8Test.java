package org.canvasboard.persistence;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Our UTF-8 check says what the JDK's strict decoder says, on chosen and on seeded random bytes. */
class Utf8Test {
    private static boolean jdkSaysValid(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void acceptsTextInEveryLengthOfSequence() {
        String text = "Plain ASCII, café, 日本語, emoji 🚀 and the last code point \uDBFF\uDFFF.";
        assertTrue(Utf8.isValid(text.getBytes(StandardCharsets.UTF_8)));
        assertTrue(Utf8.isValid(new byte[0]));
    }

    @Test
    void refusesOverlongSurrogateTooHighAndCutSequences() {
        assertFalse(Utf8.isValid(bytes(0xC0, 0xAF)), "overlong slash");
        assertFalse(Utf8.isValid(bytes(0xE0, 0x80, 0xAF)), "overlong three bytes");
        assertFalse(Utf8.isValid(bytes(0xF0, 0x80, 0x80, 0xAF)), "overlong four bytes");
        assertFalse(Utf8.isValid(bytes(0xED, 0xA0, 0x80)), "surrogate D800");
        assertFalse(Utf8.isValid(bytes(0xF4, 0x90, 0x80, 0x80)), "above U+10FFFF");
        assertFalse(Utf8.isValid(bytes(0xF5, 0x80, 0x80, 0x80)), "lead byte F5");
        assertFalse(Utf8.isValid(bytes('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 0xE2, 0x82)), "cut at the end");
        assertFalse(Utf8.isValid(bytes(0x80)), "lone continuation byte");
        assertFalse(Utf8.isValid(bytes(0xC3, 'a')), "missing continuation");
    }

    @Test
    void agreesWithTheJdkOnSeededRandomBytes() {
        Random random = new Random(20261129L);
        int invalid = 0;
        for (int round = 0; round < 20_000; round++) {
            byte[] b = new byte[random.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                // mostly ASCII, like a project file, with lead and continuation bytes mixed in
                int pick = random.nextInt(10);
                b[i] = (byte) (pick < 6 ? random.nextInt(0x80)
                        : pick < 8 ? 0x80 + random.nextInt(0x40) : 0xC0 + random.nextInt(0x40));
            }
            boolean expected = jdkSaysValid(b);
            invalid += expected ? 0 : 1;
            assertEquals(expected, Utf8.isValid(b), () -> java.util.HexFormat.ofDelimiter(" ").formatHex(b));
        }
        assertTrue(invalid > 1000 && invalid < 19_000, "the random bytes try both sides: " + invalid);
    }

    @Test
    void agreesWithTheJdkOnValidTextCutAtEveryPoint() {
        byte[] text = "Zürich → 東京 🚀 ok".getBytes(StandardCharsets.UTF_8);
        for (int end = 0; end <= text.length; end++) {
            byte[] cut = java.util.Arrays.copyOf(text, end);
            assertEquals(jdkSaysValid(cut), Utf8.isValid(cut), "cut at " + end);
        }
    }
}
