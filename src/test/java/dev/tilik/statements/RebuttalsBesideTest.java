package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A rebuttal set beside what it answers, on copy the team wrote in the style of a collapsed school roof (a kind of
 * story none of the development sets is): two education officials say the building's upkeep is the foundation's
 * responsibility; in the second report, after the official, the foundation's head rejects putting the damage on the
 * foundation, in words of his own (his reports to the office, unanswered). The clustering is given here as a large
 * folder leaves it — the two officials one proposition, the rebuttal in none —, and the pass reads the rebuttal as that
 * proposition's other side. Told before the claim it would answer, by the claim's own party, or sharing one word with
 * it, it stays apart.
 */
class RebuttalsBesideTest {

    private static final String FIRST = "Kepala Dinas Pendidikan Kabupaten Sukamaju, Hasan Basri, mengatakan perawatan "
            + "gedung sekolah menjadi tanggung jawab yayasan pemilik sesuai peraturan daerah.";
    private static final String OFFICIAL = "Kepala Bidang Sarana Dinas Pendidikan, Tono Sugiarto, mengatakan sesuai "
            + "peraturan daerah itu, perawatan gedung sekolah menjadi tanggung jawab yayasan.";
    private static final String REBUTTAL = "Ketua Yayasan Harapan Bangsa, Rudi Hartono, menolak jika kerusakan gedung "
            + "dibebankan kepada yayasan karena laporan kebocoran atap sudah dikirim ke kantor dinas sejak Januari.";

    private static final List<ClaimWords.Word> UPKEEP = words("perawatan", "gedung", "sekolah", "tanggung", "jawab", "yayasan");
    private static final List<ClaimWords.Word> DAMAGE = words("kerusakan", "gedung", "beban", "yayasan", "laporan", "bocor", "atap");

    private static List<ClaimWords.Word> words(String... keys) {
        List<ClaimWords.Word> out = new ArrayList<>();
        for (String k : keys) {
            out.add(new ClaimWords.Word(k, k, false));
        }
        return out;
    }

    /** The folder's statements, in order: the first report's official, then the second report's two. */
    private static List<Statement> folder(String second) {
        List<Statement> all = new ArrayList<>();
        Extract.articles(new String[] {"id", FIRST}, new String[] {"id", second}).forEach(a -> all.addAll(a.statements()));
        return all;
    }

    /** The index of the statement whose speaker holds {@code speaker}. */
    static int index(List<Statement> all, String speaker) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).speaker().contains(speaker)) {
                return i;
            }
        }
        throw new AssertionError(speaker);
    }

    /** The clustering as a large folder leaves it: the two officials one proposition, the rebuttal in none. */
    private static PropositionGroup[] clustered(List<Statement> all, List<List<ClaimWords.Word>> words) {
        PropositionGroup g = new PropositionGroup(null);
        PropositionGroup[] groupOf = new PropositionGroup[all.size()];
        for (String official : List.of("Hasan", "Tono")) {
            int i = index(all, official);
            Map<String, Double> v = new LinkedHashMap<>();
            words.get(i).forEach(w -> v.put(w.key(), 1.0));
            g.add(i, v, words.get(i));
            groupOf[i] = g;
        }
        return groupOf;
    }

    private static PropositionGroup placed(List<Statement> all, List<ClaimWords.Word> rebuttalWords) {
        List<List<ClaimWords.Word>> words = new ArrayList<>();
        all.forEach(s -> words.add(s.speaker().contains("Rudi") ? rebuttalWords : UPKEEP));
        PropositionGroup[] groupOf = clustered(all, words);
        int secondArticle = index(all, "Hasan") == 0 ? 1 : 0;
        RebuttalsBeside.place(all, words, groupOf, i -> i < secondArticle ? 0 : 1);
        return groupOf[index(all, "Rudi")];
    }

    @Test
    void aRebuttalTakesThePropositionOfTheClaimBesideIt() {
        List<Statement> all = folder(OFFICIAL + "\n\n" + REBUTTAL);
        Statement rebuttal = all.get(index(all, "Rudi"));

        assertThat(rebuttal.stance()).isEqualTo(Stance.DENY);
        assertThat(rebuttal.basis()).as("a denial its cue makes").isEqualTo(StanceBasis.CUE);
        PropositionGroup into = placed(all, DAMAGE);
        assertThat(into).as("the officials' proposition").isNotNull();
        assertThat(into.members).contains(index(all, "Tono")).doesNotContain(index(all, "Rudi"));
    }

    @Test
    void aRebuttalToldFirstOrSharingOneWordStaysApart() {
        assertThat(placed(folder(REBUTTAL + "\n\n" + OFFICIAL), DAMAGE)).as("nothing told before it to answer").isNull();
        assertThat(placed(folder(OFFICIAL + "\n\n" + REBUTTAL), words("kerusakan", "gedung", "laporan", "atap")))
                .as("one word in common").isNull();
    }

    @Test
    void aRebuttalByTheClaimsOwnPartyStaysApart() {
        String own = "Kepala Bidang Sarana Dinas Pendidikan, Rudi Hartono, menolak jika kerusakan gedung dibebankan kepada "
                + "yayasan karena laporan kebocoran atap sudah dikirim ke kantor dinas sejak Januari.";
        List<Statement> all = folder(OFFICIAL + "\n\n" + own);

        assertThat(all.get(index(all, "Rudi")).party()).isEqualToIgnoringCase(all.get(index(all, "Tono")).party());
        assertThat(placed(all, DAMAGE)).as("its own party's claim: no other side").isNull();
    }
}
