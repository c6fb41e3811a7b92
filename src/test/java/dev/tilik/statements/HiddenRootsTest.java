package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * "meng-" before a vowel keeps a root opening with a vowel or drops a "k": the folder's passive tells which, on copy the
 * team wrote in the style of a market raid (a kind of story none of the development sets is): one office says its
 * officers "mengamankan" two lorries of fake cooking oil, another that the lorries were "diamankan".
 */
class HiddenRootsTest {

    private static final String[] RAID = {"id", "Kepala Satpol PP Sukamaju, Rina Wulandari, mengatakan petugas "
            + "mengamankan dua truk minyak goreng palsu di pasar induk."};
    private static final String[] POLICE = {"id", "Kapolsek Sukamaju, Tono Sugiarto, mengatakan dua truk minyak goreng "
            + "palsu itu sudah diamankan di gudang."};
    private static final String[] SENT = {"id", "Kepala Dinas Perdagangan, Budi Santoso, mengatakan pedagang mengirim "
            + "minyak goreng lewat truk dari luar kota."};
    private static final String[] ESCORT = {"id", "Kapolsek Sukamaju, Tono Sugiarto, mengatakan polisi mengawal truk "
            + "sitaan itu ke gudang."};
    private static final String[] OPENED = {"id", "Kepala Pasar Induk, Dedi Kurnia, mengatakan razia itu diawali apel "
            + "pagi di halaman kantor."};
    private static final String[] ESCORTED = {"id", "Kepala Satpol PP Sukamaju, Rina Wulandari, mengatakan truk sitaan "
            + "dikawal polisi sampai ke gudang."};

    /** Each word's key after the folder settles hidden roots, by the word as written (lower case). */
    private static Set<String> keysAfter(String written, String[]... articles) {
        List<ArticleStatements> extracted = Extract.articles(articles);
        var languageOf = Extract.claimWords(extracted);
        List<Statement> all = new ArrayList<>();
        List<List<ClaimWords.Word>> words = new ArrayList<>();
        List<Set<String>> answered = new ArrayList<>();
        for (ArticleStatements a : extracted) {
            for (Statement s : a.statements()) {
                all.add(s);
                words.add(languageOf.apply(s).words(s, a.document().text()));
                answered.add(Set.of());
            }
        }
        HiddenRoots.meet(all, words, answered, languageOf);
        Set<String> out = new HashSet<>();
        words.forEach(ws -> ws.stream().filter(w -> w.surface().equalsIgnoreCase(written)).forEach(w -> out.add(w.key())));
        return out;
    }

    @Test
    void theActiveVerbTakesTheRootThePassiveWrites() {
        assertThat(keysAfter("mengamankan", RAID, POLICE)).as("'diamankan' writes the root whole")
                .containsExactlyElementsOf(keysAfter("diamankan", RAID, POLICE));
    }

    @Test
    void withoutThePassiveTheRootKeepsItsLetter() {
        assertThat(keysAfter("mengamankan", RAID, SENT)).containsExactly("kaman");
    }

    @Test
    void aRootTheFolderWritesWithItsLetterKeepsIt() {
        // "diawali" writes a stem "awal" under the passive too, but "dikawal" writes the root with its "k"
        assertThat(keysAfter("mengawal", ESCORT, OPENED, ESCORTED)).as("'dikawal': the k is the root's")
                .containsExactly("kawal");
    }
}
