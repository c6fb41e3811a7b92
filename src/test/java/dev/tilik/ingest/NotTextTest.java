package dev.tilik.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link NotText} reads an ASCII character by a table made from the same tests it makes on any other
 * character: its answer on every text is the one a code point at a time gives ({@link #byCodePoints},
 * the reading before the table, kept here as the yardstick).
 */
class NotTextTest {

    @Test
    void saysWhyBytesAreNoText() {
        assertThat(NotText.reason("Pemerintah membantah kabar itu, kata juru bicara.", false)).isEmpty();
        assertThat(NotText.reason("\u0001\u0002\u0003\u0004abcdefghijklmnopqrstuvwxyz\u0005", false))
                .hasValueSatisfying(r -> assertThat(r).contains("control characters"));
        assertThat(NotText.reason("a\u0430\u05d0\u0627\u0e01\u10d0\u0915\u3042\u4e00\uac00".repeat(4), false))
                .hasValueSatisfying(r -> assertThat(r).contains("scripts at once"));
        assertThat(NotText.reason("\u00e9\u00e8\u00ea\u00eb\u00e0 abc ".repeat(10), true))
                .hasValueSatisfying(r -> assertThat(r).contains("outside ASCII"));
        assertThat(NotText.reason("\t\n\u001c\u001f short \u000b", false)).as("too few to judge").isEmpty();
    }

    @Test
    void fourScriptsAtOnceAreNoReasonFiveAre() {
        String four = "\u0430\u05d0\u0627\u0e01".repeat(10);
        assertThat(NotText.reason(four, false)).as("four scripts, the top three short of 95 %").isEmpty();
        assertThat(NotText.reason(four + "\u10d0".repeat(10), false))
                .hasValueSatisfying(r -> assertThat(r).contains("5 scripts at once"));
        assertThat(NotText.reason("a".repeat(200) + "\u0430\u05d0\u0627\u0e01", false))
                .as("five scripts, the top three nearly all of the letters").isEmpty();
    }

    @Test
    void answersAsACodePointAtATimeOnAnyText() {
        String alphabet = "abcXYZ019 .,\t\n\r\u000b\u000c\u001c\u001f\u0000\u0007\u007f~`#\u00a0\u00e9\u0430\u05d0\u4e00"
                + "\u3042\ue000\ufffd\u0378\ud83d\ude00\ud800\u2028\u200b";
        Random random = new Random(13);
        for (int n = 0; n < 4000; n++) {
            StringBuilder s = new StringBuilder();
            int len = random.nextInt(120);
            int bias = random.nextInt(4); // from almost all ASCII to mostly not
            for (int i = 0; i < len; i++) {
                int k = random.nextInt(4) < bias ? random.nextInt(alphabet.length()) : random.nextInt(12);
                s.append(alphabet.charAt(k));
            }
            for (boolean fallback : List.of(false, true)) {
                assertThat(NotText.reason(s.toString(), fallback)).as("%s", s).isEqualTo(byCodePoints(s.toString(), fallback));
            }
        }
    }

    /** The reading before the ASCII table: every character by code point. */
    private static Optional<String> byCodePoints(String text, boolean fallback) {
        int seen = 0;
        int odd = 0;
        int nonAscii = 0;
        int letters = 0;
        Map<UnicodeScript, Integer> scripts = new EnumMap<>(UnicodeScript.class);
        for (int i = 0; i < text.length() && i < 64 * 1024; ) {
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
        if (seen < 20) {
            return Optional.empty();
        }
        if (odd * 100L >= seen * 5L) {
            return Optional.of(Math.round(odd * 100.0 / seen) + " % of its characters are unassigned, private-use or control characters");
        }
        List<Integer> counts = scripts.values().stream().sorted((a, b) -> b - a).toList();
        int topThree = counts.stream().limit(3).mapToInt(Integer::intValue).sum();
        if (letters >= 20 && scripts.size() >= 5 && (letters - topThree) * 100L >= letters * 5L) {
            return Optional.of("its letters are from " + scripts.size() + " scripts at once, as no language writes");
        }
        if (fallback && nonAscii * 100L >= seen * 30L) {
            return Optional.of(Math.round(nonAscii * 100.0 / seen) + " % of it is outside ASCII when read as windows-1252:"
                    + " no text in UTF-8, UTF-16 or windows-1252");
        }
        return Optional.empty();
    }
}
