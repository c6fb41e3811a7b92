package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One person, two offices, on a story the team wrote (a fish market closed in an invented regency, Sukamaju; every
 * name invented): a minister who also chairs a party or a volunteer group is met again in the same article by an
 * epithet naming that other office ("Ketum Relawan Maju itu", "Politikus Partai Maju ini", "added the General Chair of
 * the Maju Party"). The epithet is the person already named, and the statement speaks for the office the article
 * named them by, not for the party the epithet mentions.
 */
class EpithetSpeakersTest {

    private static final String DEFINED = "Kementerian Kelautan dan Perikanan (KKP) menutup pasar ikan Sukamaju.";
    /** The minister met again by one word of the name, then the epithet naming the party they also serve. */
    private static final String POLITICIAN = "Darmawan menyampaikan bahwa kementerian sudah memeriksa gudang pendingin. "
            + "Politikus Partai Maju ini berdalih bahwa pasar ditutup sesuai aturan yang berlaku.";

    /** The statement of the second article whose claim holds {@code words}, after the folder pass. */
    private static Statement saying(String language, String text, String words) {
        List<ArticleStatements> in = List.of(Extract.article("id", DEFINED), Extract.article(language, text));
        List<Statement> out = new StatementExtractor(Extract.RULES).acrossFolder(in).get(1).statements();
        return out.stream().filter(s -> s.claim().coveredText(text).contains(words)).findFirst().orElseThrow(
                () -> new AssertionError("no statement saying " + words + " in " + out));
    }

    @Test
    void aChairOfAVolunteerGroupNamedByAnAbbreviatedTitleIsTheMinisterMetBefore() {
        String[] sentences = {"Menteri Kelautan dan Perikanan, Darmawan Sakti, mengatakan pasar ikan Sukamaju ditutup.",
            "\"Kami sudah memeriksa gudang pendingin,\" kata Darmawan, Senin.",
            "Ketum Relawan Maju itu mengungkapkan bahwa harga ikan akan turun pekan depan."};
        Statement epithet = saying("id", String.join(" ", sentences), "harga ikan");
        assertThat(epithet.speaker()).contains("Darmawan");
        assertThat(epithet.party()).isEqualTo("KKP");
    }

    @Test
    void aPoliticianOfAPartyNamedWithADemonstrativeIsTheMinisterMetBefore() {
        Statement epithet = saying("id", "Menteri Kelautan dan Perikanan, Darmawan Sakti, mengatakan pasar ikan Sukamaju "
                + "ditutup. " + POLITICIAN, "sesuai aturan");
        assertThat(epithet.party()).isEqualTo("KKP");
    }

    @Test
    void anEnglishOfficeOfAPartyAfterAQuotationIsTheMinisterWhoSpokeBefore() {
        String text = String.join(" ",
                "Marine Affairs and Fisheries Minister Darmawan Sakti said the Sukamaju fish market was closed.",
                "\"We have checked the cold storage,\" Darmawan said on Monday.",
                "\"Prices will fall next week,\" added the General Chair of the Maju Party.");
        assertThat(saying("en", text, "Prices will fall").party()).isEqualTo("KKP");
    }

    @Test
    void anEpithetAfterAPersonMetOnlyByOneNameIsThatPerson() {
        Statement epithet = saying("id", "Menteri Kelautan dan Perikanan Darmawan Sakti buka suara soal pasar ikan Sukamaju. "
                + POLITICIAN, "sesuai aturan");
        assertThat(epithet.speaker()).isEqualTo("Darmawan");
    }
}
