package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A speaker's party is the institution they speak for, read from the folder (an invented story: a
 * water utility and a prosecutor's office, no rules party involved).
 */
class InstitutionsTest {

    /** Each speaker phrase's party (the first statement's), as written; shared by the actor tests. */
    static Map<String, String> partiesBySpeaker(List<ArticleStatements> out) {
        return out.stream().flatMap(a -> a.statements().stream())
                .collect(Collectors.toMap(Statement::speaker, s -> String.valueOf(s.party()), (x, y) -> x));
    }

    /** Indonesian texts, one article each, after the folder pass. */
    static List<ArticleStatements> folder(String... texts) {
        List<ArticleStatements> in = java.util.Arrays.stream(texts).map(t -> Extract.article("id", t)).toList();
        return new StatementExtractor(Extract.RULES).acrossFolder(in);
    }

    @Test
    void aTitleIsNeverTheInstitutionAndTheFoldersShortFormIsItsId() {
        List<ArticleStatements> out = folder(
                "Kejaksaan Tinggi Sukamaju (Kejatisu) menyebut air baku tercemar. "
                        + "Kepala Pusat Penerangan Hukum Kejaksaan Tinggi Sukamaju, Rina Wulandari, mengatakan pencemaran terjadi pada 2021.",
                "Kapenkum Kejatisu Rina Wulandari menegaskan air hari ini aman.",
                "Rina mengatakan penyidik masih bekerja.");
        Map<String, String> p = partiesBySpeaker(out);
        assertThat(p.get("Kepala Pusat Penerangan Hukum Kejaksaan Tinggi Sukamaju, Rina Wulandari")).isEqualTo("Kejatisu");
        assertThat(p.get("Kapenkum Kejatisu Rina Wulandari")).isEqualTo("Kejatisu");
        assertThat(p.get("Rina")).as("the person's institution carried to her other statements").isEqualTo("Kejatisu");
    }

    @Test
    void rolesAndLegalFormsAreStrippedAndARegionTheFolderNamesAsAPlaceIsKept() {
        List<ArticleStatements> out = folder(
                "PT Tirta Sukamaju (Persero) membantah air tercemar.",
                "VP Corporate Communication Tirta Sukamaju, Budi Santoso, mengatakan air sesuai baku mutu.",
                "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Wetan mencatat 12 orang sakit. "
                        + "Warga di Kabupaten Kulon juga mengeluh. "
                        + "Kepala Pelaksana BPBD Kulon Sari Dewi mengatakan 3 orang dirawat.");
        Map<String, String> p = partiesBySpeaker(out);
        assertThat(p.get("PT Tirta Sukamaju (Persero)")).isEqualTo("Tirta Sukamaju");
        assertThat(p.get("VP Corporate Communication Tirta Sukamaju, Budi Santoso")).isEqualTo("Tirta Sukamaju");
        assertThat(p.get("Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Wetan")).isEqualTo("BPBD Wetan");
        assertThat(p.get("Kepala Pelaksana BPBD Kulon Sari Dewi")).isEqualTo("BPBD Kulon");
    }

    @Test
    void aCompanysGroupMarkIsNoPartOfTheInstitution() {
        List<ArticleStatements> out = folder(
                "Direktur Sinar Wetan Group Budi Santoso mengatakan data pelanggan tidak bocor.",
                "Juru bicara Grup Sinar Wetan, Rina Lestari, mengatakan layanan pulih pekan depan.");
        Map<String, String> p = partiesBySpeaker(out);
        assertThat(p.get("Direktur Sinar Wetan Group Budi Santoso")).isEqualTo("Sinar Wetan");
        assertThat(p.get("Juru bicara Grup Sinar Wetan, Rina Lestari")).isEqualTo("Sinar Wetan");
    }

    @Test
    void aKaPlusOfficeTitleSpeaksForThatOfficeWhenTheFolderWritesIt() {
        List<ArticleStatements> out = folder(
                "Kadishub Wetan Asep Sunandar mengatakan bus tidak laik jalan.",
                "Petugas Dishub memeriksa bus di Kabupaten Wetan. "
                        + "Direktur Lantas Polda Wetan Budi Raharjo mengatakan sopir lalai.");
        Map<String, String> p = partiesBySpeaker(out);
        assertThat(p.get("Kadishub Wetan Asep Sunandar")).isEqualTo("Dishub Wetan");
        assertThat(p.get("Direktur Lantas Polda Wetan Budi Raharjo")).as("Polda, the office of the title Kapolda, is no name")
                .endsWith("Polda Wetan");
    }

