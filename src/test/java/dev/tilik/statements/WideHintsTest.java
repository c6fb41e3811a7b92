package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A lexicon topic the claims of most articles write is where the story is set, not one claim, on copy the team wrote
 * in the style of a blast while expired ammunition was destroyed (every claim writes "amunisi"): a victim's daughter
 * denies her father died scavenging what was left of the ammunition; the army's spokesman says civilians came to
 * scavenge what was left; another officer says the site is routinely used to destroy ammunition. None of them is in a
 * proposition of two. Under the topic alone all three would be one claim, the denial set against the routine use too;
 * told apart by what else they share, the denial meets the claim its own words share, the routine use stays apart, and
 * the topic names neither.
 */
class WideHintsTest {
    private static final String DENIAL = "Anak korban membantah ayahnya meninggal karena ikut memulung sisa amunisi.";
    private static final String SCAVENGING = "Kepala Pusat Penerangan Mayjen Kristomei mengatakan warga sipil datang untuk "
            + "memulung sisa amunisi.";
    private static final String ROUTINE = "Kepala Dinas Penerangan Brigjen Wahyu mengatakan lokasi itu rutin dijadikan tempat "
            + "pemusnahan amunisi afkir.";

    private static List<ClaimWords.Word> words(String... keys) {
        List<ClaimWords.Word> out = new ArrayList<>();
        for (String k : keys) {
            out.add(new ClaimWords.Word(k, k, false));
        }
        return out;
    }

    @Test
    void aWideTopicsClaimsMeetOnlyWhatTheirOwnWordsShare() {
        List<Statement> all = new ArrayList<>();
        Extract.articles(new String[] {"id", DENIAL}, new String[] {"id", SCAVENGING}, new String[] {"id", ROUTINE})
                .forEach(a -> a.statements().forEach(s -> all.add(s.withTopic("weapons"))));
        int denial = RebuttalsBesideTest.index(all, "Anak");
        int scavenging = RebuttalsBesideTest.index(all, "Kristomei");
        int routine = RebuttalsBesideTest.index(all, "Wahyu");
        assertThat(all.get(denial).stance()).isEqualTo(Stance.DENY);

        Map<Integer, List<ClaimWords.Word>> read = new HashMap<>();
        read.put(denial, words("ayah", "tinggal", "ikut", "pulung", "sisa", "amunisi"));
        read.put(scavenging, words("warga", "sipil", "datang", "pulung", "sisa", "amunisi"));
        read.put(routine, words("lokasi", "rutin", "tempat", "pusnah", "amunisi", "afkir"));
        List<List<ClaimWords.Word>> words = new ArrayList<>();
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            words.add(read.get(i));
            Map<String, Double> v = new LinkedHashMap<>();
            read.get(i).forEach(w -> v.put(w.key(), 1.0));
            v.put(Propositions.HINT_KEY + "weapons", 1.0);
            vectors.add(v);
        }
        PropositionGroup[] groupOf = new PropositionGroup[all.size()];
        Set<String> wide = Set.of("weapons");

        WideHints.split(all, i -> true, wide, vectors, words, Set.of("amunisi"), groupOf);

        assertThat(groupOf[denial]).as("the denial meets the claim its words share").isNotNull()
                .isSameAs(groupOf[scavenging]);
        assertThat(groupOf[routine]).as("the routine use shares only the story's word").isNull();
        assertThat(groupOf[denial].hint).as("still the lexicon's, for the passes that leave its propositions alone")
                .isEqualTo("weapons");
        assertThat(WideHints.label(groupOf[denial], wide)).as("named by its own words").doesNotContain("weapons")
                .contains("sisa");
    }

    @Test
    void aDenialMeetsWhatItsNegationReachesNotTheRestOfItsClaim() {
        List<Statement> all = new ArrayList<>();
        Extract.articles(new String[] {"id", "Jenderal Maruli mengatakan warga tidak sampai mengantar amunisi atau alat "
                + "peledak."}, new String[] {"id", "Anggota DPR Hasanuddin mengatakan ternyata ada amunisi yang meledak belakangan."})
                .forEach(a -> a.statements().forEach(s -> all.add(s.withTopic("weapons"))));
        int denial = RebuttalsBesideTest.index(all, "Maruli");
        List<List<ClaimWords.Word>> words = new ArrayList<>();
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            List<ClaimWords.Word> w = i == denial
                    ? List.of(new ClaimWords.Word("warga", "warga", false), new ClaimWords.Word("antar", "mengantar", true, true),
                    new ClaimWords.Word("amunisi", "amunisi", true, true), new ClaimWords.Word("alat", "alat", false),
                    new ClaimWords.Word("ledak", "peledak", false))
                    : words("ternyata", "amunisi", "ledak", "belakang");
            words.add(w);
            Map<String, Double> v = new LinkedHashMap<>();
            w.forEach(x -> v.put(x.key(), 1.0));
            vectors.add(v);
        }
        if (all.get(denial).stance() != Stance.DENY) {
            all.set(denial, all.get(denial).withStance(Stance.DENY, StanceBasis.EVENT_NEGATED));
        }
        PropositionGroup[] groupOf = new PropositionGroup[all.size()];

        WideHints.split(all, i -> true, Set.of("weapons"), vectors, words, Set.of("amunisi"), groupOf);

        assertThat(groupOf).as("the carrying denied is not the explosion").containsOnlyNulls();
    }
}
