package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Bodies copy names without a short form (invented stories: a landslide, a strike, a disease outbreak): an organisation
 * by a word for its kind or after a noun for one, a body by its kind alone, and "of" naming a place only after a unit
 * or a head title.
 */
class OrganisationsTest {

    @Test
    void anOrganisationNamedByAWordForItsKindOpeningOrEndingItsName() {
        Map<String, String> p = InstitutionsTest.partiesBySpeaker(InstitutionsTest.folder(
                "Ketua Yayasan Cahaya Anak Bangsa, Maria Ulfa, mengatakan 30 anak mengungsi.",
                "Juru bicara Serikat Buruh Tekstil Sejahtera Joko Prasetyo mengatakan mogok kerja berlanjut."));
        assertThat(p.get("Ketua Yayasan Cahaya Anak Bangsa, Maria Ulfa")).isEqualTo("Yayasan Cahaya Anak Bangsa");
        Map<String, String> en = InstitutionsTest.partiesBySpeaker(new StatementExtractor(Extract.RULES).acrossFolder(List.of(
                Extract.article("en", "Wetan Health Foundation director Ana Lim said 12 new cases were confirmed."))));
        assertThat(en.get("Wetan Health Foundation director Ana Lim")).isEqualTo("Wetan Health Foundation");
    }

    @Test
    void aBodyTheFolderDefinesStaysWhomTheSpeakerSpeaksFor() {
        Map<String, String> p = InstitutionsTest.partiesBySpeaker(InstitutionsTest.folder(
                "Dewan Perwakilan Rakyat (DPR) memanggil perusahaan itu.",
                "Anggota Komisi IX DPR dari Partai Karya, Budi Hartono, mengatakan pemanggilan dijadwalkan pekan depan."));
        assertThat(p.get("Anggota Komisi IX DPR dari Partai Karya, Budi Hartono")).isEqualTo("Komisi IX DPR");
    }

    @Test
    void aNameAfterANounForAnOrganisationIsOneEvenAlone() {
        Map<String, String> p = InstitutionsTest.partiesBySpeaker(InstitutionsTest.folder(
                "Relawan dari organisasi Tanggap Bencana ikut mencari korban longsor.",
                "Tanggap Bencana menyebut dua desa masih terisolasi."));
        assertThat(p.get("Tanggap Bencana")).isEqualTo("Tanggap Bencana");
    }

    @Test
    void aBodyNamedByItsKindAloneIsTheFoldersOneOfThatKindWhenTheArticleNamesNone() {
        Map<String, String> p = InstitutionsTest.partiesBySpeaker(InstitutionsTest.folder(
                "Kapolsek Timur Iptu Ahmad Fauzi mengatakan dua orang diperiksa.",
                "Polisi mengatakan jalur evakuasi sudah dibuka."));
        assertThat(p.get("Polisi")).isEqualTo("Polsek Timur");
    }

    @Test
    void ofNamesAPlaceOnlyAfterAUnitOrAHeadTitle() {
        Institutions.Words w = new StatementExtractor(Extract.RULES).institutionWords();
        List<List<Token>> texts = FolderNames.tokens(List.of(
                "Traders called for the resignation of Sutarno. The Regency of Kulon said stocks were enough."));
        Set<String> places = FolderNames.places(texts, w, new HashSet<>(), new HashSet<>(), new HashSet<>());
        assertThat(places).contains("Kulon").doesNotContain("Sutarno");
    }
}