    @Test
    void theEvaluationComparesInstitutionsNotTitles() {
        StatementExtractor x = new StatementExtractor(Extract.RULES);
        PartyNames names = x.partyNames(List.of("Kejaksaan Tinggi Sukamaju (Kejatisu) menyebut air baku tercemar di Kabupaten Wetan."));
        assertThat(names.same("Kejatisu", "Kejaksaan Tinggi Sukamaju")).isTrue();
        assertThat(names.same("kejatisu", "PT Kejatisu (Persero)")).isTrue();
        assertThat(names.same("Kejatisu", "Kepala Pusat")).isFalse();
        assertThat(names.same("Kepala", "Kepala")).as("a title is never an institution").isFalse();
        assertThat(names.same("BPBD", "BPBD Wetan")).as("the extracted one is more precise").isTrue();
        assertThat(names.same("BPBD Wetan", "BPBD")).isFalse();
        assertThat(names.same("ROK+US", "US+rok")).isTrue();
        assertThat(names.same("ROK+US", "ROK")).isFalse();
        assertThat(names.same("DPRK", null)).isFalse();
    }

    @Test
    void aHeadOfGovernmentSpeaksForTheGovernmentOfTheRegionInTheFoldersShortForm() {
        List<ArticleStatements> out = folder(
                "Ratusan warga Kabupaten Bandung Kulon (KBK) dirawat. "
                        + "Bupati Bandung Kulon Jeje Ritchie Ismail mengatakan status darurat sudah ditetapkan. "
                        + "Jeje mengatakan dapur ditutup sementara.",
                "Kepala Dinas Kesehatan (Dinkes) Bandung Kulon, Lia Sukandar, mengatakan 40 siswa dirawat. "
                        + "Dinas Kesehatan Bandung Kulon mengatakan sampel sudah diperiksa.",
                "Camat Cikaret, Agus Rudianto, mengatakan warga sudah pulang.",
                "Kapolsek Sukaraja Iptu Budi Santoso di Posko Kecamatan Cikaret mengatakan 30 orang dirujuk.");
        Map<String, String> p = partiesBySpeaker(out);
        assertThat(p.get("Bupati Bandung Kulon Jeje Ritchie Ismail")).isEqualTo("Pemkab KBK");
        assertThat(p.get("Jeje")).as("never the health office named by its region's words").isEqualTo("Pemkab KBK");
        assertThat(p.get("Kepala Dinas Kesehatan (Dinkes) Bandung Kulon, Lia Sukandar")).isEqualTo("Dinkes KBK");
        assertThat(p.get("Camat Cikaret, Agus Rudianto")).isEqualTo("Pemkec Cikaret");
        assertThat(p.get("Kapolsek Sukaraja Iptu Budi Santoso"))
                .as("the place after the name is where he spoke, not his office").isEqualTo("Polsek Sukaraja");
    }

    /**
     * An office's blended short form ("Dinkes", "Kemenkes") and its name in full, both written by the folder, are one
     * body; a word that opens as a body's name does but blends none of its words ("Dinamika") defines nothing.
     */
    @Test
    void aBodysBlendedShortFormAndItsNameInFullAreOneBody() {
        List<ArticleStatements> out = folder(
                "Warga Kabupaten Sukamaju resah. Kepala Dinas Kesehatan Sukamaju, Rina Wulandari, mengatakan tiga warga dirawat. "
                        + "Menurut Kementerian Kesehatan, vaksin dikirim pekan ini.",
                "Kepala Dinkes Sukamaju, Budi Hartono, mengatakan empat warga dirawat. "
                        + "Juru bicara Kemenkes, Sari Dewi, mengatakan vaksin sudah tiba.",
                "Ketua Dinamika Sukamaju, Agus Salim, mengatakan warga cemas.");
        Map<String, String> p = partiesBySpeaker(out);
        assertThat(p.get("Kepala Dinas Kesehatan Sukamaju, Rina Wulandari")).isEqualTo("Dinkes Sukamaju");
        assertThat(p.get("Kepala Dinkes Sukamaju, Budi Hartono")).isEqualTo("Dinkes Sukamaju");
        assertThat(p.get("Kementerian Kesehatan")).isEqualTo("Kemenkes");
        assertThat(p.get("Juru bicara Kemenkes, Sari Dewi")).isEqualTo("Kemenkes");
        assertThat(p.get("Ketua Dinamika Sukamaju, Agus Salim")).isEqualTo("Dinamika Sukamaju");
    }

