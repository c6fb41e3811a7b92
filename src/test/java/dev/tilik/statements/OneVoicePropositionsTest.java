package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A proposition every member of which is one voice of one article (one official saying one thing twice in one report) is
 * no claim the folder shares: {@link DeniedObjects} reads a denial in it as left, like a claim of its own. Copy the team
 * wrote for invented stories (a quarry road's landslide, a disputed vote count), no development set's.
 */
class OneVoicePropositionsTest {

    private static List<Statement> all(List<ArticleStatements> articles) {
        List<Statement> out = new ArrayList<>();
        articles.forEach(a -> out.addAll(a.statements()));
        return out;
    }

    @Test
    void aPropositionOfOneVoiceInOneArticlePlacesNoClaim() {
        List<Statement> all = all(Extract.articles(
                new String[]{"id", "Kepala Dinas Rina Wulandari mengatakan jalan tambang itu tertutup longsor. "
                        + "Rina mengatakan longsor menutup jalan tambang sejak pagi. "
                        + "Warga bernama Budi Santoso mengatakan longsor menutup jalan desa."},
                new String[]{"id", "Kepala Dinas Rina Wulandari mengatakan jalan tambang itu tertutup longsor."}));
        assertThat(all).hasSize(4);

        PropositionGroup rina = claiming(List.of("longsor"), 0, 1);
        assertThat(rina.oneVoice(all)).as("one official twice in one article").isTrue();
        assertThat(rina.placesClaims(all)).isFalse();

        PropositionGroup twoVoices = claiming(List.of("longsor"), 1, 2);
        assertThat(twoVoices.placesClaims(all)).as("the official and a resident").isTrue();

        PropositionGroup twoArticles = claiming(List.of("longsor"), 0, 3);
        assertThat(twoArticles.placesClaims(all)).as("one official in two reports: a claim two outlets carry").isTrue();

        PropositionGroup alone = claiming(List.of("longsor"), 2);
        assertThat(alone.placesClaims(all)).as("one member is a claim of its own, as before").isFalse();
        assertThat(alone.oneVoice(all)).isFalse();
    }

    /** A proposition of {@code members}, each holding {@code keys} (claimed: outside a negation). */
    private static PropositionGroup claiming(List<String> keys, int... members) {
        PropositionGroup g = new PropositionGroup(null);
        for (int m : members) {
            g.add(m, vector(keys), keys.stream().map(k -> new ClaimWords.Word(k, k, false)).toList());
        }
        return g;
    }

    private static Map<String, Double> vector(List<String> keys) {
        Map<String, Double> v = new LinkedHashMap<>();
        keys.forEach(k -> v.put(k, 1.0));
        return v;
    }

    @Test
    void aDenialInAPropositionOfItsOwnVoiceMeetsTheClaimsOfWhatItDenies() {
        List<Statement> all = all(Extract.articles(
                new String[]{"id", "Saksi Partai Maju, Andi Saputra, mengatakan penggelembungan suara terjadi di gudang logistik."},
                new String[]{"id", "Saksi Partai Damai, Yusuf Hidayat, menyebut penggelembungan suara terjadi di gudang logistik."},
                new String[]{"id", "Ketua KPU Kabupaten Sukamaju, Ratna Dewi, menegaskan tidak ada penggelembungan suara. "
                        + "Ratna mengatakan rapat pleno kecamatan berjalan tertib."}));
        assertThat(all).hasSize(4);
        assertThat(all.get(2).stance()).isEqualTo(dev.tilik.model.Stance.DENY);
        List<String> count = List.of("penggelembungan", "suara", "gudang");
        List<List<ClaimWords.Word>> words = List.of(
                count.stream().map(k -> new ClaimWords.Word(k, k, false)).toList(),
                count.stream().map(k -> new ClaimWords.Word(k, k, false)).toList(),
                List.of(new ClaimWords.Word("penggelembungan", "penggelembungan", true, true),
                        new ClaimWords.Word("suara", "suara", true, true)),
                List.of(new ClaimWords.Word("rapat", "rapat", false), new ClaimWords.Word("pleno", "pleno", false)));
        PropositionGroup witnesses = claiming(count, 0, 1);
        PropositionGroup commission = new PropositionGroup(null);
        commission.add(2, vector(List.of("penggelembungan", "suara")), words.get(2));
        commission.add(3, vector(List.of("rapat", "pleno")), words.get(3));
        PropositionGroup[] groupOf = {witnesses, witnesses, commission, commission};

        DeniedObjects.place(all, words, groupOf);

        assertThat(commission.oneVoice(all)).as("the commission's head twice in one report").isTrue();
        assertThat(groupOf[2]).as("her denial meets the witnesses' claim of what it denies").isSameAs(witnesses);
        assertThat(groupOf[3]).as("her other words stay").isSameAs(commission);
        assertThat(witnesses.members).as("no member added: the proposition is unchanged").containsExactly(0, 1);

        PropositionGroup twoVoices = new PropositionGroup(null);
        twoVoices.add(2, vector(List.of("penggelembungan", "suara")), words.get(2));
        twoVoices.add(0, vector(count), words.get(0));
        PropositionGroup[] shared = {twoVoices, witnesses, twoVoices, commission};
        DeniedObjects.place(all, words, shared);
        assertThat(shared[2]).as("a proposition two voices share keeps its denial").isSameAs(twoVoices);
    }
}
