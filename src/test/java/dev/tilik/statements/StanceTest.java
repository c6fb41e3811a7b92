package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

class StanceTest {

    private static Stance id(String sentence) {
        return Extract.one("id", sentence).stance();
    }

    /** The stance of the {@code index}-th statement of a short article. */
    private static Stance id(String text, int index) {
        return Extract.id(text).get(index).stance();
    }

    private static Stance en(String sentence) {
        return Extract.one("en", sentence).stance();
    }

    @Test
    void decliningToCommentIsNoCommentAndHardToVerifyIsAHedge() {
        Statement china = Extract.one("en", "China's foreign ministry declined to comment on the arms shipments.");
        assertThat(china.stance()).isEqualTo(Stance.NO_COMMENT);
        assertThat(china.party()).isEqualTo("CN");
        assertThat(en("Analysts said the flow of munitions would be hard to verify.")).isEqualTo(Stance.HEDGE);
        assertThat(Extract.one("en", "Kremlin spokesman Dmitry Peskov neither confirmed nor denied the shipments.").speaker())
                .isEqualTo("Kremlin spokesman Dmitry Peskov");
    }

    @Test
    void denialAndItsNegations() {
        assertThat(id("Korea Utara membantah laporan pengiriman tentara.")).isEqualTo(Stance.DENY);
        assertThat(id("Kremlin tidak menyangkal laporan pengiriman tentara.")).isEqualTo(Stance.HEDGE);
        assertThat(id("Kremlin menolak untuk membantah laporan pengiriman tentara.")).isEqualTo(Stance.HEDGE);
        assertThat(id("Kremlin menolak tuduhan pengiriman tentara.")).isEqualTo(Stance.DENY);
        assertThat(en("The Kremlin declined to deny the reports about troops.")).isEqualTo(Stance.HEDGE);
        assertThat(en("The Kremlin did not deny the reports about troops.")).isEqualTo(Stance.HEDGE);
        assertThat(en("Pyongyang denied sending troops.")).isEqualTo(Stance.DENY);
    }

    @Test
    void neitherConfirmNorDenyIsNoComment() {
        assertThat(id("Rusia tidak mengonfirmasi juga tidak membantahnya soal pengiriman pasukan.")).isEqualTo(Stance.NO_COMMENT);
        assertThat(en("Peskov neither confirmed nor denied that troops were in Kursk.")).isEqualTo(Stance.NO_COMMENT);
    }

    @Test
    void conditionalAndHedge() {
        assertThat(id("\"Jika benar ada pengiriman pasukan, itu pasti sesuai hukum,\" ujar Kim.")).isEqualTo(Stance.CONDITIONAL);
        assertThat(id("Kim mengungkapkan bahwa setiap pengiriman pasukan akan dilakukan sesuai hukum."))
                .isEqualTo(Stance.CONDITIONAL);
        assertThat(en("\"If troops were sent, it would be lawful,\" Kim said.")).isEqualTo(Stance.CONDITIONAL);
        assertThat(id("Zelenskyy menyatakan bahwa tentara Korut mungkin saja akan ditugaskan di garis depan."))
                .isEqualTo(Stance.HEDGE);
        assertThat(en("Zelenskyy said North Korean troops might join the fighting.")).isEqualTo(Stance.HEDGE);
    }

    @Test
    void confirmationAndAssertion() {
        assertThat(id("Pejabat Ukraina membenarkan bahwa pasukan Korut terlihat di Kursk.")).isEqualTo(Stance.CONFIRM);
        assertThat(id("Pejabat Ukraina mengakui pasukan Korut terlihat di Kursk.")).isEqualTo(Stance.CONFIRM);
        assertThat(id("Pejabat Ukraina mengonfirmasi pasukan Korut terlihat di Kursk.")).isEqualTo(Stance.CONFIRM);
        assertThat(id("Seoul mengklaim sekitar 1.500 tentara sudah berada di Rusia.")).isEqualTo(Stance.ASSERT);
        assertThat(id("Seoul menuduh Korut mengirim senjata.")).isEqualTo(Stance.ASSERT);
        assertThat(en("Seoul accused Pyongyang of sending weapons.")).isEqualTo(Stance.ASSERT);
    }

    @Test
    void aClaimNegatingTheEventOrDismissingItIsADenialUnderANeutralCue() {
        assertThat(id("Perwakilan Korut menegaskan negaranya tidak pernah mengirimkan tentara ke Rusia.")).isEqualTo(Stance.DENY);
        assertThat(id("Pyongyang menyebut klaim itu sebagai \"rumor yang tidak berdasar\".")).isEqualTo(Stance.DENY);
        assertThat(id("Mereka menyebut bahwa isu tersebut hanyalah spekulasi tanpa bukti konkret.")).isEqualTo(Stance.DENY);
        assertThat(en("The envoy said the reports were baseless.")).isEqualTo(Stance.DENY);
        assertThat(id("Korut menegaskan tidak mengirim tentara.\nKim menegaskan bahwa negaranya tidak pernah mengadakan pesta.", 1))
                .as("beside a topic the rules know, a negated claim off that topic is no denial of it").isEqualTo(Stance.OTHER);
    }

    @Test
    void aNeutralClaimOffTheArticlesTopicIsOtherAndAloneAssertsItsOwnProposition() {
        assertThat(id("Korut menegaskan tidak mengirim tentara.\nKim menegaskan bahwa keputusan semacam itu berada di bawah "
                + "Kementerian Pertahanan.", 1)).isEqualTo(Stance.OTHER);
        assertThat(id("Kim menegaskan bahwa keputusan semacam itu berada di bawah Kementerian Pertahanan."))
                .as("no topic lexicon speaks to the article: the claim names its own proposition").isEqualTo(Stance.ASSERT);
    }

    @Test
    void everydayHedgesAndDismissalsOfNewsCopy() {
        assertThat(id("Rina mengatakan jumlah korban kemungkinan bertambah.")).isEqualTo(Stance.HEDGE);
        assertThat(id("Kepala dinas itu mengatakan jumlah pengungsi masih bisa bertambah.")).isEqualTo(Stance.HEDGE);
        assertThat(id("\"Nampaknya pintu air sudah rusak sejak pagi,\" ujar Rina.")).isEqualTo(Stance.HEDGE);
        assertThat(id("Anton menegaskan kabar pemecatan itu tidak sesuai dengan apa yang diputuskan direksi."))
                .isEqualTo(Stance.DENY);
        assertThat(id("Anton menegaskan kebakaran gudang tidak ada kaitannya dengan sengketa lahan.")).isEqualTo(Stance.DENY);
        assertThat(en("The police said the driver was apparently unaware of the fault.")).isEqualTo(Stance.HEDGE);
    }

    @Test
    void aStoryCalledFalseNewsIsDeniedButFalseNewsSpokenOfIsNot() {
        assertThat(id("Camat itu menegaskan kabar jembatan ambruk merupakan berita bohong.")).isEqualTo(Stance.DENY);
        assertThat(id("Lurah menyatakan foto banjir yang beredar itu informasi palsu.")).isEqualTo(Stance.DENY);
        assertThat(id("Lurah menyebut kabar itu sebagai berita palsu.")).isEqualTo(Stance.DENY);
        assertThat(id("Kapolsek menegaskan polisi akan menindak tegas terhadap penyebaran informasi palsu di grup warga."))
                .as("false news spoken of, no claim called false").isNotEqualTo(Stance.DENY);
        assertThat(en("The mayor said the city would act against fake news about the flood.")).isNotEqualTo(Stance.DENY);
    }
}