    @Test
    void anOfficeGivenOutsideAnyQuoteANicknameAndABlendedRegionNameOnePerson() {
        List<ArticleStatements> out = folder(
                "Gubernur Jawa Kulon Dedi Mulyana memutuskan menghentikan dapur itu. Warga Provinsi Jawa Kulon cemas. "
                        + "Dedi Mulyana mengatakan evaluasi dilakukan menyeluruh.",
                "Gubernur yang akrab disapa Kang Dedi Mulyana (KDM) itu mengatakan semua dapur diperiksa. "
                        + "Sekda Jakul Herman mengatakan posko dibuka.",
                "Dedi mengatakan korban ditanggung pemerintah.");
        Map<String, String> p = partiesBySpeaker(out);
        assertThat(p.get("Dedi Mulyana")).as("the office the text gives him, the region in the folder's blend").isEqualTo("Pemprov Jakul");
        assertThat(p.get("Dedi")).isEqualTo("Pemprov Jakul");
        assertThat(p.values()).as("a nickname is a person, never an institution").doesNotContain("KDM");
    }

    @Test
    void aShortNameTwoSpellingsHoldTakesTheirOneInstitutionAndAHalfOfAJoinedShortFormIsTheWhole() {
        List<ArticleStatements> out = folder(
                "Warga Kabupaten Sukamaju resah. Mantan Bupati Sukamaju, Ahmed Rasyid Iskandar, mengatakan pagar itu sudah lama ada.",
                "Ahmad Rasyid Iskandar mengatakan ia tidak terlibat.",
                "Rasyid mengatakan foto itu lama.",
                "Kementerian Agraria dan Tata Ruang (ATR) memeriksa sertifikat. Menteri ATR/BPN Nusron Wahid mengatakan sertifikat dibatalkan. "
                        + "Kepala Puskesmas Cikaret mengatakan 12 warga sakit. Warga di Cikaret mengeluh.");
        Map<String, String> p = partiesBySpeaker(out);
        assertThat(p.get("Mantan Bupati Sukamaju, Ahmed Rasyid Iskandar")).isEqualTo("Pemkab Sukamaju");
        assertThat(p.get("Rasyid")).isEqualTo("Pemkab Sukamaju");
        assertThat(p.get("Menteri ATR/BPN Nusron Wahid")).isEqualTo("ATR/BPN");
        assertThat(p.get("Kepala Puskesmas Cikaret")).as("a word before a place is the institution, not a name").isEqualTo("Puskesmas Cikaret");
    }

    @Test
    void anEnglishRegentSpeaksForTheRegencyGovernment() {
        List<ArticleStatements> in = List.of(Extract.article("id", "Warga Kabupaten Sukamaju resah."),
                Extract.article("en", "Former Sukamaju regent Ahmed Rasyid said the fence was old. "
                        + "West Kulon Governor Rina Dewi said the meals would be checked."));
        Map<String, String> p = partiesBySpeaker(new StatementExtractor(Extract.RULES).acrossFolder(in));
        assertThat(p.get("Former Sukamaju regent Ahmed Rasyid")).isEqualTo("Pemkab Sukamaju");
        assertThat(p.get("West Kulon Governor Rina Dewi")).as("a region the folder never calls a place names no government").isEqualTo("null");
    }

    @Test
    void anEnglishLongFormOfTheFoldersShortFormAndADefiniteDescriptionNameThatBody() {
        List<ArticleStatements> in = List.of(
                Extract.article("id", "Badan Pangan Sehat (BPS) menutup tiga dapur."),
                Extract.article("en", "Healthy Food Agency (BPS) officials visited the schools. "
                        + "The agency said three kitchens had been closed."));
        Map<String, String> p = partiesBySpeaker(new StatementExtractor(Extract.RULES).acrossFolder(in));
        assertThat(p.get("The agency")).as("the last body the article named with that noun").isEqualTo("BPS");
    }

