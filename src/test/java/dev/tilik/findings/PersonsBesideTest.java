package dev.tilik.findings;

import static dev.tilik.analysis.AnalysisFixtures.document;
import static dev.tilik.analysis.AnalysisFixtures.span;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import dev.tilik.nlp.Document;
import dev.tilik.rules.Rules;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.Statement;
import dev.tilik.text.CharSpan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The story's persons, made once by the first asker whichever threads ask, and read as on one thread (an invented story:
 * a bridge closed for repairs, a regent, a contractor). No sleeps: the askers wait on each other with a deadline.
 * (That the engine runs the persons-free detectors while they are made: {@code SideBySideTest}.)
 */
class PersonsBesideTest {
    private static final long DEADLINE_S = SideBySideTest.DEADLINE_S;

    @Test
    void thePersonsAreMadeOnceWhicheverThreadsAskAndReadAsOnOneThread() throws Exception {
        Rules rules = RulesLoader.load(Path.of("rules"));
        Story alone = story(rules);
        Story shared = story(rules);
        assertThat(shared.personsMade()).as("made by the first asker, not with the story").isFalse();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Persons>> asked = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                asked.add(pool.submit(() -> {
                    SideBySideTest.await(go, "the start");
                    return shared.persons();
                }));
            }
            go.countDown();
            Persons first = asked.get(0).get(DEADLINE_S, TimeUnit.SECONDS);
            for (Future<Persons> f : asked) {
                assertThat(f.get(DEADLINE_S, TimeUnit.SECONDS)).isSameAs(first);
            }
            for (int i = 0; i < alone.voices().size(); i++) {
                assertThat(first.of(shared.voices().get(i))).isEqualTo(alone.persons().of(alone.voices().get(i)));
            }
            assertThat(shared.personsMade()).isTrue();
            assertThat(first.of(shared.voices().get(1))).as("the regent named again by part of his name")
                    .isEqualTo(first.of(shared.voices().get(0))).isNotNull();
        } finally {
            pool.shutdownNow();
        }
    }

    private static Story story(Rules rules) {
        return new Story(articles(), rules.findings(), new Names(rules.parties(), rules.findings()::isGenericSpeaker));
    }

    private static List<ArticleStatements> articles() {
        List<ArticleStatements> out = new ArrayList<>();
        String[][] said = {
            {"Bupati Tanjung Harapan Wira Kusuma", "jembatan ditutup sampai akhir bulan"},
            {"Wira", "perbaikan jembatan selesai tepat waktu"},
            {"Direktur PT Baja Rekayasa Lestari Andini", "material datang terlambat dua minggu"},
        };
        for (int i = 0; i < said.length; i++) {
            String sentence = said[i][0] + " mengatakan " + said[i][1] + ".";
            String text = "Jembatan Kali Rejo Ditutup\n\n" + sentence;
            Document doc = document(String.format("%03d_kabar%d.txt", i, i), text, null);
            CharSpan s = span(text, sentence);
            CharSpan claim = span(text, said[i][1]);
            Statement st = new Statement(doc.fileName() + "#1", doc.fileName(), s, claim, said[i][0], null, null,
                    "mengatakan", null, false, null, Stance.ASSERT, null, List.of(), List.of());
            out.add(new ArticleStatements(doc, List.of(st), List.of()));
        }
        return out;
    }
}
