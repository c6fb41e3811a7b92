package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stance through opposite words (rules {@code opposites}), on copy the team wrote in the style of a bridge
 * inspection, a river said to be polluted by a factory and a city's tap water after a flood (kinds of story
 * none of the development sets is). A negated word of one side says what a plain word of the other says:
 * "tidak ada indikasi kerusakan" is the inspector's own "laik dilalui", no denial of it; "tidak laik" and
 * "rusak" deny it; where the first to take a side said the river was polluted, "air sungai tetap bersih"
 * and "sungai tidak tercemar" deny that, with no denying cue.
 */
class OppositeSidesTest {

    private static final String[][] BRIDGE = {
            {"id", "Kepala Dinas Pekerjaan Umum Kota Sukamaju, Hendra Wijaya, mengatakan jembatan gantung Cibeureum "
                    + "laik dilalui kendaraan roda dua setelah pemeriksaan pekan lalu."},
            {"id", "Hendra Wijaya menegaskan tidak ada indikasi kerusakan pada jembatan gantung Cibeureum sehingga "
                    + "jembatan gantung itu laik dilalui kendaraan roda dua."},
            {"id", "Ahli struktur dari Universitas Sukamaju, Rina Marlina, mengatakan jembatan gantung Cibeureum "
                    + "tidak laik dilalui kendaraan roda dua."},
            {"id", "Ketua RT setempat, Budi Santoso, mengatakan kabel jembatan gantung Cibeureum rusak dan "
                    + "kendaraan roda dua tetap melintas setiap hari."},
    };

    private static final String[][] RIVER = {
            {"id", "Ketua kelompok tani, Darto Sumarno, mengatakan limbah pabrik tahu mencemari Sungai Cikaso "
                    + "sejak bulan lalu."},
            {"id", "Warga Desa Mekarsari, Iwan Setiawan, mengatakan limbah pabrik tahu mencemari Sungai Cikaso "
                    + "dan ikan mati."},
            {"id", "Pemilik pabrik tahu, Yanto Saputra, mengatakan air Sungai Cikaso tetap bersih dari limbah pabrik tahu."},
            {"id", "Kepala Desa Mekarsari, Sri Lestari, mengatakan Sungai Cikaso tidak tercemar limbah pabrik tahu."},
    };

    private static final String[][] WATER = {
            {"en", "The city water utility director, Maria Santos, said the tap water in Eastfield is safe to drink "
                    + "after the flood."},
            {"en", "Maria Santos said the tap water in Eastfield is safe to drink and the pipes were flushed."},
            {"en", "The health office head, Dewi Anggraini, said the tap water in Eastfield is not safe to drink "
                    + "after the flood."},
            {"en", "A university chemist, Joko Susilo, said the tap water in Eastfield is dangerous to drink after the flood."},
    };

    /** A factory's spokesman dismissing a report in three outlets: what was said untrue, on no scale. */
    private static final String[][] REPORT = {
            {"id", "Juru bicara PT Sumber Makmur, Andi Pratama, mengatakan kabar penutupan pabrik tahu di Cikaso "
                    + "tidak sesuai dengan kenyataan."},
            {"id", "Andi Pratama menegaskan kabar penutupan pabrik tahu di Cikaso tidak sesuai dengan kenyataan."},
            {"id", "Menurut Andi Pratama, kabar penutupan pabrik tahu di Cikaso tidak sesuai dengan kenyataan."},
    };

    private static Statement by(List<Statement> all, String speaker, int nth) {
        return all.stream().filter(s -> s.speaker().contains(speaker)).skip(nth).findFirst().orElseThrow();
    }

    @Test
    void aNegatedOppositeOfWhatTheFirstClaimedIsThatClaimNotADenial() {
        List<Statement> all = Extract.folder(BRIDGE);
        Statement office = by(all, "Hendra", 0);
        Statement again = by(all, "Hendra", 1);
        Statement expert = by(all, "Rina", 0);

        assertThat(again.topic()).as("one proposition: the bridge fit to use").isNotNull().isEqualTo(office.topic());
        assertThat(expert.topic()).isEqualTo(office.topic());
        assertThat(office.stance()).isEqualTo(Stance.ASSERT);
        assertThat(again.stance()).as("tidak ada indikasi kerusakan … laik").isEqualTo(Stance.ASSERT);
        assertThat(expert.stance()).as("tidak laik").isEqualTo(Stance.DENY);
    }

    @Test
    void aPlainWordOnTheOtherSideDeniesWhatTheFirstClaimed() {
        List<Statement> all = Extract.folder(RIVER);
        Statement farmers = by(all, "Darto", 0);
        Statement owner = by(all, "Yanto", 0);
        Statement head = by(all, "Sri", 0);

        assertThat(owner.topic()).as("one proposition: the river polluted").isNotNull().isEqualTo(farmers.topic());
        assertThat(farmers.stance()).isEqualTo(Stance.ASSERT);
        assertThat(owner.stance()).as("tetap bersih").isEqualTo(Stance.DENY);
        assertThat(owner.basis()).isEqualTo(StanceBasis.OPPOSITE);
        assertThat(head.stance()).as("tidak tercemar").isEqualTo(Stance.DENY);
    }

    @Test
    void aDismissalsOwnWordOfAScaleTakesNoSide() {
        List<Statement> all = Extract.folder(REPORT);
        Statement first = by(all, "Andi", 0);
        Statement second = by(all, "Andi", 1);
        Statement third = by(all, "Andi", 2);

        assertThat(second.topic()).as("one proposition: the report").isNotNull().isEqualTo(first.topic());
        assertThat(third.topic()).isEqualTo(first.topic());
        assertThat(List.of(first.stance(), second.stance(), third.stance()))
                .as("tidak sesuai dengan kenyataan dismisses the report, it asserts no breach")
                .containsOnly(Stance.DENY);
    }

    @Test
    void theSameInEnglish() {
        List<Statement> all = Extract.folder(WATER);
        Statement utility = by(all, "Maria", 0);
        Statement health = by(all, "Dewi", 0);
        Statement chemist = by(all, "Joko", 0);

        assertThat(health.topic()).isNotNull().isEqualTo(utility.topic());
        assertThat(utility.stance()).isEqualTo(Stance.ASSERT);
        assertThat(health.stance()).as("not safe").isEqualTo(Stance.DENY);
        assertThat(chemist.stance()).as("dangerous").isEqualTo(Stance.DENY);
    }

    @Test
    void aClaimsSideIsItsWordsSideTurnedOverByANegation() {
        List<ArticleStatements> articles = Extract.articles(BRIDGE);
        var words = Extract.claimWords(articles);
        Statement expert = articles.get(2).statements().get(0);
        Statement office = articles.get(1).statements().get(0);

        assertThat(OppositeSides.side(words.apply(expert).words(expert, articles.get(2).document().text()), words.apply(expert)))
                .as("tidak laik").isEqualTo(-1);
        assertThat(OppositeSides.side(words.apply(office).words(office, articles.get(1).document().text()), words.apply(office)))
                .as("tidak ada indikasi kerusakan … laik").isEqualTo(1);
    }
}
