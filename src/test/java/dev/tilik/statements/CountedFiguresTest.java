package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a figure counts, from the words near it, and the figures a claim rejects, replaces or scopes. */
class CountedFiguresTest {

    private static List<NumberMention> id(String claim) {
        return Extract.one("id", "BNPB menyebut " + claim + ".").numbers();
    }

    private static List<NumberMention> en(String claim) {
        return Extract.one("en", "The agency said " + claim + ".").numbers();
    }

    @Test
    void theCountedThingComesFromTheWordsBesideTheFigure() {
        assertThat(id("41 orang dinyatakan meninggal dunia")).extracting(NumberMention::counted).containsExactly("dead");
        assertThat(id("korban meninggal dunia akibat banjir mencapai 37 orang")).extracting(NumberMention::counted)
                .containsExactly("dead");
        assertThat(id("11 di antaranya meninggal dunia, luka berat 16, dan luka ringan 17 orang"))
                .extracting(NumberMention::value, NumberMention::counted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(11.0, "dead"),
                        org.assertj.core.groups.Tuple.tuple(16.0, "seriously injured"),
                        org.assertj.core.groups.Tuple.tuple(17.0, "lightly injured"));
        assertThat(en("the death toll rose to 21")).extracting(NumberMention::counted).containsExactly("dead");
        assertThat(en("35 people remained missing")).extracting(NumberMention::counted).containsExactly("missing");
    }

    @Test
    void aFigureOfPeopleCountsNoBuildingNamedBeforeIt() {
        // an invented collapse: the 41 are people the building buried, the 6 are buildings
        assertThat(id("runtuhnya bangunan sekolah itu menimpa 41 orang")).extracting(NumberMention::counted)
                .containsOnlyNulls();
        assertThat(id("gempa itu merusak bangunan sebanyak 6 unit")).extracting(NumberMention::counted)
                .containsExactly("buildings");
    }

    @Test
    void aCountWordRightAfterTheVerbOfALongNounPhraseIsWhatTheFigureCounts() {
        // an invented landslide: the verb's state says what the 12 are, past the noun phrase's place names
        assertThat(id("sebanyak 12 orang penambang Bukit Sarang ditemukan meninggal dunia"))
                .extracting(NumberMention::counted).containsExactly("dead");
        assertThat(id("sebanyak 12 orang penambang Bukit Sarang ditemukan di lereng")).as("no count word after the verb")
                .extracting(NumberMention::counted).containsOnlyNulls();
        assertThat(id("sebanyak 12 orang relawan Desa Wetan mengevakuasi korban meninggal dunia"))
                .as("an active verb's object is another thing").extracting(NumberMention::counted).containsOnlyNulls();
    }

    @Test
    void patientsAreTheSickCounted() {
        // a count of patients is a count of the sick (an invented outbreak at a clinic)
        assertThat(id("klinik itu mencatat 230 pasien baru hingga Kamis malam")).extracting(NumberMention::counted)
                .containsExactly("sick");
        assertThat(en("the clinic had taken in 230 patients by Thursday night")).extracting(NumberMention::counted)
                .containsExactly("sick");
    }

    @Test
    void aGroupCountedGivesWayToWhatBefellIt() {
        assertThat(id("Sampai siang ini 40 penumpang dinyatakan meninggal dunia")).extracting(NumberMention::counted)
                .containsExactly("dead");
        assertThat(id("12 penumpang masih hilang")).extracting(NumberMention::counted).containsExactly("missing");
        assertThat(id("pesawat itu membawa 62 penumpang dan enam awak")).extracting(NumberMention::counted)
                .containsExactly("passengers");
        assertThat(id("62 penumpang dan 9 orang meninggal dunia")).as("a conjunction ends the group's words")
                .extracting(NumberMention::value, NumberMention::counted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(62.0, "passengers"),
                        org.assertj.core.groups.Tuple.tuple(9.0, "dead"));
        assertThat(en("58 passengers were killed in the crash")).extracting(NumberMention::counted).containsExactly("dead");
        assertThat(en("the plane was carrying 62 passengers")).extracting(NumberMention::counted).containsExactly("passengers");
    }

