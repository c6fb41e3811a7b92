package dev.tilik.statements;

import static dev.tilik.statements.InstitutionsTest.folder;
import static dev.tilik.statements.InstitutionsTest.partiesBySpeaker;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two mends of who a speaker speaks for, shown on sentences the team wrote in the style of story kinds none of the
 * development sets is about (a strike, a court verdict, a disease outbreak): the area of work written right next to a
 * director's or a manager's title is part of the role, never the body ("Direktur Operasional PT X" speaks for X, as
 * "Operations Director of X" does), while the same word in a ministry's name stays ("Kementerian Keuangan"); and a
 * person whose body the folder writes two ways, a place's short form and its long form ("Polda Jakul", "Polda Jawa
 * Kulon"), has one party when the folder asks whether the name's party is unambiguous.
 */
class RoleAreasTest {

    @Test
    void theAreaOfWorkRightAfterARoleWordIsPartOfTheRole() {
        // a strike at a textile mill, a court verdict on a cooperative's funds
        Map<String, String> p = partiesBySpeaker(folder(
                "Ratusan buruh PT Kain Wetan mogok sejak Senin. "
                        + "\"Kami belum bisa membayar upah lembur bulan ini,\" kata Direktur Operasional PT Kain Wetan, Rina Wati.",
                "Manajer Keuangan dan Umum PT Kain Wetan, Budi Santoso, mengatakan gaji pokok sudah dibayar.",
                "Kementerian Keuangan (Kemenkeu) memeriksa dana koperasi itu. "
                        + "Juru Bicara Kementerian Keuangan, Andi Pratama, mengatakan vonis hakim sudah dipelajari."));
        assertThat(p.get("Direktur Operasional PT Kain Wetan, Rina Wati")).isEqualTo("Kain Wetan");
        assertThat(p.get("Manajer Keuangan dan Umum PT Kain Wetan, Budi Santoso"))
                .as("two areas joined by a conjunction, both the role's").isEqualTo("Kain Wetan");
        assertThat(p.get("Juru Bicara Kementerian Keuangan, Andi Pratama"))
                .as("the same word in a ministry's name is the ministry's").isEqualTo("Kemenkeu");
    }

    @Test
    void anEnglishAreaBeforeTheRoleWordIsPartOfTheRole() {
        List<ArticleStatements> in = List.of(
                Extract.article("id", "Ratusan buruh PT Kain Wetan mogok sejak Senin."),
                Extract.article("en", "Kain Wetan Operations Director Rina Wati said overtime pay would be settled next month."));
        Map<String, String> p = partiesBySpeaker(new StatementExtractor(Extract.RULES).acrossFolder(in));
        assertThat(p.get("Kain Wetan Operations Director Rina Wati")).isEqualTo("Kain Wetan");
    }

    @Test
    void aBodyTheFolderWritesByAPlacesShortAndLongFormIsOneParty() {
        // a disease outbreak: the police spokesman's body written two ways; the English article names him only
        List<ArticleStatements> in = List.of(
                Extract.article("id", "Warga Provinsi Jawa Kulon cemas setelah wabah diare meluas. "
                        + "\"Sudah 40 warga dirawat di puskesmas,\" kata Kabid Humas Polda Jawa Kulon, Kombes Rina Wati."),
                Extract.article("id", "\"Sampel air sumur sudah dikirim ke laboratorium,\" ujar Kabid Humas Polda Jakul, Kombes Rina Wati."),
                Extract.article("en", "Forty residents were treated for diarrhoea, said West Kulon police spokesperson Rina Wati."));
        Map<String, String> p = partiesBySpeaker(new StatementExtractor(Extract.RULES).acrossFolder(in));
        assertThat(p.get("West Kulon police spokesperson Rina Wati")).isEqualTo("Polda Jakul");
    }

    @Test
    void twoBodiesARegionApartStayTwo() {
        PartyNames names = new StatementExtractor(Extract.RULES).partyNames(List.of(
                "Warga Provinsi Jawa Kulon cemas. Polda Jakul dan Polda Wetan berjaga."));
        assertThat(names.oneBody("Kabid Humas Polda Jawa Kulon", "Kabid Humas Polda Jakul")).isTrue();
        assertThat(names.oneBody("Kabid Humas Polda Jakul", "Kabid Humas Polda Wetan")).isFalse();
    }
}
