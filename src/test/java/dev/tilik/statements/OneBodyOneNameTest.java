package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One body, one name across a folder, on a story the team wrote (a poisoning in an invented regency): the health office
 * one outlet names in full with its place written open is the office the folder's other outlets name by its short forms.
 */
class OneBodyOneNameTest {

    private static final String DEFINED = "Kabupaten Sukamaju Barat (KSB) menetapkan status KLB. Kepala Dinas Kesehatan "
            + "(Dinkes) KSB, Rina Wati, mengatakan korban sudah 300 orang.";

    private static final List<String> SPEAKERS = List.of(
            "\"Korban sudah 300 orang,\" kata Kepala Dinkes KSB, Rina Wati.",
            "\"Dua pasien masih dirawat,\" kata Kepala Dinkes KSB, Rina Wati.",
            "Dinas Kesehatan Sukamaju Barat menyebutkan kematian itu tidak berkaitan dengan makanan.",
            "Dinas Kesehatan Sukamaju menyebutkan dapur itu sudah ditutup.");

    private static Map<Statement, String> parties(String... names) {
        Map<Statement, String> party = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            party.put(Extract.article("id", SPEAKERS.get(i)).statements().get(0), names[i]);
        }
        return party;
    }

    private static Acronyms acronyms() {
        return Acronyms.of(FolderNames.tokens(List.of(DEFINED)), Set.of("kepala"), Set.of("pt"), Set.of("dan"), Set.of("dinas"));
    }

    private static PartyNames names() {
        return new PartyNames(acronyms(), Set.of("kepala"), Set.of(), Set.of(), Map.of(), Set.of("kabupaten", "kota"));
    }

    @Test
    void aPlaceWrittenOpenIsTheShortFormTheFolderDefinesWithItsMarker() {
        assertThat(names().shortForm("Dinas Kesehatan Sukamaju Barat")).isEqualTo("dinkes ksb");
        assertThat(names().shortForm("Dinkes KSB")).isEqualTo("dinkes ksb");
    }

    @Test
    void theOfficeNamedInFullTakesTheNameTheFolderUsesMost() {
        Map<Statement, String> party = parties("Dinkes KSB", "Dinkes KSB", "Dinas Kesehatan Sukamaju Barat");
        OneBodyOneName.complete(party, names());
        assertThat(party.values()).containsOnly("Dinkes KSB");
    }

    @Test
    void anotherPlacesOfficeStaysItsOwn() {
        Map<Statement, String> party = parties("Dinkes KSB", "Dinkes KSB", "Dinas Kesehatan Sukamaju Barat",
                "Dinas Kesehatan Sukamaju");
        OneBodyOneName.complete(party, names());
        assertThat(party.values()).containsExactly("Dinkes KSB", "Dinkes KSB", "Dinkes KSB", "Dinas Kesehatan Sukamaju");
    }

    /** The same, with the words for an organisation's kind the rules list ("Dinas", "Partai"). */
    private static PartyNames withKinds() {
        return new PartyNames(acronyms(), Set.of("kepala"), Set.of(), Set.of(), Map.of(), Set.of("kabupaten", "kota"),
                Set.of("dinas", "partai"));
    }

    /** The parties of the speakers, in order, once the folder's one body has one name (kinds read). */
    private static List<String> completedWithKinds(String... names) {
        Map<Statement, String> party = parties(names);
        OneBodyOneName.complete(party, withKinds());
        return List.copyOf(party.values());
    }

    @Test
    void aBodysKindWrittenBeforeItsNameIsTheBodyTheFolderNamesWithoutIt() {
        assertThat(completedWithKinds("Damkar Wetan", "Damkar Wetan", "Dinas Damkar Wetan")).containsOnly("Damkar Wetan");
    }

    @Test
    void aKindWordBeforeANameTheFolderNeverWritesAloneStays() {
        assertThat(completedWithKinds("Damkar Wetan", "Damkar Wetan", "Dinas Sosial Wetan", "Partai Nusantara"))
                .containsExactly("Damkar Wetan", "Damkar Wetan", "Dinas Sosial Wetan", "Partai Nusantara");
    }

    @Test
    void theEvaluationReadsAPartyWithOrWithoutItsKindAsOneButNeverAsAGroupOfPeople() {
        assertThat(withKinds().same("Nusantara", "Partai Nusantara")).isTrue();
        assertThat(withKinds().same("Partai Nusantara", "Nusantara")).isTrue();
        assertThat(withKinds().same("Partai Buruh", "buruh")).as("a group of workers is no party").isFalse();
        assertThat(names().same("Nusantara", "Partai Nusantara")).as("no kinds, as before").isFalse();
    }

    @Test
    void theComparisonAndTheFolderLeaveAKindWordOffOneWay() {
        PartyNames names = withKinds();
        assertThat(names.afterKind("partai nusantara")).isEqualTo("nusantara");
        assertThat(names.afterKind("Partai Nusantara")).as("its case aside").isEqualTo("Nusantara");
        assertThat(names.afterKind("Nusantara")).as("no kind word opens it").isNull();
        assertThat(names.afterKind("partai")).isNull();
        assertThat(names.withoutKind("Partai Nusantara")).contains("Nusantara");
        assertThat(names.withoutKind("Partai buruh")).as("no name follows").isEmpty();
    }

    private static PartyNames levels() {
        return new PartyNames(Acronyms.none(), Set.of("kepala"), Set.of(), Set.of(), Map.of(),
                Set.of("kabupaten", "kota", "provinsi", "kecamatan", "desa", "kab", "di"));
    }

    @Test
    void aLevelOfGovernmentWrittenAsItsOfficeOrItsPlaceIsOneBody() {
        PartyNames names = levels();
        assertThat(names.same("Kecamatan Sukamaju", "Pemkec Sukamaju")).isTrue();
        assertThat(names.same("Pemdes Sagara", "Desa Sagara")).isTrue();
        assertThat(names.same("Pemkab Sukamaju", "Pemerintah Kabupaten Sukamaju")).isTrue();
        assertThat(names.same("Pemkab Sukamaju", "Kab. Sukamaju")).isTrue();
        assertThat(names.same("Pemprov Sukamaju", "Provinsi Sukamaju")).isTrue();
        assertThat(names.shortForm("Pemkot Sukamaju")).isEqualTo(names.shortForm("Kota Sukamaju"));
    }

    @Test
    void anotherLevelOrAnotherPlaceIsAnotherBody() {
        PartyNames names = levels();
        assertThat(names.same("Pemkab Sukamaju", "Pemkot Sukamaju")).isFalse();
        assertThat(names.same("Pemkab Sukamaju", "Kecamatan Sukamaju")).isFalse();
        assertThat(names.same("Pemdes Sagara", "Desa Wetan")).isFalse();
        assertThat(names.same("Pemda Sukamaju", "Desa Sukamaju")).isFalse();
        assertThat(names.same("Pembangunan Sukamaju", "Kabupaten Sukamaju")).isFalse();
    }

    @Test
    void theFolderGivesOneNameToALevelWrittenTwoWays() {
        Map<Statement, String> party = parties("Pemkab Sukamaju", "Pemkab Sukamaju", "Kabupaten Sukamaju");
        OneBodyOneName.complete(party, levels());
        assertThat(party.values()).containsOnly("Pemkab Sukamaju");
    }
}