    @Test
    void theEvaluationReadsAHalfOfAShortFormTheFolderJoinsByASlashAsTheWholeBody() {
        PartyNames names = new StatementExtractor(Extract.RULES).partyNames(List.of(
                "Kementerian Kelautan dan Perairan (KKP) menghentikan tambang. Tim KKP/BRK memeriksa dasar laut."));
        assertThat(names.same("KKP", "KKP/BRK")).as("the folder pass reads KKP as KKP/BRK").isTrue();
        assertThat(names.same("KKP/BRK", "KKP")).isTrue();
        assertThat(names.same("BRK", "KKP/BRK")).isTrue();
        assertThat(names.same("KKP", "BRK")).as("two halves are one body only through the whole").isTrue();
        assertThat(names.same("KKP", "Kementerian Kelautan dan Perairan")).isTrue();
        assertThat(PartyNames.plain().same("KKP", "KKP/BRK")).as("no folder, no link").isFalse();
    }

    @Test
    void aShortFormSpelledByTheInitialsOfABodysNameTheFolderWritesIsThatBodyAndNoOtherName() {
        List<List<Token>> texts = FolderNames.tokens(List.of(
                "Badan Riset Kelautan menurunkan tim. Hasil kajian BRK keluar pekan depan.",
                "Direktur Utama Pelita Samudra Niaga menolak berkomentar. Dirut PSN belum hadir. PPN naik tahun depan."));
        Acronyms a = Acronyms.of(texts, Set.of("direktur", "utama"), Set.of("pt"), Set.of("dan"), Set.of("badan", "kementerian"));
        assertThat(a.idOf("Badan Riset Kelautan")).contains("BRK");
        assertThat(a.idOf("Pelita Samudra Niaga")).as("initials alone link only a name opening with a kind of body").isEmpty();
    }

    @Test
    void aRegionalPoliceBodyIsNamedByItsRegionAndADivisionInsideItSpeaksForIt() {
        List<ArticleStatements> out = folder(
                "Kabid Humas Polda Wetan Raya (Wetra) Kombes Pol Budi Santoso mengatakan pelaku sudah ditahan. "
                        + "Budi mengatakan senjata itu milik dinas.",
                "Polda Wetra kini menyebut penembakan itu berlebihan. "
                        + "Kabid Propam Polda Wetra, Kombes Pol Sari Dewi, mengatakan sidang etik digelar pekan depan.",
                "Warga di Kulon berkumpul. Kepala Kepolisian Resor Kota Besar Kulon Komisaris Besar Andi Wijaya mengatakan ada tawuran.");
        Map<String, String> p = partiesBySpeaker(out);
        assertThat(p.get("Kabid Humas Polda Wetan Raya (Wetra) Kombes Pol Budi Santoso"))
                .as("the region a body is named by is a place, so its short form is no institution").isEqualTo("Polda Wetra");
        assertThat(p.get("Budi")).isEqualTo("Polda Wetra");
        assertThat(p.get("Polda Wetra")).as("\"kini\" after the body is its verb group's").isEqualTo("Polda Wetra");
        assertThat(p.get("Kabid Propam Polda Wetra, Kombes Pol Sari Dewi")).as("the division is the body's").isEqualTo("Polda Wetra");
        assertThat(p.get("Kepala Kepolisian Resor Kota Besar Kulon Komisaris Besar Andi Wijaya")).isEqualTo("Polrestabes Kulon");
    }

