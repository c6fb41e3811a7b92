package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import dev.tilik.rules.RulesLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What dropping the voices that write a denial's negated clause costs, counted (never timed): each denial's negated
 * clauses are read once a side ({@link ClaimWords#negatedClauses}), then each voice of the other side is searched for
 * them — never the denial read again for every voice set against it (a folder of a thousand articles gives sides of
 * hundreds). And what is dropped is what the pair-by-pair reading ({@link #writesNegationOf}) drops. An
 * invented story: a ferry pier closed after a storm.
 */
class DenialClausesCostTest {
    private static final int OTHERS = 300;

    private static Voice voice(String file, String claim, Stance stance) {
        return RestatesCostTest.voice(file, claim, stance);
    }

    @Test
    void aDenialsNegatedClausesAreReadOnceHoweverManyVoicesStandAgainstIt() throws Exception {
        ClaimWords words = ClaimWords.of(RulesLoader.load(Path.of("rules")).languages().values());
        List<Voice> deniers = List.of(
                voice("000_a.txt", "dermaga itu tidak bisa lagi dipakai kapal besar", Stance.DENY),
                voice("001_a.txt", "dermaga dibuka lagi pekan depan", Stance.ASSERT));
        List<Voice> others = new ArrayList<>();
        for (int i = 0; i < OTHERS; i++) {
            others.add(voice(String.format("%03d_b.txt", i), i % 2 == 0
                    ? "kata syahbandar, tidak bisa lagi dipakai kapal besar " + i
                    : "dermaga masih bisa dipakai kapal besar " + i, i % 3 == 0 ? Stance.DENY : Stance.ASSERT));
        }
        List<Voice> pairwise = new ArrayList<>(others);
        pairwise.removeIf(v -> v.statement().stance() != Stance.DENY
                && writesNegationOf(words, deniers.get(0), v));
        long before = words.negatedClausesRead();

        StanceDetector.dropWritingTheDenial(words, deniers, others);

        assertThat(others).as("what the pair-by-pair reading keeps").isEqualTo(pairwise)
                .as("the assertions writing \"tidak bisa lagi dipakai kapal besar\" are dropped")
                .hasSizeBetween(OTHERS / 2, OTHERS - OTHERS / 3 / 2)
                .noneMatch(v -> v.statement().stance() == Stance.ASSERT && v.claimText().contains("tidak bisa lagi"));
        assertThat(words.negatedClausesRead() - before).as("denials' claims read for %d voices", OTHERS).isEqualTo(1L);
    }

    @Test
    void aDenialWithNoClauseLongEnoughDropsNothingAndReadsNoOtherVoice() throws Exception {
        ClaimWords words = ClaimWords.of(RulesLoader.load(Path.of("rules")).languages().values());
        List<Voice> deniers = List.of(voice("000_a.txt", "tidak benar", Stance.DENY));
        List<Voice> others = new ArrayList<>();
        for (int i = 0; i < OTHERS; i++) {
            others.add(voice(String.format("%03d_b.txt", i), "dermaga ditutup, tidak benar " + i, Stance.ASSERT));
        }
        long tokenised = words.claimsTokenised();

        StanceDetector.dropWritingTheDenial(words, deniers, others);

        assertThat(others).as("no clause of four tokens to write again").hasSize(OTHERS);
        assertThat(words.claimsTokenised() - tokenised).as("only the denial is tokenised").isEqualTo(1L);
    }

    @Test
    void aVoiceIsLookedUpOnceAPositionAndLengthHoweverManyDenialsThereAre() throws Exception {
        ClaimWords words = ClaimWords.of(RulesLoader.load(Path.of("rules")).languages().values());
        List<Voice> deniers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            deniers.add(voice(String.format("%03d_a.txt", i), "dermaga itu tidak dipakai kapal nomor " + i,
                    Stance.DENY));
        }
        List<List<String>> each = new ArrayList<>();
        java.util.Set<Integer> lengths = new java.util.HashSet<>();
        for (Voice d : deniers) {
            each.addAll(words.negatedClauses(d));
        }
        each.forEach(c -> lengths.add(c.size()));
        List<Voice> others = new ArrayList<>();
        long tokens = 0;
        for (int i = 0; i < OTHERS; i++) {
            Voice v = voice(String.format("%03d_b.txt", i), i % 10 == 0
                    ? "kata syahbandar, dermaga tidak dipakai kapal nomor " + (i % 200) + " lagi"
                    : "dermaga " + i + " masih dipakai kapal nomor " + i, Stance.ASSERT);
            others.add(v);
            tokens += words.claimTokens(v).size();
        }
        List<Voice> pairwise = new ArrayList<>(others);
        pairwise.removeIf(v -> each.stream().anyMatch(c -> java.util.Collections.indexOfSubList(words.claimTokens(v), c) >= 0));

        ClaimWords.Clauses clauses = StanceDetector.dropWritingTheDenial(words, deniers, others);

        assertThat(each).as("each denial writes its own negated clause").hasSize(200).doesNotHaveDuplicates();
        assertThat(others).as("what the clause-by-clause search keeps").isEqualTo(pairwise).hasSize(OTHERS - OTHERS / 10);
        assertThat(clauses.lookups()).as("stretches of %d voices looked up against 200 clauses", OTHERS)
                .isLessThanOrEqualTo(tokens * lengths.size());
    }

    /** The pair-by-pair reading the side-at-once one must agree with: one denial's clauses against one voice. */
    private static boolean writesNegationOf(ClaimWords words, Voice denial, Voice v) {
        ClaimWords.Clauses clauses = new ClaimWords.Clauses();
        clauses.addAll(words.negatedClauses(denial));
        return clauses.writtenIn(words.claimTokens(v));
    }
}
