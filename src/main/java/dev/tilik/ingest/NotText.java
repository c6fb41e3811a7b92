package dev.tilik.ingest;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Whether decoded bytes are text at all. A file of random bytes can decode: after a UTF-16
 * byte-order mark (0xFF 0xFE) most byte pairs are some character, and windows-1252 gives every byte
 * one. Such a file was read as an article in no language with no statement, and nothing said why.
 * Text in any language is told from it by what writing is: its characters are assigned ones, not
 * private-use or control characters; its letters come from one to three scripts (Latin; Han with
 * both kana), not from dozens at once, one letter in twenty or more outside the three most used; and a file read as windows-1252 for want of UTF-8 is still mostly
 * ASCII when it is text in a language Tilik reads.
 */
public final class NotText {
    /** Fewer characters than this are too few to judge. */
    private static final int MIN_CHARS = 20;
    /** How many characters are looked at. */
    private static final int PROBE = 64 * 1024;

    /** What an ASCII character counts as, by the same tests the loop makes on any other. */
    private static final byte SPACE = 0;
    private static final byte ODD = 1;
    private static final byte LATIN_LETTER = 2;
    private static final byte PLAIN = 3;
    private static final byte[] ASCII = new byte[0x80];

    static {
        for (int cp = 0; cp < ASCII.length; cp++) {
            int type = Character.getType(cp);
            ASCII[cp] = Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? SPACE
                    : type == Character.CONTROL ? ODD
                    : Character.isLetter(cp) ? LATIN_LETTER : PLAIN;
            if (ASCII[cp] == LATIN_LETTER && UnicodeScript.of(cp) != UnicodeScript.LATIN) {
                throw new AssertionError("ASCII letter outside Latin: " + cp);
            }
        }
    }

    private NotText() {
    }

    /**
     * Why {@code text} is no text in any language, in words, or empty when it may be;
     * {@code fallback}: it was read as windows-1252 because it is no UTF-8.
     */
    public static Optional<String> reason(String text, boolean fallback) {
        int seen = 0;
        int odd = 0;
        int nonAscii = 0;
        int letters = 0;
        int latin = 0;
        Map<UnicodeScript, Integer> scripts = new EnumMap<>(UnicodeScript.class);
        for (int i = 0; i < text.length() && i < PROBE; ) {
            char ch = text.charAt(i);
            if (ch < 0x80) { // most of any text Tilik reads: its class looked up, Latin letters counted apart
                i++;
                byte kind = ASCII[ch];
                if (kind != SPACE) {
                    seen++;
                    if (kind == ODD) {
                        odd++;
                    } else if (kind == LATIN_LETTER) {
                        letters++;
                        latin++;
                    }
                }
                continue;
            }
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                continue;
            }
            seen++;
            int type = Character.getType(cp);
            if (type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE
                    || type == Character.CONTROL || cp == 0xFFFD) {
                odd++;
            }
            if (cp >= 0x80) {
                nonAscii++;
            }
            if (Character.isLetter(cp)) {
                letters++;
                UnicodeScript s = UnicodeScript.of(cp);
                if (s != UnicodeScript.COMMON && s != UnicodeScript.INHERITED) {
                    scripts.merge(s, 1, Integer::sum);
                }
            }
        }
        if (latin > 0) {
            scripts.merge(UnicodeScript.LATIN, latin, Integer::sum);
        }
        if (seen < MIN_CHARS) {
            return Optional.empty();
        }
        if (odd * 100L >= seen * 5L) {
            return Optional.of(percent(odd, seen) + " of its characters are unassigned, private-use or control characters");
        }
        // the three largest scripts summed only when five or more are met: most texts have one or two
        if (letters >= MIN_CHARS && scripts.size() >= 5 && (letters - topThree(scripts)) * 100L >= letters * 5L) {
            return Optional.of("its letters are from " + scripts.size() + " scripts at once, as no language writes");
        }
        if (fallback && nonAscii * 100L >= seen * 30L) {
            return Optional.of(percent(nonAscii, seen) + " of it is outside ASCII when read as windows-1252:"
                    + " no text in UTF-8, UTF-16 or windows-1252");
        }
        return Optional.empty();
    }

    /** The letters of the three scripts with the most of them. */
    private static int topThree(Map<UnicodeScript, Integer> scripts) {
        return scripts.values().stream().sorted((a, b) -> b - a).limit(3).mapToInt(Integer::intValue).sum();
    }

    private static String percent(long part, long whole) {
        return Math.round(part * 100.0 / whole) + " %";
    }
}
