package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import dev.tilik.rules.LanguageRules;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.StanceBasis;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the promise check costs, counted (never timed): a cluster whose denials hold a promise sets each voice of its
 * other side against the denials whose question it answers. Those are found through the denials indexed by question
 * once for the cluster, not by asking every pair, and each denial's words are read for an assurance once however many
 * clusters it sits in. An invented story: a fish-cannery's managers promise it will not close; weeks later the workers
 * say it has closed.
 */
class PromisesCostTest {
    private static final int DENIALS = 40;
    private static final LocalDate JANUARY = LocalDate.of(2025, 1, 10);

    private final Map<Voice, Optional<LocalDate>> dates = new HashMap<>();

    private Voice voice(String file, LocalDate day, String speaker, String claim, Stance stance, StanceBasis basis) {
        ArticleStatements a = ArticleFixture.article(file, speaker + " mengatakan " + claim + ".").published(day)
                .say(claim, speaker, "Pabrik", stance, "pengalengan").basis(basis).done().build();
        Voice v = Voice.of(a.statements().get(0), a, "pengalengan", "Pabrik", false, new HashMap<>());
        dates.put(v, Optional.of(day));
        return v;
    }

    private static Collection<LanguageRules> languages() throws Exception {
        return RulesLoader.load(Path.of("rules")).languages().values();
    }

    @Test
    void eachDenialIsReadOnceAndNoPairIsAsked() throws Exception {
        Promises promises = Promises.of(languages());
        OneQuestion question = new OneQuestion(new DenialQuestions(ClaimWords.of(languages())));
        List<Voice> denials = new ArrayList<>();
        List<Voice> closed = new ArrayList<>();
        for (int i = 0; i < DENIALS; i++) {
            denials.add(voice(String.format("%03d_a.txt", i), JANUARY, "Direktur Hendra Gunawan",
                    "manajemen memastikan tidak akan menutup gudang " + i, Stance.DENY, StanceBasis.EVENT_NEGATED));
            closed.add(voice(String.format("%03d_b.txt", i), JANUARY.plusDays(50), "Ketua serikat Budi Santoso",
                    "gudang " + i + " sudah ditutup", Stance.ASSERT, StanceBasis.CUE));
        }
        Voice sameWeek = voice("999_c.txt", JANUARY.plusDays(3), "Ketua serikat Budi Santoso",
                "gudang pengalengan sudah ditutup", Stance.ASSERT, StanceBasis.CUE);

        Promises.Reading reading = promises.reading();
        for (int cluster = 0; cluster < 3; cluster++) {
            List<Voice> side1 = new ArrayList<>(closed);
            side1.add(sameWeek);
            reading.dropOvertaken(denials, side1, question, v -> dates.get(v), null);
            assertThat(side1).as("seven weeks on, the closure tells what became of the promises; three days on it disagrees")
                    .containsExactly(sameWeek);
        }

        assertThat(promises.claimsRead()).as("each of 40 denials read once, not once per voice it meets in each cluster")
                .isLessThanOrEqualTo(DENIALS);
        assertThat(question.pairsAsked()).as("the denials a voice meets come from the index, not from 3 x 41 x 40 questions")
                .isZero();
    }

    @Test
    void aClusterWithNoPromiseIsNotIndexed() throws Exception {
        Promises promises = Promises.of(languages());
        OneQuestion question = new OneQuestion(new DenialQuestions(ClaimWords.of(languages())));
        Voice plain = voice("a.txt", JANUARY, "Direktur Hendra Gunawan", "tidak ada penutupan gudang",
                Stance.DENY, StanceBasis.EVENT_NEGATED);
        List<Voice> side1 = new ArrayList<>(List.of(voice("b.txt", JANUARY.plusDays(50), "Ketua serikat Budi Santoso",
                "gudang sudah ditutup", Stance.ASSERT, StanceBasis.CUE)));

        assertThat(promises.reading().anyPromise(List.of(plain))).isFalse();
        promises.reading().dropOvertaken(List.of(plain), side1, question, v -> dates.get(v), null);
        assertThat(side1).as("a plain denial is overtaken by nothing").hasSize(1);
    }

