package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartyTest {

    private static String party(String language, String sentence) {
        return Extract.one(language, sentence).party();
    }

    @Test
    void longestAliasAndModifiersDoNotCount() {
        assertThat(party("id", "Perwakilan Korea Utara di Perserikatan Bangsa-Bangsa (PBB) membantah klaim ini."))
                .isEqualTo("DPRK");
        assertThat(party("id", "Duta Besar Rusia di Seoul menyebut laporan itu tidak benar.")).isEqualTo("RU");
        assertThat(party("id", "Badan intelijen Korsel menyebut Korut telah mengirimkan pasukan.")).isEqualTo("ROK");
    }

    @Test
    void acronymsMatchOnlyAsWholeCapitalisedWords() {
        assertThat(party("id", "Kelompok Aspirasi Warga menyebut Korut telah mengirimkan pasukan.")).isNull();
        assertThat(party("en", "Officials in Kansas said the troops had arrived.")).isNull();
        assertThat(party("en", "US officials said the troops had arrived.")).isEqualTo("US");
    }

    @Test
    void coSpeakersOfTwoPartiesMakeASortedComposite() {
        assertThat(party("id", "Seoul dan sekutunya, AS, mengklaim Korut telah mengirim senjata.")).isEqualTo("ROK+US");
        assertThat(party("en", "Washington and Seoul accused Pyongyang of sending shells.")).isEqualTo("ROK+US");
        assertThat(party("id", "Kementerian Luar Negeri dan Kementerian Pertahanan Korsel menegaskan hal itu."))
                .isEqualTo("ROK");
    }

    @Test
    void aPersonWithoutAliasTakesTheChannelOrTheSourceOrAnEarlierMention() {
        var s = Extract.id("Melalui kantor berita resmi, Korean Central News Agency (KCNA), Wakil Menteri urusan Rusia, "
                + "Kim Jong Gyu, mengungkapkan bahwa pengiriman pasukan sah.\n"
                + "\"Itu sesuai hukum,\" ujar Kim Jong Gyu.\n"
                + "Kepada Zinoviev, menurut Kementerian Luar Negeri Korsel, Wakil Menteri Kim Hong Kyun menyatakan "
                + "kekhawatiran soal pengiriman pasukan.");

        assertThat(s.get(0).party()).isEqualTo("DPRK");
        assertThat(s.get(0).via()).isEqualTo("KCNA");
        assertThat(s.get(1).party()).isEqualTo("DPRK");
        assertThat(s.get(2).party()).isEqualTo("ROK");
    }
}
