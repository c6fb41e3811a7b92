package dev.tilik.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tilik.ingest.Article;
import dev.tilik.text.CharSpan;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The whole ingest + NLP stage on the two sample articles, checked against the gold file. */
class SampleArticlesTest {

    @ParameterizedTest
    @ValueSource(strings = {Samples.DETIK, Samples.SUARA})
    void bothSamplesAreIndonesianWithAClearMargin(String file) throws Exception {
        LanguageGuess g = Samples.document(file).language();
        assertThat(g.language()).isEqualTo("id");
        assertThat(g.margin()).isGreaterThan(0.5);
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.DETIK, Samples.SUARA})
    void everyGoldBoilerplateStringLiesInBoilerplate(String file) throws Exception {
        Article a = Samples.document(file).article();
        for (String b : gold(file, "boilerplate")) {
            int at = a.text().indexOf(b);
            assertThat(at).as(b).isNotNegative();
            while (at >= 0) {
                CharSpan span = new CharSpan(at, at + b.length());
                assertThat(a.boilerplate()).as("boilerplate covering \"%s\" at %d", b, at).anyMatch(s -> s.contains(span));
                at = a.text().indexOf(b, at + 1);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.DETIK, Samples.SUARA})
    void everyGoldStatementIsInsideOneSentenceOutsideBoilerplate(String file) throws Exception {
        Document d = Samples.document(file);
        for (String match : gold(file, "statements")) {
            List<String> holding = new ArrayList<>();
            for (int i = 0; i < d.sentences().size(); i++) {
                if (d.sentenceText(i).contains(match)) {
                    holding.add(d.sentenceText(i));
                }
            }
            assertThat(holding).as(match).hasSize(1);
        }
        for (CharSpan s : d.sentences()) {
            assertThat(d.article().touchesBoilerplate(s)).as(s.coveredText(d.text())).isFalse();
        }
    }

    @Test
    void suaraComDatelineIsTheSourceAndNotASentence() throws Exception {
        Document d = Samples.document(Samples.SUARA);
        Article a = d.article();
        assertThat(a.source()).isEqualTo("Suara.com");
        assertThat(a.sourceSpan().coveredText(a.text())).isEqualTo("Suara.com");
        assertThat(d.sentenceText(0)).startsWith("Korea Utara pada Jumat (24/10) menanggapi");
    }

    @Test
    void relatedLinksAndTheirDatesAreCutFromBerita() throws Exception {
        Document d = Samples.document(Samples.SUARA);
        String last = d.sentenceText(d.sentences().size() - 1);
        assertThat(last).endsWith("terbukti benar.");
        assertThat(d.sentences()).noneMatch(s -> s.coveredText(d.text()).contains("2026"));
    }

    @Test
    void detikSentencesKeepNumbersDatesAndQuotesWhole() throws Exception {
        Document d = Samples.document(Samples.DETIK);
        List<String> sentences = texts(d);
        assertThat(sentences).contains(
                "Seoul mengklaim sekitar 1.500 tentara dari pasukan khusus Korut sudah berada di Rusia untuk pelatihan"
                        + " dan penyesuaian diri, dan akan segera dikirimkan ke garis depan pertempuran di Ukraina.",
                "Badan intelijen Korsel, pada Jumat (18/10), menyebut Korut telah mengirimkan pasukan dalam \"skala besar\""
                        + " untuk membantu Rusia.",
                "Klaim ini juga telah dibantah oleh Pyongyang.");
        assertThat(sentences).anyMatch(s -> s.startsWith("Perwakilan Korut di Perserikatan Bangsa-Bangsa (PBB), seperti dilansir AFP,"
                + " Selasa (22/10/2024), menegaskan") && s.endsWith("melawan Kyiv."));
        assertThat(sentences).hasSize(16);
    }

    @Test
    void suaraHasFourteenBodySentences() throws Exception {
        assertThat(Samples.document(Samples.SUARA).sentences()).hasSize(14);
    }

    @Test
    void samplesHaveNoHeadline() throws Exception {
        assertThat(Samples.document(Samples.DETIK).article().headline()).isNull();
        assertThat(Samples.document(Samples.SUARA).article().headline()).isNull();
    }

    private static List<String> texts(Document d) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < d.sentences().size(); i++) {
            out.add(d.sentenceText(i));
        }
        return out;
    }

    private static List<String> gold(String file, String field) throws Exception {
        try (InputStream in = SampleArticlesTest.class.getResourceAsStream("/gold/seeds.json")) {
            JsonNode article = new ObjectMapper().readTree(in).path("articles").path(file);
            List<String> out = new ArrayList<>();
            for (JsonNode n : article.path(field)) {
                out.add(n.isTextual() ? n.asText() : n.path("match").asText());
            }
            assertThat(out).as("gold " + field + " of " + file).isNotEmpty();
            return out;
        }
    }
}
