package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who is still missing, on copy the team wrote about a river ferry that capsized (a kind of story none of the
 * development sets is). Two officials say the divers found the bodies; a third says three passengers have not yet been
 * found: a state reported (rules {@code stillMissing}), read as "penumpang yang belum ditemukan" is, no denial that
 * anyone was found. A "not yet" before another act ("jembatan belum dibuka") still says the act has not happened.
 */
class StillMissingTest {

    private static final List<String> FOUND = List.of("temu", "jenazah", "penyelam");

    /** The claim words the extractor reads in {@code claim} (the whole sentence is the claim, after the cue). */
    private static List<ClaimWords.Word> words(String lang, String claim) {
        return FolderStanceFixtures.words(lang,
                ("id".equals(lang) ? "Kepala pos, Rudi Hartono, mengatakan " : "Post chief Rudi Hartono said ") + claim);
    }

    private static PropositionGroup found() {
        return FolderStanceFixtures.claimedTwice(FOUND);
    }

    private static Statement reported() {
        return FolderStanceFixtures.reported();
    }

    @Test
    void aNotYetBeforeAWordOfFindingReachesNothing() {
        assertThat(words("id", "tiga penumpang masih belum ditemukan hingga sore ini."))
                .noneMatch(w -> w.pending() || w.reached());
        assertThat(words("id", "posko tetap dibuka atas belum ditemukannya tiga penumpang."))
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
