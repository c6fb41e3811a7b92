package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two words of one meaning in one language ("pailit", "bangkrut"; "cedera", "luka") are one key, the Indonesian rules'
 * glossary of synonyms, and the English glossary's words translate to that key: a claim saying a thing in one word
 * meets the claims saying it in the other ("mengundurkan diri" and its noun "pengunduran" meet "mundur"). An invented
 * story: a shoe factory closed, a fire in its warehouse, a village head resigned.
 */
class SynonymsTest {

    private static final String[][] FACTORY = {
            {"id", "Kurator Hendra Wijaya mengatakan pabrik sepatu Sinar Jaya pailit sejak Maret."},
            {"id", "Direktur Sinar Jaya Slamet Riyadi membantah pabrik sepatu itu bangkrut."},
            {"en", "Union leader Dedi Kurniawan said the shoe factory went bankrupt."},
            {"id", "Kepala Damkar Rina Wulandari mengatakan tiga pekerja gudang cedera akibat kebakaran."},
            {"id", "Ketua serikat Budi Santoso menyebut empat pekerja gudang luka akibat kebakaran."},
            {"id", "Sekretaris desa Warsito mengatakan kepala desa Sukamaju mengundurkan diri pekan lalu."},
            {"id", "Camat Lestari Handayani membantah kepala desa Sukamaju mundur."},
            {"id", "Pengurus koperasi Yanto mengatakan pengunduran bendahara koperasi diumumkan Senin."},
    };

    /** The keys of the words of {@code articles}' statement {@code at} (article, statement). */
    static List<String> keys(List<ArticleStatements> articles, int article) {
        ArticleStatements a = articles.get(article);
        Statement s = a.statements().get(0);
        return Extract.claimWords(articles).apply(s).words(s, a.document().text()).stream().map(ClaimWords.Word::key).toList();
    }

    /** The keys two statements' claims share. */
    private static java.util.Set<String> shared(List<ArticleStatements> articles, int a, int b) {
        java.util.Set<String> out = new java.util.TreeSet<>(keys(articles, a));
        out.retainAll(keys(articles, b));
        return out;
    }

    @Test
    void wordsOfOneMeaningShareTheirKeyAcrossBothLanguages() {
        List<ArticleStatements> articles = Extract.articles(FACTORY);

        assertThat(shared(articles, 0, 1)).as("\"pabrik sepatu\", and \"pailit\" writes what \"bangkrut\" does").hasSize(3);
        assertThat(shared(articles, 0, 2)).as("English \"bankrupt\" translates to that word").hasSize(1);
        assertThat(shared(articles, 3, 4)).as("\"pekerja gudang … akibat kebakaran\", and \"cedera\" is \"luka\"").hasSize(4);
    }

    @Test
    void aResignationMeetsItsPlainWord() {
        List<ArticleStatements> articles = Extract.articles(FACTORY);

        assertThat(shared(articles, 5, 6)).as("\"mengundurkan\" (diri) is \"mundur\"").contains("mundur");
        assertThat(keys(articles, 7)).as("the noun \"pengunduran\" too").contains("mundur");
    }

    private static final String[][] FISHERS = {
            {"en", "Fisheries officer Agus Salim said rough weather kept the fishing boats away from the islands."},
            {"id", "Kepala dinas perikanan Rudi Hartono membantah cuaca buruk menahan perahu nelayan di pulau itu."},
    };

    @Test
    void theWeatherAndTheIslandsMeetTheirIndonesianWords() {
        List<ArticleStatements> articles = Extract.articles(FISHERS);

        assertThat(shared(articles, 0, 1)).as("\"weather\" is \"cuaca\", \"islands\" are \"pulau\"")
                .contains("cuaca", "pulau");
    }
}
