package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    @Test
    void aMinistryOfAnotherCountryDoesNotInheritAnEarlierMinistrysParty() {
        var s = Extract.id("Kementerian Luar Negeri Korut menyebut laporan itu sebagai kabar bohong.\n"
                + "Kementerian Luar Negeri Tiongkok menolak berkomentar soal laporan tersebut.\n"
                + "Kementerian Luar Negeri Mongolia menolak berkomentar soal laporan tersebut.");

        assertThat(s.get(0).party()).isEqualTo("DPRK");
        assertThat(s.get(1).party()).isEqualTo("CN");
        assertThat(s.get(2).party()).as("a country the rules do not know is not North Korea: the ministry speaks for itself")
                .isEqualTo("Kementerian Luar Negeri Mongolia");
    }

    @Test
    void aTitledOfficialNamedWithoutACountrySpeaksForThePartyThePreviousSentenceOpensWith() {
        var s = Extract.id("Korea Utara pada Kamis (25/10) kembali menanggapi laporan pengiriman pasukan ke Rusia.\n"
                + "\"Jika benar ada pengiriman pasukan, itu sah menurut hukum internasional,\" ujar Wakil Menteri Luar "
                + "Negeri Kim Jong Gyu.");
        var untitled = Extract.id("Korea Utara pada Kamis (25/10) kembali menanggapi laporan pengiriman pasukan.\n"
                + "\"Itu sah menurut hukum internasional,\" ujar Lee Min Ho.");

        assertThat(s).last().extracting(Statement::party).isEqualTo("DPRK");
        assertThat(untitled).last().extracting(Statement::party).as("no title: a passer-by, not an official").isNull();
    }

    @Test
    void aNameWithoutPartyTakesTheSameNamesPartyElsewhereInTheFolder() {
        ArticleStatements a = Extract.article("id", "Wakil Menteri Luar Negeri Korut Kim Jong Gyu membantah laporan "
                + "pengiriman pasukan.");
        ArticleStatements b = Extract.article("id", "Kim Jong Gyu mengatakan pengiriman pasukan itu sah.");
        ArticleStatements c = Extract.article("id", "Analis Park Ji Won menyebut pengiriman pasukan itu nyata.");
        assertThat(b.statements().get(0).party()).isNull();

        List<ArticleStatements> out = new StatementExtractor(Extract.RULES).acrossFolder(List.of(a, b, c));

        assertThat(out.get(1).statements().get(0).party()).isEqualTo("DPRK");
        assertThat(out.get(2).statements().get(0).party()).isNull();
    }
}
