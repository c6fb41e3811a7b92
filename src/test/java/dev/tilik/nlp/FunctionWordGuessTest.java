package dev.tilik.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.bench.StoryCorpus;
import dev.tilik.ingest.Article;
import dev.tilik.ingest.FolderLoader;
import dev.tilik.ingest.Progress;
import dev.tilik.language.LanguageProfiles;
import dev.tilik.text.CharSpan;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text whose function words settle its language is not given to the detector, and the language it
 * is given is the one the detector's way gives (the guess, then the guess among the covered languages):
 * on every article of the fixtures, the sample articles and 300 generated ones, nearly all of them
 * settled. A short text, a mixed one and one in a language without rules are left to the detector.
 */
class FunctionWordGuessTest {
    private static LanguageDetectorModel model;
    private static LanguageProfiles profiles;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = new BufferedInputStream(NlpModels.class.getResourceAsStream(NlpModels.LANGUAGE_MODEL))) {
            model = new LanguageDetectorModel(in);
        }
        profiles = LanguageProfiles.of(Samples.rules());
    }

    /** The language the pipeline takes for {@code text}: the guess, else the guess among the covered languages. */
    private static String language(OpenNlpLanguageGuesser g, CharSequence text) {
        LanguageGuess l = g.guess(text);
        if (!profiles.covers(l.language())) {
            LanguageGuess among = g.guessAmong(text, profiles.coveredCodes());
            if (among.isKnown()) {
                return among.language();
            }
        }
        return l.language();
    }

    private static List<String> bodies(Path folder) throws Exception {
        List<String> out = new ArrayList<>();
        for (Article a : FolderLoader.load(folder, Samples.rules(), Progress.NONE).articles()) {
            StringBuilder body = new StringBuilder();
            for (CharSpan r : NlpPipeline.bodyRegions(a)) {
                body.append(a.text(), r.start(), r.end()).append('\n');
            }
            out.add(body.toString());
        }
        return out;
    }

    @Test
    void everyArticleSettledIsInTheLanguageTheDetectorGives(@TempDir Path dir) throws Exception {
        List<String> texts = new ArrayList<>(bodies(Path.of("articles")));
        try (Stream<Path> fixtures = Files.list(Path.of("src/test/resources/fixtures"))) {
            for (Path f : fixtures.sorted().toList()) {
                texts.addAll(bodies(f));
            }
        }
        new StoryCorpus(1).write(dir, 300);
        texts.addAll(bodies(dir));
        FunctionWordGuess words = FunctionWordGuess.of(profiles);
        OpenNlpLanguageGuesser detector = new OpenNlpLanguageGuesser(model);
        OpenNlpLanguageGuesser settling = new OpenNlpLanguageGuesser(model, words);
        int settled = 0;
        for (String t : texts) {
            assertThat(language(settling, t)).as(t).isEqualTo(language(detector, t));
            settled += words.settle(t).isPresent() ? 1 : 0;
        }
        assertThat(texts).hasSizeGreaterThan(350);
        assertThat(settled).isGreaterThan(texts.size() * 9 / 10);
    }

    @Test
    void clearProseIsSettledAndAShortMixedOrOtherTextIsNot() {
        FunctionWordGuess words = FunctionWordGuess.of(profiles);
        String id = "Kepala dinas mengatakan bahwa jalan yang rusak itu akan diperbaiki pada bulan depan, dan warga "
                + "diminta untuk tetap berhati-hati ketika melintas di sana. Menurut dia, anggaran untuk perbaikan sudah "
                + "disiapkan sejak awal tahun, tetapi pekerjaan baru bisa dimulai setelah musim hujan berakhir. Ia juga "
                + "meminta agar para pengendara tidak memacu kendaraan terlalu cepat di jalan itu.";
        String en = "The head of the agency said that the damaged road would be repaired next month, and residents were "
                + "asked to remain careful when they pass through the area. According to him, the budget for the repairs "
                + "has been ready since the start of the year, but the work can only begin after the rainy season is over. "
                + "He also asked that drivers do not drive too fast on the road.";
        assertThat(words.settle(id)).contains("id");
        assertThat(words.settle(en)).contains("en");
        assertThat(words.settle("Kepala dinas mengatakan jalan itu akan diperbaiki.")).isEmpty();
        assertThat(words.settle(en + "\n" + id)).isEmpty();
        assertThat(words.settle("Le directeur de l'agence a déclaré que la route endommagée serait réparée le mois "
                + "prochain, et les habitants ont été priés de rester prudents lorsqu'ils traversent la zone. Selon lui, le "
                + "budget des réparations est prêt depuis le début de l'année, mais les travaux ne pourront commencer "
                + "qu'après la saison des pluies.")).isEmpty();
        assertThat(words.codes()).containsExactly("en", "id");
    }

    @Test
    void aSettledTextIsNotScoredByTheModel() throws IOException {
        String id = "Kepala dinas mengatakan bahwa jalan yang rusak itu akan diperbaiki pada bulan depan, dan warga "
                + "diminta untuk tetap berhati-hati ketika melintas di sana. Menurut dia, anggaran untuk perbaikan sudah "
                + "disiapkan sejak awal tahun, tetapi pekerjaan baru bisa dimulai setelah musim hujan berakhir.";
        LanguageGuess g = new OpenNlpLanguageGuesser(model, FunctionWordGuess.of(profiles)).guess(id);
        assertThat(g).isEqualTo(new LanguageGuess("id", 1.0, 1.0));
        assertThat(new OpenNlpLanguageGuesser(model).guess(id).language()).isEqualTo("id");
    }
}
