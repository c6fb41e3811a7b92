package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A denial said again in its own voice's pair meets the other voice's pair through the one rare word the two share
 * ({@link SharedKeyDenials}). Invented copy (a warehouse fire), no development set's.
 */
class SharedKeyDenialsTest {
    /** The folder's size: the shared word, held by six claims, is rare in it (at most 5 % of 200). */
    private static final int FOLDER = 200;

    private final List<Statement> all = new ArrayList<>();
    private final List<List<ClaimWords.Word>> words = new ArrayList<>();

    SharedKeyDenialsTest() {
        List<ArticleStatements> articles = Extract.articles(
                new String[]{"id", "Ketua Serikat Pekerja Gudang Sukamaju, Joko Susilo, menegaskan tidak ada peringatan dari petugas keamanan. "
                        + "Joko mengatakan api membesar tanpa peringatan dari petugas keamanan."},
                new String[]{"id", "Kepala Dinas Pemadam Kebakaran Kabupaten Sukamaju, Rina Wulandari, mengatakan petugas keamanan memerintahkan karyawan keluar. "
                        + "Rina mengatakan petugas keamanan membunyikan sirene."},
                new String[]{"id", "Kepala Dinas Perhubungan Kabupaten Sukamaju, Budi Santoso, mengatakan petugas keamanan menutup gerbang. "
                        + "Budi mengatakan petugas keamanan berjaga di gerbang."});
        articles.forEach(a -> all.addAll(a.statements()));
        words.add(List.of(word("ingat", true), word("petugas", false), word("aman", false)));
        words.add(List.of(word("api", false), word("besar", false), word("ingat", false), word("petugas", false), word("aman", false)));
        words.add(List.of(word("petugas", false), word("aman", false), word("perintah", false), word("karyawan", false)));
        words.add(List.of(word("petugas", false), word("aman", false), word("bunyi", false), word("sirene", false)));
        words.add(List.of(word("petugas", false), word("aman", false), word("tutup", false), word("gerbang", false)));
        words.add(List.of(word("petugas", false), word("aman", false), word("jaga", false), word("gerbang", false)));
        while (all.size() < FOLDER) {
            all.add(all.get(all.size() - 1));
            words.add(List.of(word("asap", false)));
        }
    }

    @Test
    void aDenialOfOneVoiceMeetsTheOtherVoiceThroughTheRareWordTheyShare() {
        assertThat(all.subList(0, 6)).extracting(Statement::speaker).doesNotContainNull().hasSize(6);
        assertThat(all.get(0).stance()).isIn(Stance.DENY, Stance.ASSERT);
        PropositionGroup worker = group(0, 1);
        PropositionGroup firefighters = group(2, 3);
        PropositionGroup[] groupOf = groupOf(worker, firefighters, worker, firefighters);
        assertThat(worker.oneVoice(all)).isTrue();
        assertThat(firefighters.oneVoice(all)).isTrue();
        assertThat(all.get(0).speaker()).isNotEqualTo(all.get(2).speaker());

        SharedKeyDenials.place(all, words, Set.of(), groupOf);

        assertThat(groupOf[2]).as("the firefighters' account meets the worker's denial").isSameAs(worker);
        assertThat(groupOf[3]).isSameAs(worker);
        assertThat(groupOf[0]).as("the denial stays with its own voice's words").isSameAs(worker);
        assertThat(worker.members).as("no member added: no centroid changes").containsExactly(0, 1);
    }

    @Test
    void aWordTwoOtherPropositionsHoldOrTheFolderCarriesMeetsNothing() {
        PropositionGroup worker = group(0, 1);
        PropositionGroup firefighters = group(2, 3);
        PropositionGroup residents = group(4, 5);
        assertThat(residents.oneVoice(all)).isTrue();
        PropositionGroup[] two = groupOf(worker, firefighters, residents);
        SharedKeyDenials.place(all, words, Set.of(), two);
        assertThat(two[2]).as("two voices elsewhere say the word of two matters").isSameAs(firefighters);

        PropositionGroup[] background = groupOf(worker, firefighters);
        SharedKeyDenials.place(all, words, Set.of("petugas", "aman"), background);
        assertThat(background[2]).as("the folder's background").isSameAs(firefighters);
    }

    @Test
    void aWordBeforeTheNegationIsTheSpeakersSettingNotWhatHeDenies() {
        words.set(0, List.of(word("petugas", false), word("aman", false), word("ingat", true)));
        PropositionGroup worker = group(0, 1);
        PropositionGroup firefighters = group(2, 3);
        PropositionGroup[] groupOf = groupOf(worker, firefighters);
        SharedKeyDenials.place(all, words, Set.of(), groupOf);
        assertThat(groupOf[2]).isSameAs(firefighters);
    }

    private static ClaimWords.Word word(String key, boolean reached) {
        return new ClaimWords.Word(key, key, reached, reached);
    }

    private PropositionGroup group(int... members) {
        return PropositionGroups.of(words, members);
    }

    /** Each pair's two members in order, the padding in no proposition. */
    private PropositionGroup[] groupOf(PropositionGroup... pairs) {
        PropositionGroup[] out = new PropositionGroup[all.size()];
        Arrays.stream(pairs).distinct().forEach(g -> g.members.forEach(m -> out[m] = g));
        return out;
    }
}
