package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A firm negation ruling out an intent before its act ("tidak ada niat dari kami untuk menggusur …", "bukan niat kami
 * untuk …") denies in any clause of the claim's own rank, on copy the team wrote in the style of a market relocation
 * (a kind of story none of the development sets is); in a clause of another rank ("…, karena tidak berniat …") it
 * denies nothing. The negation runs to the act it rules out: the act is what it reaches, the intent word part of it,
 * and a firm negation before no verb ("tidak setuju dengan …") is read as before.
 */
class IntentNegationTest {

    private static final String[][] MARKET = {
            {"id", "Ketua paguyuban pedagang, Agus Salim, mengatakan wali kota menutup pasar lama secara sepihak."},
            {"id", "Seorang pedagang sayur, Wati Lestari, mengatakan wali kota menutup pasar lama tanpa musyawarah."},
            {"id", "Wali Kota Sukamaju, Hadi Pranoto, mengatakan dirinya tidak memiliki niat untuk menutup pasar lama."},
            {"id", "Menurut Hadi, pemerintah kota sama sekali tidak bermaksud mengusir pedagang pasar lama."},
            {"id", "Anggota DPRD Sukamaju, Dewi Anggraini, mengatakan fraksinya tidak setuju dengan penutupan pasar lama."},
    };

    private static List<ClaimWords.Word> words(int article) {
        List<ArticleStatements> articles = Extract.articles(MARKET);
        Statement s = articles.get(article).statements().get(0);
        return Extract.claimWords(articles).apply(s).words(s, articles.get(article).document().text());
    }

    @Test
    void theActAnIntentRulesOutIsWhatTheNegationReaches() {
        List<ClaimWords.Word> mayor = words(2);
        assertThat(mayor).as("niat is part of the negation").noneMatch(w -> w.key().equals("niat"));
        assertThat(mayor).filteredOn(w -> w.key().equals("tutup") || w.key().equals("pasar"))
                .as("menutup pasar: reached").hasSize(2).allMatch(ClaimWords.Word::reached);

        List<ClaimWords.Word> city = words(3);
        assertThat(city).noneMatch(w -> w.surface().equals("bermaksud"));
        assertThat(city).filteredOn(w -> w.surface().equals("pedagang")).isNotEmpty().allMatch(ClaimWords.Word::reached);
    }

    @Test
    void aFirmNegationBeforeNoVerbKeepsItsWord() {
        assertThat(words(4)).as("tidak setuju dengan …").anyMatch(w -> w.surface().equals("setuju"));
    }

    @Test
    void theMayorDeniesTheClosureOthersAssert() {
        List<Statement> all = Extract.folder(MARKET);
        Statement mayor = all.stream().filter(s -> s.speaker().contains("Hadi Pranoto")).findFirst().orElseThrow();
        assertThat(mayor.stance()).as("tidak memiliki niat untuk menutup pasar lama").isEqualTo(Stance.DENY);
    }

    @Test
    void anIntentRuledOutInALaterClauseOfTheClaimDenies() {
        Extract.takes(Stance.DENY, "id",
                "\"Saya tegaskan, tidak ada niat dari kami untuk menggusur pedagang pasar lama,\" ujar Kepala Dinas Pasar Sukamaju, Rina Wati.",
                "\"Fokus kami menata pasar, bukan niat kami untuk menggusur pedagang pasar lama,\" kata Kepala Dinas Pasar Sukamaju, Rina Wati.");
    }

    @Test
    void anIntentRuledOutInAClauseOfAnotherRankDeniesNothing() {
        List<Statement> said = Extract.id("Kepala Dinas Pasar Sukamaju, Rina Wati, mengatakan pedagang pindah ke pasar baru "
                + "karena tidak berniat menunggu renovasi pasar lama selesai.");
        assertThat(said).isNotEmpty().allMatch(s -> s.stance() != Stance.DENY);
    }
}
