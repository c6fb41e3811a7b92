package dev.tilik.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.ingest.Article;
import dev.tilik.ingest.ArticleParser;
import dev.tilik.ingest.Decoded;
import dev.tilik.rules.LanguageRules;
import dev.tilik.rules.Rules;
import dev.tilik.rules.SentenceRules;
import dev.tilik.text.CharSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class NlpPipelineTest {

    static Document process(String text) throws Exception {
        Article a = new ArticleParser(Samples.rules()).parse("t.txt", new Decoded(text, "UTF-8", List.of()), "0".repeat(64));
        return NlpModels.load().pipeline(Samples.rules()).process(a);
    }

    static List<String> sentences(Document d) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < d.sentences().size(); i++) {
            out.add(d.sentenceText(i));
        }
        return out;
    }

    @Test
    void aShortArticleGetsTheRuleLanguageItClearlyLeansTo() throws Exception {
        // Too short for an open guess: Indonesian only just leads Malay and Sundanese.
        assertThat(process("Korut membantah laporan itu.").language().language()).isEqualTo("id");
        assertThat(process("Seoul mengklaim ada 3.000 tentara di Rusia.").language().language()).isEqualTo("id");
        assertThat(process("Seoul says 3,000 troops are already in Russia.").language().language()).isEqualTo("en");
        assertThat(process("Ok.").language().isKnown()).isFalse();
    }

    @Test
    void theHeadlineIsTheFirstSentenceWhole() throws Exception {
        Document d = process("Korut Bantah Kirim Tentara ke Rusia\nKorea Utara membantah laporan itu. Pyongyang menyebutnya rumor.");
        assertThat(sentences(d)).containsExactly("Korut Bantah Kirim Tentara ke Rusia",
                "Korea Utara membantah laporan itu.", "Pyongyang menyebutnya rumor.");
        assertThat(d.article().headline()).isEqualTo(d.sentences().get(0));
    }

    @Test
    void gluedSentencesAreSplitButBrandNamesAndQuotationsAreNot() throws Exception {
        Document d = process("Putin menyambut Kim di Vladivostok untuk membahas kerja sama dengan RusiaVladimir Putin lalu "
                + "memberi keterangan pers. Warga mengirim pesan lewat WhatsApp ke kantor itu. "
                + "\"Kami tidak tahu. Tanya saja ke PolisiDaerah,\" kata Ahmad.");
        assertThat(sentences(d)).containsExactly(
                "Putin menyambut Kim di Vladivostok untuk membahas kerja sama dengan Rusia",
                "Vladimir Putin lalu memberi keterangan pers.",
                "Warga mengirim pesan lewat WhatsApp ke kantor itu.",
                "\"Kami tidak tahu. Tanya saja ke PolisiDaerah,\" kata Ahmad.");
    }

    @Test
    void abbreviationsFromTheRulesNeverEndASentence() throws Exception {
        Document d = process("Rumah di Jl. Melati No. 3, Kab. Bogor, milik Prof. Hadi dan dr. Sari digeledah. "
                + "Polisi menyita ponsel, laptop, dll. Pemeriksaan berlanjut.");
        assertThat(sentences(d)).containsExactly(
                "Rumah di Jl. Melati No. 3, Kab. Bogor, milik Prof. Hadi dan dr. Sari digeledah.",
                "Polisi menyita ponsel, laptop, dll.", "Pemeriksaan berlanjut.");
    }

    @Test
    void anAbbreviationAddedToTheRulesTakesEffectWithoutARebuild() throws Exception {
        Rules rules = Samples.rules();
        LanguageRules id = rules.forLanguage("id").orElseThrow();
        List<String> more = new ArrayList<>(id.sentences().abbreviations());
        more.add("Dsn.");
        LanguageRules edited = new LanguageRules("id", id.boilerplate(),
                new SentenceRules(more, id.sentences().endingAbbreviations(), id.sentences().joinedWords()),
                id.statements());
        Rules withDsn = new Rules("test", Map.of("id", edited), rules.parties(), rules.findings());
        String text = "Warga Dsn. Krajan melapor ke polisi setempat pada malam hari. Polisi datang.";
        CharSpan all = new CharSpan(0, text.length());
        NlpModels models = NlpModels.load();
        assertThat(models.pipeline(rules).splitterFor("id").split(text, all)).hasSize(3);
        assertThat(models.pipeline(withDsn).splitterFor("id").split(text, all)).hasSize(2);
    }

    @Test
    void englishIsDetectedAndSplitWithTheEnglishModel() throws Exception {
        Document d = process("SEOUL (Reuters) - South Korea's spy agency said on Friday that about 1,500 North Korean "
                + "soldiers were in Russia. Mr. Kim did not comment. The Kremlin declined to deny the report.");
        assertThat(d.language().language()).isEqualTo("en");
        assertThat(d.article().source()).isEqualTo("Reuters");
        assertThat(sentences(d)).containsExactly(
                "South Korea's spy agency said on Friday that about 1,500 North Korean soldiers were in Russia.",
                "Mr. Kim did not comment.", "The Kremlin declined to deny the report.");
    }

    @Test
    void tooLittleTextHasNoLanguage() throws Exception {
        assertThat(process("Halo.").language().language()).isEqualTo(LanguageGuess.UNKNOWN);
    }

    @Test
    void tokensKeepIndonesianNumbersWhole() throws Exception {
        Document d = process("Seoul mengklaim sekitar 1.500 tentara, Rp43 juta, pada Jumat (18/10).");
        Tokenizer t = NlpModels.load().pipeline(Samples.rules()).tokenizer();
        List<String> tokens = t.tokenize(d.text(), d.sentences().get(0)).stream().map(s -> s.coveredText(d.text())).toList();
        assertThat(tokens).contains("1.500", "Rp43", "18/10");
    }

    @Test
    void modelsLoadOnceAndPipelinesRunOnSeveralThreads() throws Exception {
        NlpModels models = NlpModels.load();
        assertThat(NlpModels.load()).isSameAs(models);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Document>> futures = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(() -> models.pipeline(Samples.rules()).process(Samples.document(Samples.DETIK).article())));
            }
            for (Future<Document> f : futures) {
                assertThat(f.get().sentences()).isEqualTo(Samples.document(Samples.DETIK).sentences());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
