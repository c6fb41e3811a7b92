package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.FindingType;
import dev.tilik.model.Stance;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One quotation, reworded by an outlet, credited to speakers of two different bodies: the uncommon
 * words run in the same order though few word triples are shared. Text written for this test.
 */
class RewordedQuoteTest {
    private static final LocalDate DAY = LocalDate.of(2025, 4, 7);
    private static final String INSPECTOR = "Kami menemukan bukti bahwa kontraktor menerima pembayaran penuh untuk beton "
            + "mutu tinggi, padahal yang dipasang di tiga jembatan itu beton mutu rendah";
    private static final String REWORDED = "Benar ada bukti bahwa kontraktor sudah menerima pembayaran untuk beton mutu "
            + "tinggi, padahal yang datang ternyata beton dengan mutu rendah";

    private static List<Finding> attribution(ArticleStatements... articles) throws Exception {
        return new FindingEngine(RulesLoader.load(Path.of("rules"))).find(List.of(articles)).stream()
                .filter(f -> f.type() == FindingType.ATTRIBUTION).toList();
    }

    private static ArticleStatements quote(String file, String words, String speaker, String party) {
        String text = "\u201C" + words + ",\u201D kata " + speaker + ".";
        return ArticleFixture.article(file, text).published(DAY)
                .say(words, speaker, party, Stance.ASSERT, "beton jembatan").quote().done().build();
    }

    @Test
    void aRewordedQuoteCreditedToAnotherBodyIsFound() throws Exception {
        List<Finding> f = attribution(
                quote("a.txt", INSPECTOR, "Kepala Inspektorat Dedi Kurniawan", "Inspektorat"),
                quote("b.txt", REWORDED, "Direktur PT Karya Beton Rahmat Hidayat", "Karya Beton"));

        assertThat(f).hasSize(1);
        List<Evidence> e = f.get(0).evidence();
        assertThat(e).extracting(Evidence::fileName).containsExactlyInAnyOrder("a.txt", "b.txt");
        assertThat(e.get(0).opposes(e.get(1))).as("one speaker's side against the other's").isTrue();
    }

    @Test
    void oneBodysWordsRewordedByTwoOutletsAreTheSameSource() throws Exception {
        assertThat(attribution(
                quote("a.txt", INSPECTOR, "Kepala Inspektorat Dedi Kurniawan", "Inspektorat"),
                quote("b.txt", REWORDED, "Sekretaris Inspektorat Wahyu Pratama", "Inspektorat"))).isEmpty();
    }

    /** One cleric under an honorific two outlets write otherwise, read for two bodies: one person, not words put in another's mouth. */
    @Test
    void oneNameUnderAnotherTitleAndHonorificIsTheSameSpeaker() throws Exception {
        // a third outlet names him under another title: the short name is then inside two fuller ones
        ArticleStatements other = quote("c.txt", "Santri kami pulangkan dulu ke rumah masing-masing sampai asrama selesai "
                + "diperiksa", "Ketua Yayasan Darul Ulum KH Ahmad Faruq Hamzah", "Yayasan Darul Ulum");
        assertThat(attribution(
                quote("a.txt", INSPECTOR, "KH Ahmad Faruq Hamzah", "KH"),
                quote("b.txt", REWORDED, "Pengasuh Pondok Darul Ulum KHR Ahmad Faruq Hamzah", "Pondok Darul Ulum"), other))
                .isEmpty();
        assertThat(attribution(
                quote("a.txt", INSPECTOR, "KH Ahmad Faruq Hamzah", "KH"),
                quote("b.txt", REWORDED, "Pengasuh Pondok Darul Ulum KHR Umar Faruq Hamzah", "Pondok Darul Ulum"), other))
                .as("another first name: another person").hasSize(1);
    }

    @Test
    void aSpeakerWithNoBodyIsNoOneToSetAgainst() throws Exception {
        assertThat(attribution(
                quote("a.txt", INSPECTOR, "Kepala Inspektorat Dedi Kurniawan", "Inspektorat"),
                quote("b.txt", REWORDED, "Dia", null))).isEmpty();
        assertThat(attribution(
                quote("a.txt", INSPECTOR, "Kepala Inspektorat Dedi Kurniawan", "Inspektorat"),
                quote("b.txt", INSPECTOR, "Ia", null))).as("the very same words, too").isEmpty();
    }

    @Test
    void quotesSharingAFewWordsAreNotTheSameWords() throws Exception {
        assertThat(attribution(
                quote("a.txt", INSPECTOR, "Kepala Inspektorat Dedi Kurniawan", "Inspektorat"),
                quote("b.txt", "Kontraktor sudah menerima pembayaran sesuai kontrak dan semua jembatan kami bangun "
                        + "dengan beton yang diuji laboratorium", "Direktur PT Karya Beton Rahmat Hidayat", "Karya Beton")))
                .isEmpty();
    }

    private static final String TALLY = "Jumlah korban yang sudah dievakuasi dari reruntuhan pasar sekarang 96 orang, dengan rincian "
            + "9 meninggal dunia dan 87 selamat dibawa ke rumah sakit daerah";
    private static final String TALLY_RETOLD = "Dari reruntuhan pasar itu sudah dievakuasi 96 orang dengan rincian 86 selamat, "
            + "9 meninggal dunia, dan satu pulang sendiri dari rumah sakit daerah";

    private static ArticleStatements tally(String file, String words, String speaker, String party, String dead) {
        String text = "\u201C" + words + ",\u201D kata " + speaker + ".";
        return ArticleFixture.article(file, text).published(DAY)
                .say(words, speaker, party, Stance.ASSERT, "korban pasar").quote()
                .number(dead + " meninggal", Double.valueOf(dead), Double.parseDouble(dead), Double.parseDouble(dead),
                        dev.tilik.model.Qualifier.EXACT, "meninggal", "dead")
                .done().build();
    }

    @Test
    void twoOfficesReadingOutOneTallyInTheirOwnWordsCorroborate() throws Exception {
        assertThat(attribution(
                tally("a.txt", TALLY, "Kepala Kantor SAR Kota Rudi Hartono", "Kantor SAR", "9"),
                tally("b.txt", TALLY_RETOLD, "Kepala BPBD Kota Sri Wahyuni", "BPBD", "9"))).isEmpty();
        assertThat(attribution(
                tally("a.txt", TALLY, "Kepala Kantor SAR Kota Rudi Hartono", "Kantor SAR", "9"),
                tally("b.txt", TALLY_RETOLD.replace("9 meninggal", "8 meninggal"), "Kepala BPBD Kota Sri Wahyuni", "BPBD", "8")))
                .as("no one tally in both: the words alone are asked").hasSize(1);
    }
}