    @Test
    void aNumberedUnitOfABodySpeaksForThatUnit() {
        List<ArticleStatements> out = folder(
                "Siswa di Kulon berduka. Wakil Kepala Sekolah SMKN 2 Kulon, Rina Wulandari, mengatakan korban anak baik.",
                "Staf Kesiswaan SMKN 2 Kulon Dedi Kurnia mengatakan korban tidak pernah terlibat tawuran.",
                "Dewan Perwakilan Rakyat (DPR) memanggil polisi. Ketua Komisi IV DPR Joko Susilo mengatakan kapolres harus dievaluasi. "
                        + "Joko mengatakan rapat digelar Selasa.",
                "Wakil Ketua Komisi II DPRD Kulon Sari Rahma mengatakan anggaran sekolah ditambah.");
        // The school, not its student affairs desk; the committee, not the whole house; a numeral is no short form.
        assertThat(partiesBySpeaker(out)).contains(
                Map.entry("Wakil Kepala Sekolah SMKN 2 Kulon, Rina Wulandari", "SMKN 2 Kulon"),
                Map.entry("Staf Kesiswaan SMKN 2 Kulon Dedi Kurnia", "SMKN 2 Kulon"),
                Map.entry("Ketua Komisi IV DPR Joko Susilo", "Komisi IV DPR"),
                Map.entry("Joko", "Komisi IV DPR"),
                Map.entry("Wakil Ketua Komisi II DPRD Kulon Sari Rahma", "Komisi II DPRD Kulon"));
    }

    @Test
    void peopleWhoSpeakForNoInstitutionSpeakForTheGroupTheTextsNounNames() {
        List<ArticleStatements> out = folder(
                "Teman korban, Akbar Maulana, mengatakan korban anak yang baik. Akbar menambahkan korban tidak ikut geng.",
                "Juru bicara keluarga, Hartono, menegaskan korban tidak membawa senjata. "
                        + "Keluarga Dimas, Hartono, mengatakan keluarga kecewa. Ayah Dimas mengatakan anaknya bukan anggota geng.",
                "Salah satu warga Desa Sukamaju, Wati, mengatakan air naik cepat. Seorang satpam perumahan menegaskan tidak ada tawuran.");
        Map<String, String> p = partiesBySpeaker(out);
        assertThat(p.get("Teman korban, Akbar Maulana")).isEqualTo("teman korban");
        assertThat(p.get("Akbar")).as("carried to the person's other statements").isEqualTo("teman korban");
        assertThat(p.get("Juru bicara keluarga, Hartono")).as("the family named by whom it is the family of").isEqualTo("keluarga Dimas");
        assertThat(p.get("Salah satu warga Desa Sukamaju, Wati")).isEqualTo("warga Desa Sukamaju");
        assertThat(p.get("Seorang satpam perumahan")).isEqualTo("satpam");
        assertThat(p.get("Ayah Dimas")).as("a relation's name is whose relation it is").isEqualTo("keluarga Dimas");
        List<ArticleStatements> en = new StatementExtractor(Extract.RULES).acrossFolder(List.of(
                Extract.article("id", "Warga Desa Sukamaju resah."),
                Extract.article("en", "A resident, Maria Lestari, said the water rose within minutes.")));
        assertThat(partiesBySpeaker(en).get("A resident, Maria Lestari")).as("named as the first language names the group").isEqualTo("warga");
    }

    @Test
    void twoShortFormsOfOneMinistryAndAOneWordMinistersTitleAreOneInstitution() {
        List<ArticleStatements> out = folder(
                "Kementerian Pangan dan Pertanian (Pangtan) menyebut stok beras cukup. "
                        + "Juru Bicara Pangtan, Sari Dewi, mengatakan harga gabah naik.",
                "Kementerian Pangan dan Pertanian (Kemenpangtan) memastikan impor tidak perlu.",
                "Menpangtan Rina Wulandari mengatakan panen raya dimulai pekan depan. Rina menambahkan gudang penuh.");
        Map<String, String> p = partiesBySpeaker(out);
        String ministry = p.get("Kementerian Pangan dan Pertanian (Kemenpangtan)");
        assertThat(ministry).isIn("Pangtan", "Kemenpangtan");
        assertThat(p.get("Juru Bicara Pangtan, Sari Dewi")).as("the short form without the kind word is the same body").isEqualTo(ministry);
        assertThat(p.get("Menpangtan Rina Wulandari")).as("a minister's one-word title speaks for the ministry").isEqualTo(ministry);
        assertThat(p.get("Rina")).as("and never is the person's name").isEqualTo(ministry);
        PartyNames names = new StatementExtractor(Extract.RULES).partyNames(List.of(
                "Kementerian Pangan dan Pertanian (Pangtan) menyebut stok beras cukup.",
                "Kementerian Pangan dan Pertanian (Kemenpangtan) memastikan impor tidak perlu."));
        assertThat(names.same("Pangtan", "Kemenpangtan")).isTrue();
        assertThat(names.same("Kemenpangtan", "Pangtan")).isTrue();
    }

