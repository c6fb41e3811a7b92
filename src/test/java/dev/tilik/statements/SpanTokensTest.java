package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.text.CharSpan;
import java.util.ArrayList;
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

    /** Sentences at random cuts, some abutting, some with a gap between them, as a splitter and a boilerplate filter leave them. */
    private static List<CharSpan> sentences(Random r, String text) {
        List<CharSpan> out = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int end = Math.min(text.length(), at + 1 + r.nextInt(30));
            if (r.nextInt(4) > 0) {
                out.add(CharSpan.of(at, end));
            }
            at = end + (r.nextBoolean() ? 0 : r.nextInt(3));
        }
        return out;
    }

    private static SpanTokens spanTokens(String text, List<CharSpan> spans, Set<Token> made) {
        List<List<Token>> tokens = new ArrayList<>();
        for (CharSpan s : spans) {
            List<Token> t = List.copyOf(Tokens.of(text, s.start(), s.end()));
            tokens.add(t);
            made.addAll(t);
        }
        return SpanTokens.of(text, spans, tokens);
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
            List<CharSpan> spans = sentences(r, text);
            Set<Token> made = Collections.newSetFromMap(new IdentityHashMap<>());
            SpanTokens shared = spanTokens(text, spans, made);
            for (int k = 0; k < 100; k++) {
                int from = r.nextInt(text.length() + 1);
                int to = Math.min(text.length(), from + r.nextInt(40));
                List<Token> got = shared.of(from, to);
                assertThat(shown(got)).as("[%d, %d) of %s", from, to, text).isEqualTo(shown(Tokens.of(text, from, to)));
                served += !got.isEmpty() && made.contains(got.get(0)) ? 1 : 0;
            }
        }
        assertThat(served).as("ranges served from the sentences' tokens").isGreaterThan(2000);
    }

    @Test
    void aSpeakerPhraseInsideASentenceIsItsSentencesTokensNotNewOnes() {
        String text = "Harga naik. Kepala Dinas Pangan Sukamaju, Rina Wulandari, mengatakan stok aman.";
        CharSpan first = CharSpan.of(0, 11);
        CharSpan second = CharSpan.of(12, text.length());
        List<Token> sentence = List.copyOf(Tokens.of(text, second.start(), second.end()));
        SpanTokens shared = SpanTokens.of(text, List.of(first, second), List.of(List.copyOf(Tokens.of(text, 0, 11)), sentence));
        int from = text.indexOf("Kepala");
        int to = text.indexOf(",");

        List<Token> phrase = shared.of(from, to);

        assertThat(phrase).extracting(Token::text).containsExactly("Kepala", "Dinas", "Pangan", "Sukamaju");
        assertThat(phrase.get(0)).isSameAs(sentence.get(0));
        assertThat(phrase.get(3)).isSameAs(sentence.get(3));
        // a range ending inside a word shares the words before it and makes only the cut one
        List<Token> cut = shared.of(from, text.indexOf("Pangan") + 3);
        assertThat(cut).extracting(Token::text).containsExactly("Kepala", "Dinas", "Pan");
        assertThat(cut.get(1)).isSameAs(sentence.get(1));
        // past its sentence's end, or from inside a word, a range is tokenised afresh
        assertThat(shared.of(5, 20).get(0)).isNotSameAs(sentence.get(0));
        assertThat(shared.of(from + 1, to)).extracting(Token::text).containsExactly("epala", "Dinas", "Pangan", "Sukamaju");
    }
}
