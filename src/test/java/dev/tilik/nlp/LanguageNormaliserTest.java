package dev.tilik.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.bench.StoryCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link LanguageNormaliser} gives what OpenNLP's chain of normalisers gives, character for
 * character: on texts made of the characters its scans look for (so that every expression matches
 * somewhere, or nearly), on the fixtures and on generated articles.
 */
class LanguageNormaliserTest {
    private static final CharSequenceNormalizer OPEN_NLP = new AggregateCharSequenceNormalizer(
            EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
            TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
            ShrinkCharSequenceNormalizer.getInstance());
    private static final String[] PIECES = {"h", "H", "j", "J", "a", "A", "e", "i", "o", "u", "U", "x", "X", ":", ";", "-",
        "(", ")", "d", "D", "o", "p", "P", "r", "R", "t", "T", " ", "  ", "\n", "\t", "#", "@", "1", "42", "http", "https://",
        "://", ".", "/", "b", "s", "z", "é", "İ", "K", "\u212A", "😀", "\uD83C", "\uDC00", "𝐀", "\u2028", "\r", "rt ", "RT:",
        "haha", "hehe", "jaja", "hah", ":-)", ";p", "xD", "aaa", "...", "user@mail.id", "#tagar", "www.x.id"};

    private final LanguageNormaliser normaliser = new LanguageNormaliser();

    @Test
    void theSameTextAsOpenNlpsChainOnTextsMadeOfWhatItsExpressionsMatch() {
        Random random = new Random(10);
        int skippedSome = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder();
            int pieces = 1 + random.nextInt(12);
            for (int k = 0; k < pieces; k++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            assertThat(normaliser.normalize(text).toString()).as(text).isEqualTo(OPEN_NLP.normalize(text).toString());
            if (!LanguageNormaliser.mayHoldTwitter(text) || !LanguageNormaliser.mayHoldUrl(text)) {
                skippedSome++;
            }
        }
        assertThat(skippedSome).as("texts where a normaliser was skipped").isGreaterThan(10_000);
    }

    @Test
    void theSameTextAsOpenNlpsChainOnArticles(@TempDir Path dir) throws IOException {
        List<String> texts = new ArrayList<>(List.of("", " ", "The ministry denied the report. Hahaha, he said: RT no.",
                "Visit https://example.org/a?b=1 or mail a.b@c.id #tagar 12,5 persen 1.000 :-) xD"));
        try (Stream<Path> fixtures = Files.walk(Path.of("src/test/resources/fixtures"))) {
            for (Path p : fixtures.filter(p -> p.toString().endsWith(".txt")).toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        for (Path p : new StoryCorpus(7).write(dir, 120)) {
            texts.add(Files.readString(p, StandardCharsets.UTF_8));
        }
        for (String text : texts) {
            assertThat(normaliser.normalize(new StringBuilder(text)).toString()).isEqualTo(OPEN_NLP.normalize(new StringBuilder(text)).toString());
            for (String line : text.split("\n")) {
                assertThat(normaliser.normalize(line).toString()).isEqualTo(OPEN_NLP.normalize(line).toString());
            }
        }
    }
}
