package dev.tilik.ingest;

import java.util.Optional;

/**
 * Bytes that look like UTF-16 text written without a byte-order mark: in the first pairs of bytes, nearly every
 * pair holds one NUL and one other byte, the NUL always on the same side, as Latin letters are in UTF-16. Such a
 * file was read as binary ("NUL byte at offset 1") with no word of what it may be or how to read it.
 */
final class Utf16Guess {
    /** How many leading pairs of bytes are looked at. */
    private static final int PAIRS = 256;

    private Utf16Guess() {
    }

    /** "UTF-16LE" or "UTF-16BE" when {@code bytes} look like UTF-16 text in that order, else empty. */
    static Optional<String> of(byte[] bytes) {
        int pairs = Math.min(PAIRS, bytes.length / 2);
        if (pairs < 2) {
            return Optional.empty();
        }
        int little = 0;
        int big = 0;
        for (int i = 0; i < pairs; i++) {
            byte a = bytes[2 * i];
            byte b = bytes[2 * i + 1];
            if (a != 0 && b == 0) {
                little++;
            } else if (a == 0 && b != 0) {
                big++;
            }
        }
        // nine pairs in ten: a letter outside Latin-1 (a dash, a curly quote) has no NUL half
        if (little * 10 >= pairs * 9) {
            return Optional.of("UTF-16LE");
        }
        return big * 10 >= pairs * 9 ? Optional.of("UTF-16BE") : Optional.empty();
    }

    /**
     * The warning for a file {@code name} (null: not known) of {@code bytes} read as binary at {@code offset}: when
     * they look like UTF-16 text, that it may be, and the command that converts it to UTF-8 in place.
     */
    static String binary(byte[] bytes, int offset, String name) {
        String binary = "binary, skipped (NUL byte at offset " + offset + ")";
        Optional<String> utf16 = of(bytes);
        if (utf16.isEmpty()) {
            return binary;
        }
        String file = name == null ? "FILE" : shellWord(name);
        return binary + ": it may be " + utf16.get() + " text without a byte-order mark; convert it to UTF-8 with"
                + " iconv -f " + utf16.get() + " -t UTF-8 " + file + " > " + file + ".utf8 && mv " + file + ".utf8 " + file;
    }

    /** {@code name} as one word of a shell command: as it is when it holds only safe characters, else in single quotes. */
    static String shellWord(String name) {
        if (!name.isEmpty() && name.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || "._-/+,@%=:".indexOf(c) >= 0))) {
            return name;
        }
        return "'" + name.replace("'", "'\\''") + "'";
    }
}
