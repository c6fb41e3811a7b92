package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpanTokensTest {

    private static final String[] PIECES = {"Kepala", "Dinas", "baru-baru", "ini", "1.500", "3,000", "22/10/2024", "Bu.",
        "Lina.Dari", "x.y", "A-", "-B", "«kata»", "“ujar", "”", "(BPBD)", ",", ".", "Korea's", "\uD83D\uDE00",
        "\uD83D", "e\u2011mail", "2.", ".5", "9,", "—", "tak", "menurut"};

    /** Invented text: pieces joined by a space, nothing, a line break or two spaces. */
    private static String text(Random r) {
        StringBuilder b = new StringBuilder();
        String[] gaps = {" ", "", "\n", "  "};
        for (int i = 0; i < 40; i++) {
            b.append(PIECES[r.nextInt(PIECES.length)]).append(gaps[r.nextInt(gaps.length)]);
        }
        return b.toString();
    }

    private static List<String> shown(List<Token> tokens) {
        return tokens.stream().map(t -> t.start() + ":" + t.end() + ":" + t.text() + ":" + t.lower()).toList();
    }

    @Test
    void everyRangeIsTheTokensTokenisingItWouldMake() {
        Random r = new Random(22);
        int served = 0;
        for (int round = 0; round < 300; round++) {
            String text = text(r);
            SpanTokens shared = SpanTokens.of(text);
            Set<Token> made = Collections.newSetFromMap(new IdentityHashMap<>());
            made.addAll(shared.of(0, text.length()));
            for (int k = 0; k < 100; k++) {
                int from = r.nextInt(text.length() + 1);
                int to = Math.min(text.length(), from + r.nextInt(60));
                List<Token> got = shared.of(from, to);
                assertThat(shown(got)).as("[%d, %d) of %s", from, to, text).isEqualTo(shown(Tokens.of(text, from, to)));
                served += !got.isEmpty() && made.contains(got.get(0)) ? 1 : 0;
            }
        }
        assertThat(served).as("ranges served from the text's tokens").isGreaterThan(10000);
    }

    @Test
    void aSentenceAndASpeakerPhraseInItAreTheTextsTokensNotNewOnes() {
        String text = "Harga naik. Kepala Dinas Pangan Sukamaju, Rina Wulandari, mengatakan stok aman.";
        SpanTokens shared = SpanTokens.of(text);
        List<Token> all = shared.of(0, text.length());
        List<Token> sentence = shared.of(12, text.length());
        int from = text.indexOf("Kepala");
        int to = text.indexOf(",");

        List<Token> phrase = shared.of(from, to);

        assertThat(phrase).extracting(Token::text).containsExactly("Kepala", "Dinas", "Pangan", "Sukamaju");
        assertThat(phrase.get(0)).isSameAs(sentence.get(0)).isSameAs(all.get(3));
        assertThat(phrase.get(3)).isSameAs(sentence.get(3));
        // a range ending inside a word shares the words before it and makes only the cut one
        List<Token> cut = shared.of(from, text.indexOf("Pangan") + 3);
        assertThat(cut).extracting(Token::text).containsExactly("Kepala", "Dinas", "Pan");
        assertThat(cut.get(1)).isSameAs(sentence.get(1));
        // from inside a word, a range is tokenised afresh
        List<Token> inside = shared.of(from + 1, to);
        assertThat(inside).extracting(Token::text).containsExactly("epala", "Dinas", "Pangan", "Sukamaju");
        assertThat(inside.get(1)).isNotSameAs(sentence.get(1));
        // with none made, every range is made afresh, the same tokens
        List<Token> fresh = SpanTokens.none(text).of(from, to);
        assertThat(shown(fresh)).isEqualTo(shown(phrase));
        assertThat(fresh.get(0)).isNotSameAs(phrase.get(0));
    }
}
