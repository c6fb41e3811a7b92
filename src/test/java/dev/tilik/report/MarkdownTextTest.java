package dev.tilik.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.text.SafeText;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link MarkdownText} escapes a character at a time and hands back a line with nothing to escape as it
 * is: the same text a code point at a time gave ({@link #byCodePoints}, the escaping before, kept as the
 * yardstick), supplementary characters and lone surrogates included.
 */
class MarkdownTextTest {

    @Test
    void escapesWhatMarkdownReads() {
        assertThat(MarkdownText.inline("a *b* [c](d) <e> #f |g| ~h~ `i` \\j_k"))
                .isEqualTo("a \\*b\\* \\[c\\](d) \\<e\\> \\#f \\|g\\| \\~h\\~ \\`i\\` \\\\j\\_k");
        assertThat(MarkdownText.inline("Pemerintah membantah")).isEqualTo("Pemerintah membantah");
        assertThat(MarkdownText.lines("satu\r\ndua *x*\n\ntiga")).containsExactly("satu", "dua \\*x\\*", "", "tiga");
    }

    @Test
    void escapesAsACodePointAtATimeOnAnyText() {
        String alphabet = "ab \\`*_[]<>#|~\r\n\u001b\u202e\u00e9\ud83d\ude00\ud800\udc00\u2028x";
        Random random = new Random(13);
        for (int n = 0; n < 4000; n++) {
            StringBuilder s = new StringBuilder();
            int len = random.nextInt(40);
            for (int i = 0; i < len; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            assertThat(MarkdownText.inline(text)).as("%s", text).isEqualTo(byCodePoints(text));
            assertThat(MarkdownText.lines(text)).as("%s", text).containsExactly(
                    Arrays.stream(text.split("\r?\n", -1)).map(MarkdownTextTest::byCodePoints).toArray(String[]::new));
        }
    }

    private static String byCodePoints(String s) {
        String safe = SafeText.sanitize(s);
        StringBuilder out = new StringBuilder();
        safe.codePoints().forEach(c -> {
            if ("\\`*_[]<>#|~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.appendCodePoint(c);
        });
        return out.toString();
    }
}