    @Test
    void aCountVerbsObjectIsWhatACountWordAfterTheFigureNames() {
        assertThat(id("kapal itu juga mengangkut 22 kendaraan")).extracting(NumberMention::counted).containsExactly("vehicles");
        assertThat(id("kapal itu mengangkut 22 unit kendaraan")).extracting(NumberMention::counted).containsExactly("vehicles");
        assertThat(id("kapal itu mengangkut 61 orang")).extracting(NumberMention::counted).containsExactly("passengers");
        assertThat(en("the ferry was carrying 22 vehicles")).extracting(NumberMention::counted).containsExactly("vehicles");
        assertThat(id("gempa merusak 12 gedung dan 40 unit rumah")).extracting(NumberMention::counted)
                .containsExactly("buildings", "houses");
    }

    @Test
    void aCountWordBeforeAConjunctionOrAContrastBelongsToTheFigureBeforeIt() {
        // invented tolls: the cared-for after "dan" and the rescued after "sedangkan" are no dead
        for (String joined : List.of("13 orang meninggal dunia dan 10 orang dalam perawatan",
                "13 warga ditemukan meninggal dunia, sedangkan 10 orang ditemukan selamat")) {
            assertThat(id(joined)).as(joined).extracting(NumberMention::value, NumberMention::counted)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(13.0, "dead"),
                            org.assertj.core.groups.Tuple.tuple(10.0, null));
        }
        assertThat(en("nine bodies had been recovered, whereas 4 people were rescued")).extracting(NumberMention::counted)
                .containsOnlyNulls();
        assertThat(id("korban meninggal dunia, menurut data terakhir, mencapai 37 orang")).as("a comma alone does not end it")
                .extracting(NumberMention::counted).containsExactly("dead");
    }

    @Test
    void aFigureAfterASentenceOpeningWholeIsSomeOfItNotAnotherCountOfIt() {
        // an invented toll: the 12 carried out are some of the 20 dead, no second count of the dead
        assertThat(Extract.one("id", "\"Dari 20 orang yang meninggal dunia, 12 orang sudah dievakuasi ke puskesmas,\" kata Budi.")
                .numbers()).extracting(NumberMention::value, NumberMention::counted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(20.0, "dead"));
        assertThat(Extract.one("id", "\"Dari 30 korban itu, 7 orang meninggal dunia,\" kata Budi.").numbers())
                .as("a later figure counting another thing than the whole keeps its count")
                .extracting(NumberMention::value, NumberMention::counted).contains(org.assertj.core.groups.Tuple.tuple(7.0, "dead"));
        assertThat(id("korban meninggal dunia bertambah dari 6 menjadi 9 orang")).as("dari not opening the sentence")
                .extracting(NumberMention::value).containsExactly(9.0);
    }

    @Test
    void aRejectedOrReplacedFigureIsNotClaimed() {
        assertThat(id("korban jiwa mencapai 61 orang bukan 67 orang")).extracting(NumberMention::value).containsExactly(61.0);
        assertThat(id("korban hilang bertambah dari 27 menjadi 35 orang")).extracting(NumberMention::value)
                .containsExactly(35.0);
        assertThat(en("35 people remained missing, up from 22 on Tuesday")).extracting(NumberMention::value)
                .containsExactly(35.0);
    }

    @Test
    void aCountForOnePlaceIsASubtotalAndTroopsSomewhereAreNot() {
        assertThat(id("20 orang meninggal dunia di Kabupaten Agam")).isEmpty();
        assertThat(id("sekitar 1.500 tentara sudah di Rusia")).extracting(NumberMention::value).containsExactly(1500.0);
        assertThat(id("di Kabupaten Agam 20 orang meninggal dunia, total 37 orang meninggal dunia"))
                .as("a place named right before a figure scopes it").extracting(NumberMention::value).containsExactly(37.0);
        assertThat(id("sebanyak 35 orang luka ringan, di RS Hamori 3 orang luka ringan")).extracting(NumberMention::value)
                .containsExactly(35.0);
        assertThat(id("korban meninggal dunia di Provinsi Sumatera Barat mencapai 37 orang"))
                .as("a verb between place and figure: the place's total").extracting(NumberMention::value).containsExactly(37.0);
    }

    @Test
    void numbersThatNameOrDateCountNothing() {
        assertThat(id("Pertamina membeli RON 90 dan menjualnya sebagai RON 92")).isEmpty();
        assertThat(id("penyidikan dilakukan dalam tempus waktu 2018 sampai 2023")).isEmpty();
    }

    @Test
    void aCountOfPeopleAfterACodeIsReadNotTakenForALabel() {
        assertThat(id("jumlah total WNA 1.240 orang")).as("a code, then a figure of people: a count")
                .extracting(NumberMention::value).containsExactly(1240.0);
        assertThat(id("korban ODGJ 3 ribu jiwa")).as("its multiplier between").extracting(NumberMention::value)
                .containsExactly(3000.0);
        assertThat(id("kendaraan melintas di KM 12 tol itu")).as("a code with no people after it names a place")
                .isEmpty();
    }

    @Test
    void aHospitalIsNoHouseAndEvacuatedBodiesAreDead() {
        assertThat(id("33 korban dirujuk ke Rumah Sakit Umum Daerah Subang")).extracting(NumberMention::counted)
                .containsOnlyNulls();
        assertThat(id("jumlah korban meninggal dunia yang telah dievakuasi sebanyak 67 orang"))
                .extracting(NumberMention::counted).containsExactly("dead");
    }

    @Test
    void aSentenceOfFiguresRightAfterAReportedOneContinuesTheSpeakersAccount() {
        List<Statement> s = Extract.id("Kombes Jules Abast menuturkan jumlah penumpang bus mencapai 61 orang. "
                + "Sebanyak 10 orang meninggal dunia, 12 luka berat dan 21 luka ringan.");
        assertThat(s).hasSize(2);
        assertThat(s.get(1).speaker()).isEqualTo(s.get(0).speaker());
        assertThat(s.get(1).numbers()).extracting(NumberMention::counted)
                .containsExactly("dead", "seriously injured", "lightly injured");
        assertThat(Extract.id("Kombes Jules Abast menuturkan bus terguling di turunan. Bus itu dibuat tahun 2006 di Jawa."))
                .as("no figure counted: no continuation").hasSize(1);
    }

    @Test
    void aRelativeClauseRightAfterAFigureSaysWhatItCounts() {
        assertThat(id("ada 16 orang yang dilaporkan masih belum ditemukan")).extracting(NumberMention::counted)
                .containsExactly("missing");
        assertThat(id("ada 16 orang yang kemudian dibawa pulang dengan truk")).extracting(NumberMention::counted)
                .as("a clause that names no count").containsOnlyNulls();
    }

    @Test
    void aCountVerbCountsTheFigureAfterItNotTheOneBefore() {
        assertThat(id("bus yang membawa 61 penumpang itu terguling")).extracting(NumberMention::counted)
                .containsExactly("passengers");
        assertThat(id("sebanyak 24 ambulans yang mengangkut korban luka berat berangkat")).extracting(NumberMention::counted)
                .as("ambulances carry, they are not the injured nor passengers").containsOnlyNulls();
        assertThat(en("the bus, which was carrying 61 students, overturned")).extracting(NumberMention::counted)
                .containsExactly("passengers");
        assertThat(en("24 ambulances carrying injured students left")).extracting(NumberMention::counted)
                .containsOnlyNulls();
    }

    @Test
    void aFigureParagraphAfterAReportedSentenceContinuesItOnce() {
        List<Statement> s = Extract.id("Kepala Dinas Kesehatan Maxi mengatakan jumlah pasien sebanyak 44 orang.\n\n"
                + "Dari 44 korban itu, 11 di antaranya meninggal dunia, luka berat 16, dan luka ringan 17 orang.\n\n"
                + "Sebanyak 3 orang luka berat dirujuk ke Bandung.");
        assertThat(s).hasSize(2);
        assertThat(s.get(1).speaker()).isEqualTo(s.get(0).speaker());
        assertThat(s.get(1).numbers()).extracting(NumberMention::counted)
                .as("the 44 it breaks down counts nothing named").containsExactly(null, "dead", "seriously injured", "lightly injured");
        assertThat(Extract.id("\"Kami terus mencari,\" kata Maxi.\n\nSebanyak 11 orang meninggal dunia."))
                .as("after a quotation the next paragraph is the reporter's").hasSize(1);
    }

    @Test
    void aCountWordRightAfterAnotherFigureCountsThatOne() {
        assertThat(id("dari 11 korban meninggal dunia, 10 korban merupakan rombongan pelajar"))
                .extracting(NumberMention::value, NumberMention::counted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(11.0, "dead"),
                        org.assertj.core.groups.Tuple.tuple(10.0, null));
    }

    @Test
    void aCountWordRightAfterAWholeWrittenInWordsCountsThatWhole() {
        // an invented landslide: the 4 are some of the dozens dead (those identified), not a count of the dead
        assertThat(id("dari puluhan korban meninggal itu, baru 4 orang yang sudah dikenali keluarganya"))
                .extracting(NumberMention::value, NumberMention::counted)
                .contains(org.assertj.core.groups.Tuple.tuple(4.0, null))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple(4.0, "dead"));
        assertThat(id("dari tiga korban tewas, 2 orang merupakan pendaki"))
                .extracting(NumberMention::value, NumberMention::counted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2.0, null));
    }

    @Test
    void theSickAndThePoisonedAreACountInBothLanguages() {
        assertThat(id("lebih dari 300 siswa keracunan setelah makan siang di sekolah")).extracting(NumberMention::counted)
                .containsExactly("sick");
        assertThat(id("total 911 siswa mengalami gejala keracunan setelah makan")).extracting(NumberMention::counted)
                .containsExactly("sick");
        assertThat(en("more than 470 pupils fell ill after eating the lunches")).extracting(NumberMention::counted)
                .containsExactly("sick");
        assertThat(en("the outbreak sickened 120 workers")).extracting(NumberMention::counted).containsExactly("sick");
    }

    @Test
    void aCountWordNamingOneEventIsNotWhatTheFigureCounts() {
        assertThat(id("korban keracunan di kasus kedua mencapai 449 orang")).extracting(NumberMention::counted)
                .as("'kasus kedua' is the second outbreak, the figure counts its poisoned").containsExactly("sick");
        assertThat(id("yang kemarin (kasus awal) mencapai 393 orang")).extracting(NumberMention::counted)
                .containsOnlyNulls();
        assertThat(en("the latest cases follow the poisoning of 800 students last week"))
                .extracting(NumberMention::counted).containsOnlyNulls();
        assertThat(en("42 new cases were confirmed")).extracting(NumberMention::counted).containsExactly("cases");
    }

    @Test
    void aCountHeadLooksForTheCountedThingBackToTheClausesStartPastDatesAndClockTimes() {
        assertThat(id("keracunan di Desa Sukajadi sampai saat ini tanggal 24 September 2025 pukul 07.15 WIB "
                + "jumlahnya sudah mencapai 411 orang")).extracting(NumberMention::value, NumberMention::counted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(411.0, "sick"));
        assertThat(id("keracunan di Desa Sukajadi sampai saat ini tanggal 24 September 2025 pukul 07.15 WIB "
                + "sudah ada 411 orang")).extracting(NumberMention::counted)
                .as("without a count head the counted thing is too far").containsOnlyNulls();
    }

    /** A short count of people goes on with the quotation's sentence before it; a total after it takes nothing (CountBefore). */
    @Test
    void aCountWordInTheSentenceBeforeCountsOnlyTheShortCountOfPeopleRightAfterIt() {
        assertThat(Extract.id("\"Yang kemarin mencapai 393 orang (korban keracunan). Hari ini 449 orang. Total 842,\" "
                + "kata Lia, Rabu (24/9/2025) malam.").stream().flatMap(st -> st.numbers().stream()))
                .extracting(NumberMention::value, NumberMention::counted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(393.0, "sick"),
                        org.assertj.core.groups.Tuple.tuple(449.0, "sick"), org.assertj.core.groups.Tuple.tuple(842.0, null));
    }
}
