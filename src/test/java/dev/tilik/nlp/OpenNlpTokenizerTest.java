package dev.tilik.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.bench.StoryCorpus;
import dev.tilik.text.CharSpan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link OpenNlpTokenizer} remembers how each piece of text between white space is cut, and gives
 * OpenNLP's own tokens: the same spans as {@link TokenizerME#tokenizePos} on the same region, on
 * texts of odd pieces (every kind of white space, punctuation glued on, surrogates), on the
 * fixtures and on generated articles, with the pieces met before and met for the first time.
 */
class OpenNlpTokenizerTest {
    private static final String[] PIECES = {"said", "Said", "didn't", "Korea's", "U.S.", "1.500", "Rp43", "18/10", "Suara.com",
        "\"", "“", "”", "'", ",", ".", "...", "(", ")", "-", "—", "e.g.", "a", "I", " ", "  ", "\n", "\t", "\u00A0", "\u2007",
        "\u202F", "\u2028", "\r\n", "😀", "\uD83C", "𝐀", "rt:", "#tag", "@user", "http://x.id/a?b=1", "3,000", "22/10/2024",
        "can't", "won't", "O'Neill", "mid-2024", "re-elected", "Jakarta,", "(AP)", "—said", "x"};
    private static TokenizerModel model;

    @TempDir
    static Path dir;

    @BeforeAll
    static void load() throws IOException {
        model = NlpModels.load().tokens();
    }

    @Test
    void openNlpsTokensOnTextsOfOddPieces() {
        OpenNlpTokenizer remembering = new OpenNlpTokenizer(model);
        TokenizerME plain = new TokenizerME(model);
        Random random = new Random(10);
        for (int n = 0; n < 4_000; n++) {
            StringBuilder sb = new StringBuilder();
            int pieces = 1 + random.nextInt(14);
            for (int k = 0; k < pieces; k++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            int from = random.nextInt(Math.min(3, text.length()) + 1);
            sameTokens(remembering, plain, text, CharSpan.of(from, text.length()));
        }
    }

    @Test
    void openNlpsTokensOnTheFixturesAndGeneratedArticles() throws IOException {
        new StoryCorpus(3).write(dir, 30);
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(Path.of("src/test/resources/fixtures"), Path.of("articles"), dir)) {
            try (Stream<Path> all = Files.walk(folder)) {
                all.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(60);
        OpenNlpTokenizer remembering = new OpenNlpTokenizer(model);
        TokenizerME plain = new TokenizerME(model);
        for (int round = 0; round < 2; round++) {
            for (Path f : files) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                int at = 0;
                for (String line : text.split("\n", -1)) {
                    sameTokens(remembering, plain, text, CharSpan.of(at, at + line.length()));
                    at += line.length() + 1;
                }
            }
        }
    }

    private static void sameTokens(OpenNlpTokenizer remembering, TokenizerME plain, String text, CharSpan region) {
        List<CharSpan> expected = new ArrayList<>();
        for (Span s : plain.tokenizePos(region.coveredText(text))) {
            expected.add(CharSpan.of(region.start() + s.getStart(), region.start() + s.getEnd()));
        }
        assertThat(remembering.tokenize(text, region)).as(region.coveredText(text)).isEqualTo(expected);
    }
}
