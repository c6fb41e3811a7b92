package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Tokens#of} shares one string among all tokens of one ASCII character and otherwise cuts the text as before:
 * every token's text is the text between its offsets (invented sentences, and random ones).
 */
class TokensSharingTest {

    @Test
    void aPunctuationMarkOrOneLetterWordIsOneStringWhereverItIsWritten() {
        String first = "Petugas, kata dia, belum tiba.";
        String second = "Tim SAR (gabungan) a/n desa: x, y.";
        List<Token> a = Tokens.of(first, 0, first.length());
        List<Token> b = Tokens.of(second, 0, second.length());
        Token commaA = a.stream().filter(t -> t.text().equals(",")).findFirst().orElseThrow();
        Token commaB = b.stream().filter(t -> t.text().equals(",")).findFirst().orElseThrow();
        assertThat(commaA.text()).isSameAs(commaB.text());
        Token stopA = a.get(a.size() - 1);
        Token stopB = b.get(b.size() - 1);
        assertThat(stopA.text()).isEqualTo(".").isSameAs(stopB.text());
        Token x = b.stream().filter(t -> t.text().equals("x")).findFirst().orElseThrow();
        assertThat(x.text()).isSameAs(Tokens.of("x", 0, 1).get(0).text());
        assertThat(x.lower()).isEqualTo("x");
    }

    @Test
    void everyTokenIsTheTextBetweenItsOffsetsOnAnyText() {
        String alphabet = "abcXYZ019 ,.-/'\u2011\u201C\u201Déü\uD835\uDC00\uD800 \n";
        Random rnd = new Random(46);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(60);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            int from = text.isEmpty() ? 0 : rnd.nextInt(text.length());
            int prev = from;
            for (Token t : Tokens.of(text, from, text.length())) {
                assertThat(t.start()).isGreaterThanOrEqualTo(prev);
                assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end()));
                prev = t.end();
            }
        }
    }
}
