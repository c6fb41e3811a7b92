package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A person's denial of an act and another side's claim naming the person with that act meet in the denial's
 * proposition, however the clustering weighed the claim's other words; a claim naming the person far from the act's
 * word, or the accused's own words, do not move.
 */
class DeniedActsTest {
    private static final String[][] DARE = {
            {"id", "Bupati Sukamaju, Harjono, membantah tudingan warga.\n"
                    + "\"Saya tidak menantang warga untuk berdemo,\" kata Harjono."},
            {"id", "\"Saya tidak menantang warga,\" ujar Harjono di pendapa."},
            {"id", "Koordinator aksi, Wiryo, mengatakan massa aksi akan mencapai 50 ribu orang di alun-alun, "
                    + "melebihi tantangan Bupati Harjono.\n"
                    + "Juru bicara paguyuban, Lestari, mengatakan massa aksi akan mencapai 50 ribu orang di alun-alun, "
                    + "tantangan bagi polisi yang berjaga, bukan bagi Harjono."},
            {"id", "Kepala Satpol PP, Darmono, mengatakan massa aksi akan mencapai 50 ribu orang di alun-alun.\n"
                    + "Ketua paguyuban pedagang, Sumarni, mengatakan massa aksi akan mencapai 50 ribu orang di alun-alun."},
            {"id", "Seorang peserta, Tukiman, mengatakan massa aksi akan mencapai 50 ribu orang di alun-alun."},
    };

    private static Statement by(List<Statement> all, String speakerPart) {
        return all.stream().filter(s -> s.speaker().contains(speakerPart) && s.stance() != Stance.OTHER)
                .reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void aClaimNamingTheDenierWithTheActMeetsTheDenial() {
        List<Statement> all = Extract.folder(DARE);
        Statement denial = all.stream().filter(s -> s.fileName().startsWith("1_")).findFirst().orElseThrow();
        Statement accuser = by(all, "Wiryo");

        assertThat(denial.stance()).isEqualTo(Stance.DENY);
        assertThat(denial.topic()).isNotNull();
        assertThat(accuser.topic()).as("the regent's challenge, not only the crowd's size").isEqualTo(denial.topic());
        assertThat(accuser.stance()).isEqualTo(Stance.ASSERT);
    }

    @Test
    void aNameFarFromTheActsWordMeetsNothing() {
        List<Statement> all = Extract.folder(DARE);
        Statement denial = all.stream().filter(s -> s.fileName().startsWith("1_")).findFirst().orElseThrow();

        assertThat(by(all, "Lestari").topic()).isNotEqualTo(denial.topic());
        assertThat(by(all, "Darmono").topic()).isNotEqualTo(denial.topic());
    }

    @Test
    void theAccusedIsTheSpeakersLastCapitalisedWordNoPlace() {
        assertThat(DeniedActs.accused("Bupati Sukamaju, Harjono", Set.of())).containsExactly("harjono");
        assertThat(DeniedActs.accused("Kepala Dinas Sukamaju", Set.of("sukamaju"))).isEmpty();
        assertThat(DeniedActs.accused("dia", Set.of())).isEmpty();
    }

    @Test
    void onlyAKeyNoNegationReachesIsIndexedAsAnAct() {
        List<ClaimWords.Word> words = List.of(new ClaimWords.Word("tantang", "menantang", true),
                new ClaimWords.Word("massa", "massa", false, true), new ClaimWords.Word("warga", "warga", false),
                new ClaimWords.Word("tantang", "tantangan", false), new ClaimWords.Word("warga", "warganya", false));

        assertThat(DeniedActs.asserted(words)).containsExactly("warga", "tantang");
        assertThat(DeniedActs.asserted(List.of(new ClaimWords.Word("tolak", "menolak", true)))).isEmpty();
    }

    @Test
    void aClaimsWordsAreSplitAsStringSplitSplitsThem() {
        for (String claim : List.of("Melebihi tantangan Bupati-Harjono, 50 ribu!", "\"Kami siap,\" katanya.", "", "1.000",
                "Dia berkata: «tidak ada» … lagi")) {
            assertThat(DeniedActs.words(claim)).as(claim)
                    .isEqualTo(List.of(claim.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")));
        }
        assertThat(DeniedActs.words("Tantangan Bupati Harjono")).containsExactly("tantangan", "bupati", "harjono");
    }
}
