package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnaphoraTest {

    @Test
    void dirinyaTakesTheLatestPersonAndPointsAtThePronoun() {
        String text = "Wakil Menteri Luar Negeri urusan Rusia, Kim Jong Gyu, mengungkapkan bahwa pengiriman pasukan sah.\n"
                + "Dirinya juga menegaskan bahwa keputusan itu di bawah Kementerian Pertahanan.";
        List<Statement> s = Extract.id(text);

        assertThat(s).hasSize(2);
        assertThat(s.get(1).speaker()).isEqualTo("Wakil Menteri Luar Negeri urusan Rusia, Kim Jong Gyu");
        assertThat(s.get(1).speakerSpan().coveredText(text)).isEqualTo("Dirinya");
    }

    @Test
    void aSingularPronounSkipsAGroupButMerekaTakesTheLatest() {
        List<Statement> s = Extract.id("\"Itu fitnah,\" kata Menteri Pertahanan Korut No Kwang Chol.\n"
                + "Korea Selatan menuduh Korut mengirim tentara. Ia menambahkan bahwa tentara itu sudah di Kursk.\n"
                + "Mereka menyebut bahwa tuduhan itu tidak berdasar.");

        assertThat(s.get(2).speaker()).isEqualTo("Menteri Pertahanan Korut No Kwang Chol");
        assertThat(s.get(3).speaker()).isEqualTo("Menteri Pertahanan Korut No Kwang Chol");
    }

    @Test
    void theCliticOfACueAfterAQuotationIsTheLatestSpeaker() {
        List<Statement> s = Extract.id("Kremlin membantah laporan pengiriman senjata.\n"
                + "\"Tidak ada senjata yang dikirim,\" imbuhnya.");

        assertThat(s.get(1).speaker()).isEqualTo("Kremlin");
        assertThat(s.get(1).party()).isEqualTo("RU");
        assertThat(s.get(1).quote()).isTrue();
    }

    @Test
    void aPronounInsideTheClaimIsNotTheSpeaker() {
        Statement s = Extract.id("Kim Jong Gyu membantah laporan itu.\nKim Jong Gyu sendiri menyatakan bahwa ia hanya "
                + "mendengar rumor terkait pengiriman pasukan.").get(1);

        assertThat(s.speaker()).isEqualTo("Kim Jong Gyu");
        assertThat(s.stance()).isEqualTo(Stance.NO_COMMENT);
    }

    @Test
    void aQuotationOverTwoSentencesIsOneSpeakers() {
        List<Statement> s = Extract.id("\"Laporan itu propaganda. Tidak ada prajurit kami yang dikirim,\" "
                + "kata Menteri Pertahanan Korea Utara No Kwang Chol.");

        assertThat(s).hasSize(2).allSatisfy(x -> {
            assertThat(x.speaker()).isEqualTo("Menteri Pertahanan Korea Utara No Kwang Chol");
            assertThat(x.quote()).isTrue();
            assertThat(x.stance()).isEqualTo(Stance.DENY);
        });
    }

    @Test
    void englishHeAndADescriptionMetAgain() {
        List<Statement> s = Extract.en("North Korea's envoy to the United Nations denied the reports.\n"
                + "\"These are baseless rumours,\" the envoy said.\n"
                + "\"Any deployment would be lawful,\" said Kim Jong Gyu, a North Korean vice foreign minister.\n"
                + "He added that the ministry had no role.");

        assertThat(s.get(1).party()).isEqualTo("DPRK");
        assertThat(s.get(2).party()).isEqualTo("DPRK");
        assertThat(s.get(3).speaker()).isEqualTo("Kim Jong Gyu");
        assertThat(s.get(3).party()).isEqualTo("DPRK");
    }
}
