package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilik.model.Stance;
import dev.tilik.rules.RulesLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A claim is tokenised once a voice ({@link ClaimWords#claimTokens}), counted, never timed: every reading of it
 * (its question, content words, whether it refers back, its negated predicate, a restatement — {@link DenialQuestions}
 * and {@link Restatements} reading through the same words) starts from the same
 * tokens, which are what {@link ClaimWords#tokens} reads of the claim's text (an invented story: a ferry pier).
 */
class ClaimTokensTest {
    private static Voice voice(String file, String claim, Stance stance) {
        return RestatesCostTest.voice(file, claim, stance);
    }

    @Test
    void eachClaimIsTokenisedOnceHoweverOftenItIsRead() throws Exception {
        ClaimWords words = ClaimWords.of(RulesLoader.load(Path.of("rules")).languages().values());
        Restatements reading = new Restatements(words);
        DenialQuestions questions = new DenialQuestions(words);
        List<Voice> denials = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            denials.add(voice(String.format("%03d_a.txt", i), "syahbandar tidak akan menutup dermaga " + i, Stance.DENY));
        }
        Voice asked = voice("100_b.txt", "warga meminta dermaga tidak boleh ditutup", Stance.ASSERT);
        for (int round = 0; round < 3; round++) {
            for (Voice d : denials) {
                assertThat(questions.question(d)).as("the closing is asked").contains("menutup");
                assertThat(questions.refersBack(d)).isFalse();
                questions.contentWords(d);
                reading.negatedPredicate(d);
            }
            assertThat(reading.restates(asked, denials)).as("the prohibition says the denial again").isTrue();
        }
        assertThat(words.claimsTokenised()).as("21 claims, each tokenised once, not once a reading").isEqualTo(21L);
    }

    @Test
    void aClaimsTokensAreWhatTheTokeniserReadsOfItsTextAndCannotBeChanged() throws Exception {
        ClaimWords reading = ClaimWords.of(RulesLoader.load(Path.of("rules")).languages().values());
        Voice v = voice("001_a.txt", "\"Kami TIDAK akan menutup dermaga,\" ujar-nya (lagi)", Stance.DENY);
        List<String> t = reading.claimTokens(v);
        assertThat(t).isEqualTo(ClaimWords.tokens(v.claimText()))
                .contains("tidak", "ujar-nya", "(", "\"");
        assertThat(reading.claimTokens(v)).as("the same tokens, shared").isSameAs(t);
        assertThatThrownBy(() -> t.add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void keepingTheAnsweredTokenisesEachClaimOnceForItsQuestionItsReferenceAndItsMatter() throws Exception {
        var rules = RulesLoader.load(Path.of("rules")).languages().values();
        DenialQuestions reading = new DenialQuestions(ClaimWords.of(rules));
        OneQuestion question = new OneQuestion(reading, Matters.of(rules));
        List<Voice> side0 = new ArrayList<>();
        List<Voice> side1 = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            side0.add(voice(String.format("%03d_a.txt", i), "syahbandar tidak akan menutup dermaga " + i, Stance.DENY));
            side1.add(voice(String.format("%03d_b.txt", i), "syahbandar akan menutup dermaga " + i + " pekan depan", Stance.ASSERT));
            side1.add(voice(String.format("%03d_c.txt", i), "warga menjual ikan di dermaga " + i, Stance.ASSERT));
        }
        for (int cluster = 0; cluster < 3; cluster++) {
            List<Voice> kept = new ArrayList<>(side1);
            question.keepAnswered(side0, kept);
            assertThat(kept).as("the closings answer whether it closes, the fish sold do not").hasSize(10)
                    .allMatch(v -> v.fileName().endsWith("_b.txt"));
        }
        assertThat(reading.words().claimsTokenised()).as("30 claims, each tokenised once, not once a reading or a cluster").isEqualTo(30L);
    }

    @Test
    void aMatterReadFromSharedTokensIsReadAsFromItsVoice() throws Exception {
        var rules = RulesLoader.load(Path.of("rules")).languages().values();
        ClaimWords reading = ClaimWords.of(rules);
        Matters matters = Matters.of(rules);
        List<String> claims = List.of("soal penutupan dermaga", "tentang penjualan ikan, kata warga", "dermaga akan ditutup",
                "membahas penutupan dermaga", "");
        for (int i = 0; i < claims.size(); i++) {
            String claim = claims.get(i);
            Voice v = voice(String.format("%03d_m.txt", i), claim, Stance.ASSERT);
            assertThat(matters.namesOnlyItsMatter(reading.claimTokens(v))).as(claim).isEqualTo(matters.namesOnlyItsMatter(v));
        }
        Voice only = voice("002_a.txt", "soal penutupan dermaga", Stance.ASSERT);
        assertThat(matters.namesOnlyItsMatter(reading.claimTokens(only))).as("only the matter named").isTrue();
    }
}
