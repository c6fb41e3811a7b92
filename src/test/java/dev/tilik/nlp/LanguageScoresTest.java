package dev.tilik.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.bench.StoryCorpus;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link LanguageScores} gives what OpenNLP's own {@link LanguageDetectorME} gives — every language,
 * in the same order, with the same probability to the last bit — on the team's fixtures, generated
 * articles in both languages, their sentences and fragments, and texts made to be awkward — with
 * the weights summed through its own n-gram table, not the model's {@code eval}.
 */
class LanguageScoresTest {
    private static LanguageDetectorModel model;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = new BufferedInputStream(NlpModels.class.getResourceAsStream(NlpModels.LANGUAGE_MODEL))) {
            model = new LanguageDetectorModel(in);
        }
    }

    @Test
    void theSameLanguagesAndProbabilitiesAsOpenNlpOnARangeOfTexts(@TempDir Path dir) throws IOException {
        List<String> texts = new ArrayList<>(List.of("", " ", "a", "Ab", "Kim", "iya", "Menurut dia, itu benar.",
                "The ministry denied the report on Tuesday.", "İstanbul'da IŞIK ılık; ΣΊΣΥΦΟΣ ὀδυσσεύς",
                "Straße ẞ ǅ ǈ ﬁ ﬀ", "𝐀𝐁𝐂 𐐀𐐁 𐐨 — Deseret and maths letters", "北朝鮮の声明 한국어 中文 😀 👩\u200d💻 🇮🇩",
                "e\u0301 Z\u0351\u0352 café naïve", "visit https://example.org/a?b=1 or @someone #tagar 12,5 persen 1.000",
                "RT @x: !!! ??? ... ,,, aaaaaaaaaaaaaaaaaaaa bbbbbbbbbbbb", "\u0000\u001b[2J\t\r\n\u202e\ufeff",
                "Москва заявила, что войска не были направлены.", "مصادر قالت إن القوات وصلت", "1 2 3 4 5 6 7 8 9 0"));
        try (Stream<Path> fixtures = Files.walk(Path.of("src/test/resources/fixtures"))) {
            for (Path p : fixtures.filter(p -> p.toString().endsWith(".txt")).toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        for (Path p : new StoryCorpus(3).write(dir, 60)) {
            String article = Files.readString(p, StandardCharsets.UTF_8);
            texts.add(article);
            texts.add(article.repeat(3));
            for (String line : article.split("\n")) {
                texts.add(line);
                texts.add(line.substring(0, line.length() / 3));
            }
        }
        LanguageDetectorME openNlp = new LanguageDetectorME(model);
        LanguageScores ours = new LanguageScores(model);
        assertThat(ours.sumsItself()).as("the n-gram table is used, not the model's eval").isTrue();
        for (String text : texts) {
            Language[] want = openNlp.predictLanguages(text);
            Language[] got = ours.predict(text);
            assertThat(got).as("languages of %s", text).hasSameSizeAs(want);
            for (int i = 0; i < want.length; i++) {
                assertThat(got[i].getLang()).as("rank %d of %s", i, text).isEqualTo(want[i].getLang());
                assertThat(Double.doubleToRawLongBits(got[i].getConfidence())).as("probability at rank %d of %s", i, text)
                        .isEqualTo(Double.doubleToRawLongBits(want[i].getConfidence()));
            }
        }
        assertThat(texts).hasSizeGreaterThan(1000);
    }

    @Test
    void lowerCaseIsOpenNlpsCodePointByCodePoint() {
        assertThat(LanguageScores.lowerCase("ÀB𐐀c")).isEqualTo("àb𐐨c".toCharArray());
        assertThat(LanguageScores.features("abab".toCharArray())).containsExactlyInAnyOrder("a", "b", "ab", "ba", "aba", "bab");
    }
}
