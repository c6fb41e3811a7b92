package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import dev.tilik.text.CharSpan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who is still missing, on copy the team wrote about a river ferry that capsized (a kind of story none of the
 * development sets is). Two officials say the divers found the bodies; a third says three passengers have not yet been
 * found: a state reported (rules {@code stillMissing}), read as "penumpang yang belum ditemukan" is, no denial that
 * anyone was found. A "not yet" before another act ("jembatan belum dibuka") still says the act has not happened.
 */
class StillMissingTest {

    private static final List<String> FOUND = List.of("temu", "jenazah", "penyelam");

    /** The claim words the extractor reads in {@code claim} (the whole sentence is the claim, after "mengatakan"). */
    private static List<ClaimWords.Word> words(String lang, String claim) {
        String text = ("id".equals(lang) ? "Kepala pos, Rudi Hartono, mengatakan " : "Post chief Rudi Hartono said ") + claim;
        List<ArticleStatements> a = Extract.articles(new String[] {lang, text});
        Statement s = a.get(0).statements().get(0);
        return Extract.claimWords(a).apply(s).words(s, a.get(0).document().text());
    }

    private static PropositionGroup found() {
        PropositionGroup g = new PropositionGroup(null);
        for (int m = 0; m < 2; m++) {
            Map<String, Double> v = new LinkedHashMap<>();
            FOUND.forEach(k -> v.put(k, 1.0));
            g.add(m, v, FOUND.stream().map(k -> new ClaimWords.Word(k, k, false)).toList());
        }
        return g;
    }

    private static Statement reported() {
        return new Statement("t.txt#1", "t.txt", new CharSpan(0, 1), new CharSpan(0, 1), "Rudi", new CharSpan(0, 1), null,
                "mengatakan", new CharSpan(0, 1), false, null, Stance.ASSERT, null, List.of(), List.of(), StanceBasis.CUE);
    }

    @Test
    void aNotYetBeforeAWordOfFindingReachesNothing() {
        assertThat(words("id", "tiga penumpang masih belum ditemukan hingga sore ini."))
                .noneMatch(w -> w.pending() || w.reached());
        assertThat(words("id", "tim akan menemui keluarga atas belum ditemukannya tiga penumpang."))
                .noneMatch(w -> w.pending() || w.reached());
        assertThat(words("en", "three passengers have not yet been found."))
                .noneMatch(w -> w.pending() || w.reached());
        assertThat(words("id", "jembatan penyeberangan belum dibuka untuk warga.")).as("another act not yet done")
                .anyMatch(ClaimWords.Word::pending);
    }

    @Test
    void whoIsStillMissingDeniesNoFindingOthersReport() {
        assertThat(Propositions.relativeStance(reported(), words("id", "tiga penumpang masih belum ditemukan penyelam."),
                found()).stance()).isEqualTo(Stance.ASSERT);
        java.util.function.Predicate<String> held = k -> FOUND.contains(RelativeStance.root(k)) || FOUND.contains(k);
        assertThat(RelativeStance.stance(reported(), words("id", "tiga penumpang masih belum ditemukan penyelam."),
                held, k -> false, java.util.Set.of()).stance()).isEqualTo(Stance.ASSERT);
    }
}