    @Test
    void oneRuleServesTheIndexThePairAndTheSideKept() throws Exception {
        OneQuestion question = new OneQuestion(new DenialQuestions(ClaimWords.of(languages())));
        List<Voice> denials = List.of(
                voice("a.txt", JANUARY, "Bupati Rahmat Hidayat", "pemerintah tidak akan membayar ganti rugi lahan",
                        Stance.DENY, StanceBasis.EVENT_NEGATED),
                voice("b.txt", JANUARY, "Bupati Rahmat Hidayat", "klaim tersebut", Stance.DENY, StanceBasis.CUE),
                voice("c.txt", JANUARY, "Camat Yusuf Maulana", "tidak ada penggusuran warga", Stance.DENY,
                        StanceBasis.EVENT_NEGATED),
                voice("d.txt", JANUARY, "Sekda Agus Pratama", "kenaikan pajak lahan tidak benar", Stance.DENY,
                        StanceBasis.DISMISSAL));
        Map<String, List<String>> expected = new java.util.LinkedHashMap<>();
        // b and d, told in a plain "mengatakan", put no question: every claim answers them
        expected.put("pemerintah sudah membayar ganti rugi", List.of("a.txt", "b.txt", "d.txt"));
        expected.put("warga digusur pekan lalu", List.of("b.txt", "c.txt", "d.txt"));
        expected.put("rapat selesai Senin malam", List.of("b.txt", "d.txt"));
        expected.put("hal itu benar", List.of("a.txt", "b.txt", "c.txt", "d.txt"));
        OneQuestion.Among among = question.among(denials);
        Map<String, List<String>> indexed = new java.util.LinkedHashMap<>();
        Map<String, List<String>> pairwise = new java.util.LinkedHashMap<>();
        char file = 'e';
        for (String claim : expected.keySet()) {
            Voice v = voice(file++ + ".txt", JANUARY, "Warga Sri Wahyuni", claim, Stance.ASSERT, StanceBasis.CUE);
            indexed.put(claim, among.answeredBy(v).stream().map(Voice::fileName).toList());
            pairwise.put(claim, denials.stream().filter(d -> question.answers(v, d)).map(Voice::fileName).toList());
        }
        assertThat(indexed).as("the denials each claim answers, in the side's order").isEqualTo(expected);
        assertThat(pairwise).as("asked pair by pair: the same rule").isEqualTo(expected);
    }

    @Test
    void aStanceClusterKeepsItsAnsweringSideThroughTheIndexNotPairByPair() throws Exception {
        OneQuestion question = new OneQuestion(new DenialQuestions(ClaimWords.of(languages())));
        List<Voice> denials = new ArrayList<>();
        List<Voice> side1 = new ArrayList<>();
        for (int i = 0; i < DENIALS; i++) {
            denials.add(voice(String.format("%03d_a.txt", i), JANUARY, "Direktur Hendra Gunawan",
                    "manajemen tidak akan menutup gudang " + i, Stance.DENY, StanceBasis.EVENT_NEGATED));
            side1.add(voice(String.format("%03d_b.txt", i), JANUARY, "Ketua serikat Budi Santoso",
                    i % 2 == 0 ? "gudang " + i + " sudah ditutup" : "rapat serikat selesai malam " + i,
                    Stance.ASSERT, StanceBasis.CUE));
        }
        question.keepAnswered(denials, side1);
        assertThat(side1).as("the closures answer whether a warehouse is closed; the meetings answer nothing asked")
                .hasSize(DENIALS / 2).allMatch(v -> v.claimText().contains("ditutup"));
        assertThat(question.pairsAsked()).as("side 0 indexed once, not 40 x 40 questions").isZero();
    }
}