    @Test
    void aPersonsBodyMetAgainIsTheNumberedUnitTheFolderGivesThem() {
        List<ArticleStatements> out = folder(
                "Ketua Komisi II DPR Budi Santoso mengatakan anggaran pangan kurang.",
                "Anggota DPR Budi Santoso menegaskan gudang harus diaudit. "
                        + "Atas temuan ini, Ketua Komisi IV DPR Joko Susilo mengatakan menteri harus dipanggil.",
                "Badan Pengawas Air Nasional (BPAN) memeriksa izin. Kepala Satgas Wilayah III BPAN Dian Lestari mengatakan izin cacat.");
        Map<String, String> p = partiesBySpeaker(out);
        assertThat(p.get("Ketua Komisi II DPR Budi Santoso")).isEqualTo("Komisi II DPR");
        assertThat(p.get("Anggota DPR Budi Santoso")).as("the house he sits in, named more precisely elsewhere").isEqualTo("Komisi II DPR");
        assertThat(p.get("Ketua Komisi IV DPR Joko Susilo")).as("a clause before the speaker is no part of it and names no body")
                .isEqualTo("Komisi IV DPR");
        assertThat(p.get("Kepala Satgas Wilayah III BPAN Dian Lestari")).as("a numbered territory is where she works: the body speaks").isEqualTo("BPAN");
    }

    @Test
    void theEvaluationReadsOneNameWrittenInAnotherOrderOrSpacing() {
        PartyNames names = new StatementExtractor(Extract.RULES).partyNames(List.of("Rapat digelar di Kabupaten Wetan."));
        assertThat(names.same("DPR Komisi II", "Komisi II DPR")).isTrue();
        assertThat(names.same("Kemenko Pangan", "Kemenkopangan")).isTrue();
        assertThat(names.same("Sukanetcom", "Sukanet.com")).as("a brand written as its web address").isTrue();
        assertThat(names.same("Sukanet", "Sukanet.com")).isFalse();
        assertThat(names.same("DPR Komisi II", "Komisi IV DPR")).isFalse();
        assertThat(names.same("DPR Komisi II", "DPR")).isFalse();
    }

    @Test
    void theGovernmentNamedByTheCommonNounAloneSpeaksForTheGovernment() {
        List<ArticleStatements> out = new StatementExtractor(Extract.RULES).acrossFolder(List.of(
                Extract.article("id", "Pemerintah memastikan layanan pulih pekan ini. "
                        + "Pemerintah Kabupaten Wetan menyebut sekolah tetap buka."),
                Extract.article("en", "The government said services would be restored within a week.")));
        Map<String, String> p = partiesBySpeaker(out);
        assertThat(p.get("Pemerintah")).isEqualTo("pemerintah");
        assertThat(p.get("The government")).isEqualTo("pemerintah");
        assertThat(p.get("Pemerintah Kabupaten Wetan")).as("a government named with its unit is that unit's").isEqualTo("Pemkab Wetan");
    }

    @Test
    void aShortFormInsideACompanysDivisionLeavesTheCompanySpeaking() {
        List<ArticleStatements> out = folder(
                "PT Tirta Sejahtera mengelola gudang data itu.",
                "Direktur Network dan IT Solution Tirta Sejahtera Herman Saputra mengatakan data terkunci.");
        assertThat(partiesBySpeaker(out).get("Direktur Network dan IT Solution Tirta Sejahtera Herman Saputra")).isEqualTo("Tirta Sejahtera");
    }

    @Test
    void aNameTheTextGivesAPeopleNounByAppositionSpeaksForThatGroup() {
        List<ArticleStatements> out = folder(
                "Berdasarkan pengakuan sopir bus, Sudarman, rem bus sempat bermasalah di tanjakan.",
                "Sudarman mengatakan rem bus blong sebelum kecelakaan.");
        assertThat(partiesBySpeaker(out).get("Sudarman")).isEqualTo("sopir");
    }
}
