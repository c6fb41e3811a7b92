package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lack or an inability stated against a proposition of things done, on copy the team wrote about a hill path fenced
 * off (a kind of story none of the development sets is). Two officials say a wire fence was put up on the path; a third
 * says his office cannot put it up, or has no power to: he states what his office lacks, he denies no fencing (rules
 * {@code lacks}). A plain negation of the fencing still denies it.
 */
class LackStatedTest {

    private static final List<String> FENCED = List.of("pasang", "pagar", "kawat");

    /** The claim words the extractor reads in {@code claim} (the whole sentence is the claim, after "mengatakan"). */
    private static List<ClaimWords.Word> words(String claim) {
        return FolderStanceFixtures.words("id", "Kepala balai, Rudi Hartono, mengatakan " + claim);
    }

    private static PropositionGroup fenced() {
        return FolderStanceFixtures.claimedTwice(FENCED);
    }

    private static Statement reported() {
        return FolderStanceFixtures.reported();
    }

    @Test
    void aNegationBeforeAWordOfHavingOrBeingAbleMarksWhatItReachesAsLacked() {
        assertThat(words("pihaknya tidak bisa memasang pagar kawat di jalur itu.")).filteredOn(ClaimWords.Word::reached)
                .isNotEmpty().allMatch(ClaimWords.Word::lacked);
        assertThat(words("pihaknya tidak punya kewenangan memasang pagar kawat.")).filteredOn(ClaimWords.Word::reached)
                .isNotEmpty().allMatch(ClaimWords.Word::lacked);
        assertThat(words("petugas tidak memasang pagar kawat di jalur itu.")).filteredOn(ClaimWords.Word::reached)
                .isNotEmpty().noneMatch(ClaimWords.Word::lacked);
    }

    @Test
    void whatASpeakerCannotDoIsALackNotADenialOfWhatOthersSayWasDone() {
        assertThat(Propositions.relativeStance(reported(), words("pihaknya tidak bisa memasang pagar kawat di jalur itu."),
                fenced()).stance()).isEqualTo(Stance.ASSERT);
        assertThat(Propositions.relativeStance(reported(), words("petugas tidak memasang pagar kawat di jalur itu."),
                fenced()).stance()).as("a plain negation of the fencing still denies it").isEqualTo(Stance.DENY);
    }

    /**
     * A will negated is the speaker's own, as an ability is (rules {@code lacks}: "mau"): a warden who will not put the
     * fence up again denies no fencing others report; a plain negation still does.
     */
    @Test
    void whatASpeakerWillNotDoIsALackNotADenialOfWhatOthersSayWasDone() {
        assertThat(words("sejak kemarin ia tidak mau memasang pagar kawat di jalur itu lagi.")).filteredOn(ClaimWords.Word::reached)
                .isNotEmpty().allMatch(ClaimWords.Word::lacked);
        assertThat(Propositions.relativeStance(reported(), words("sejak kemarin ia tidak mau memasang pagar kawat di jalur itu lagi."),
                fenced()).stance()).isEqualTo(Stance.ASSERT);
        assertThat(Propositions.relativeStance(reported(), words("kami tidak mau memasang pagar kawat di jalur itu."),
                fenced()).stance()).isEqualTo(Stance.ASSERT);
        assertThat(Propositions.relativeStance(reported(), words("sejak kemarin ia tidak memasang pagar kawat di jalur itu lagi."),
                fenced()).stance()).as("a plain negation of the fencing still denies it").isEqualTo(Stance.DENY);
    }

    /** The other folder step ({@link RelativeStance#stance}) reads a lack as a lack too; a plain negation still denies. */
    @Test
    void theOtherFolderStepReadsALackAsALack() {
        java.util.function.Predicate<String> held = k -> FENCED.contains(RelativeStance.root(k)) || FENCED.contains(k);
        assertThat(RelativeStance.stance(reported(), words("pihaknya tidak bisa memasang pagar kawat di jalur itu."),
                held, k -> false, java.util.Set.of()).stance()).isEqualTo(Stance.ASSERT);
        assertThat(RelativeStance.stance(reported(), words("pihaknya tidak punya kewenangan memasang pagar kawat."),
                held, k -> false, java.util.Set.of()).stance()).isEqualTo(Stance.ASSERT);
        assertThat(RelativeStance.stance(reported(), words("petugas tidak memasang pagar kawat di jalur itu."),
                held, k -> false, java.util.Set.of()).stance()).as("a plain negation denies").isEqualTo(Stance.DENY);
    }
}
