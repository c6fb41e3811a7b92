package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which things of its noun a figure counts or measures, read from its own clause (team-written sentences of a
 * village election, a school outbreak, a data breach and a forest fire): for a count, what befell them — a
 * relative clause after the figure's noun, a verb after an auxiliary in English, the verb the figure is the object
 * of; none where the words after the noun are a preposition's and none from a verb that only links a figure to
 * what it totals —; for a measure, the name written after its thing's noun.
 */
class FigureFateTest {

    private static List<String> id(String claim) {
        return Extract.one("id", "Panitia menyebut " + claim + ".").numbers().stream()
                .map(NumberMention::which).toList();
    }

    private static List<String> en(String claim) {
        return Extract.one("en", "The committee said " + claim + ".").numbers().stream()
                .map(NumberMention::which).toList();
    }

    @Test
    void aRelativeClauseAfterTheNounSaysWhatBefellThem() {
        assertThat(id("2.400 pemilih yang terdaftar di desa itu")).singleElement().isNotNull();
        assertThat(id("2.400 pemilih yang terdaftar di desa itu")).isEqualTo(id("2.100 pemilih yang terdaftar di kantor desa"));
        assertThat(id("1.850 pemilih yang datang ke tempat pemungutan suara")).singleElement().isNotNull()
                .isNotEqualTo(id("2.400 pemilih yang terdaftar di desa itu").get(0));
        assertThat(id("masih ada 74 siswa yang dirawat di puskesmas")).singleElement().isNotNull()
                .isNotEqualTo(id("364 siswa yang dilarikan ke rumah sakit").get(0));
    }

    @Test
    void anEnglishVerbAfterAnAuxiliarySaysIt() {
        assertThat(en("2,400 voters were registered in the village")).singleElement().isNotNull()
                .isNotEqualTo(en("1,850 voters had turned out by noon").get(0));
        assertThat(en("the data at 18 agencies are to be restored this month")).singleElement().isNotNull();
    }

    @Test
    void aVerbThatOnlyCarriesTheNextWordSaysNothingOfWhatBefellThem() {
        String evacuated = id("17 siswa berhasil dievakuasi dari sekolah").get(0);
        assertThat(evacuated).isNotNull().isEqualTo(id("15 siswa dievakuasi dari sekolah").get(0));
        assertThat(id("29 orang berhasil diselamatkan")).singleElement().isNotNull()
                .isEqualTo(id("30 orang dinyatakan selamat").get(0)).isNotEqualTo(evacuated);
        assertThat(Extract.one("id", "Panitia menyebut 29 orang berhasil diselamatkan.").numbers().get(0).unit()).isNull();
        assertThat(en("9 climbers were reported stranded on the ridge")).singleElement().isNotNull()
                .isNotEqualTo(en("9 climbers were reported evacuated from the ridge").get(0));
    }

    @Test
    void theVerbAFigureIsTheObjectOfSaysIt() {
        assertThat(en("the breach affected more than 160 agencies")).singleElement().isNotNull()
                .isNotEqualTo(en("the data at 18 agencies are to be restored this month").get(0));
    }

    @Test
    void noFateWhereTheWordsSayNone() {
        assertThat(id("sekitar 1.500 tentara dari pasukan khusus sudah berada di perbatasan")).containsExactly((String) null);
        assertThat(id("jumlah pemilih mencapai 2.400 orang")).containsExactly((String) null);
        assertThat(id("ada 2.400 pemilih di desa itu")).containsExactly((String) null);
    }

    @Test
    void aMeasuredThingsNameSaysWhichOneIsMeasured() {
        assertThat(id("hutan di Gunung Salak Timur seluas 120 hektare terbakar")).containsExactly("salak timur");
        assertThat(id("hutan lindung di Gunung Pandan seluas 45 hektare terbakar")).containsExactly("pandan");
        assertThat(id("hutan seluas 45 hektare terbakar")).containsExactly((String) null);
    }

    @Test
    void aCountOfPeopleTakesItsFateFromItsClauseBeforeIt() {
        assertThat(id("warga yang terkena banjir sebanyak 1.250 orang")).containsExactly("banjir");
        assertThat(id("warga ter-PHK 640 orang")).containsExactly("phk");
        assertThat(id("buruh yang terkena PHK sebanyak 640 orang")).isEqualTo(id("buruh ter-PHK 640 orang"));
        assertThat(id("warga yang terkena banjir sebanyak 1.250 orang")).isNotEqualTo(id("warga ter-PHK 640 orang"));
    }

    @Test
    void noFateBeforeACountWithANounOfItsOwnOrPastAComma() {
        assertThat(id("yang terkena banjir sebanyak 1.250 warga")).containsExactly((String) null);
        assertThat(id("warga terkena banjir, jumlahnya 1.250 orang")).containsExactly((String) null);
        assertThat(id("anaknya bernama Sinta (12) tinggal di desa itu")).containsOnlyNulls();
        assertThat(id("korban bernama Sinta sebanyak 12 orang")).containsExactly((String) null);
    }

    @Test
    void aCountReadSoForOnePlaceIsLeftOut() {
        assertThat(id("warga yang terkena banjir sebanyak 1.250 orang di Desa Sukamaju")).isEmpty();
    }

    @Test
    void aFigureCountingANamedThingTakesNoFate() {
        assertThat(id("41 orang yang meninggal dunia")).containsExactly((String) null);
    }
}
