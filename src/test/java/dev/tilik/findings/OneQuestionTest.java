package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.FindingType;
import dev.tilik.model.Stance;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.StanceBasis;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A stance finding's two sides answer one question, the one its denial puts: a statement telling something
 * else about the same matter is no other side. Sentences of a land dispute, a vote count and a landslide,
 * written for this test.
 */
class OneQuestionTest {
    private static final LocalDate DAY = LocalDate.of(2025, 5, 12);

    private static ArticleStatements one(String file, String sentence, String claim, String speaker, String party,
                                         Stance stance, StanceBasis basis) {
        return about("ganti rugi lahan", file, sentence, claim, speaker, party, stance, basis);
    }

    private static ArticleStatements about(String topic, String file, String sentence, String claim, String speaker,
                                           String party, Stance stance, StanceBasis basis) {
        return ArticleFixture.article(file, sentence).published(DAY)
                .say(claim, speaker, party, stance, topic).basis(basis).done().build();
    }

    private static ArticleStatements english(String topic, String file, String sentence, String claim, String speaker,
                                             String party, Stance stance, StanceBasis basis) {
        return ArticleFixture.article(file, sentence).language("en").published(DAY)
                .say(claim, speaker, party, stance, topic).basis(basis).done().build();
    }

    private static List<Finding> denials(ArticleStatements... articles) throws Exception {
        return AnyStoryFindingsTest.ofType(AnyStoryFindingsTest.find(articles), FindingType.DENY_VS_ASSERT);
    }

    private static List<String> side(Finding f, int side) {
        return f.evidence().stream().filter(e -> e.side() == side).map(Evidence::fileName).distinct().toList();
    }

    @Test
    void aFirmNegationAsksAboutItsVerbNotAboutWhatItsObjectIs() throws Exception {
        ArticleStatements wontPay = one("a.txt", "Bupati Rahmat Hidayat menegaskan pemerintah tidak akan membayar ganti rugi lahan warga.",
                "pemerintah tidak akan membayar ganti rugi lahan warga", "Bupati Rahmat Hidayat", "Pemkab", Stance.DENY,
                StanceBasis.EVENT_NEGATED);
        ArticleStatements howMuch = one("b.txt", "Ketua paguyuban warga Sri Wahyuni mengatakan ganti rugi lahan yang dituntut warga Rp 5 miliar.",
                "ganti rugi lahan yang dituntut warga Rp 5 miliar", "Ketua paguyuban warga Sri Wahyuni", "Paguyuban Warga",
                Stance.ASSERT, StanceBasis.CUE);
        ArticleStatements paid = one("c.txt", "Camat Yusuf Maulana mengatakan pemerintah sudah membayar ganti rugi lahan kepada warga.",
                "pemerintah sudah membayar ganti rugi lahan kepada warga", "Camat Yusuf Maulana", "Kecamatan", Stance.ASSERT,
                StanceBasis.CUE);

        assertThat(denials(wontPay, howMuch)).as("'will not pay' and 'how much is asked' answer two questions").isEmpty();
        List<Finding> found = denials(wontPay, howMuch, paid);
        assertThat(found).hasSize(1);
        assertThat(side(found.get(0), 0)).containsExactly("a.txt");
        assertThat(side(found.get(0), 1)).as("only the statement that says whether it was paid").containsExactly("c.txt");
    }

    @Test
    void aPlainNegationAsksAboutEveryWordItReaches() throws Exception {
        ArticleStatements denial = about("suara tps", "a.txt", "Ketua KPU Rina Susanti menegaskan tidak ada penggelembungan suara di TPS 5.", "tidak ada penggelembungan suara di TPS 5", "Ketua KPU Rina Susanti", "KPU", Stance.DENY, StanceBasis.EVENT_NEGATED);
        ArticleStatements same = about("suara tps", "b.txt", "Saksi partai Hendra Gunawan mengatakan suara di TPS 5 digelembungkan.", "suara di TPS 5 digelembungkan", "Saksi partai Hendra Gunawan", "Partai Maju", Stance.ASSERT, StanceBasis.CUE);
        ArticleStatements when = about("suara tps", "c.txt", "Saksi partai Hendra Gunawan mengatakan rekapitulasi selesai Senin malam.", "rekapitulasi selesai Senin malam", "Saksi partai Hendra Gunawan", "Partai Maju", Stance.ASSERT, StanceBasis.CUE);

        assertThat(denials(denial, when)).as("when the count ended is another question").isEmpty();
        assertThat(denials(denial, same)).hasSize(1);
    }

    @Test
    void aDenialThatRefersBackLeavesTheQuestionToWhatItRefersTo() throws Exception {
        ArticleStatements denial = one("a.txt", "Bupati Rahmat Hidayat membantah klaim tersebut.", "klaim tersebut",
                "Bupati Rahmat Hidayat", "Pemkab", Stance.DENY, StanceBasis.CUE);
        ArticleStatements claim = one("b.txt", "Ketua paguyuban warga Sri Wahyuni mengatakan pemerintah belum membayar ganti rugi lahan.",
                "pemerintah belum membayar ganti rugi lahan", "Ketua paguyuban warga Sri Wahyuni", "Paguyuban Warga",
                Stance.ASSERT, StanceBasis.CUE);

        assertThat(denials(denial, claim)).as("'klaim tersebut' names no words of its own: any statement may answer it")
                .hasSize(1);
    }

    @Test
    void anAgentNounKeepsItsPrefixBeforeItsRoot() {
        assertThat(OneQuestion.root("pekerja", "id")).as("a worker").isEqualTo(OneQuestion.AGENT + "kerja")
                .isNotEqualTo(OneQuestion.root("bekerja", "id"));
        assertThat(OneQuestion.root("pekerjanya", "id")).isEqualTo(OneQuestion.root("pekerja", "id"));
        assertThat(OneQuestion.root("pengirim", "id")).as("a sender").isNotEqualTo(OneQuestion.root("dikirim", "id"));
        assertThat(OneQuestion.root("penulis", "id")).isNotEqualTo(OneQuestion.root("menulis", "id"));
        assertThat(OneQuestion.root("pekerjaan", "id")).as("-an names the act: it meets its verb")
                .isEqualTo(OneQuestion.root("bekerja", "id"));
        assertThat(OneQuestion.root("pengiriman", "id")).isEqualTo(OneQuestion.root("mengirim", "id"));
        assertThat(OneQuestion.root("pesan", "id")).as("no prefix: the root opens the word").doesNotStartWith(OneQuestion.AGENT);
        assertThat(OneQuestion.root("penulis", "en")).as("English has no such prefix").doesNotStartWith(OneQuestion.AGENT);
    }

    @Test
    void aWorkerIsNoAnswerToAQuestionAboutTheWork() throws Exception {
        ArticleStatements noWork = about("hari libur", "a.txt", "Manajer pabrik Hendra Wijaya menegaskan karyawan tidak bekerja pada hari libur nasional.",
                "karyawan tidak bekerja pada hari libur nasional", "Manajer pabrik Hendra Wijaya", "PT Maju Jaya", Stance.DENY,
                StanceBasis.EVENT_NEGATED);
        ArticleStatements workers = about("hari libur", "b.txt", "Ketua serikat Siti Aminah mengatakan upah para pekerja dibayar penuh.",
                "upah para pekerja dibayar penuh", "Ketua serikat Siti Aminah", "Serikat Buruh", Stance.ASSERT, StanceBasis.CUE);
        ArticleStatements worked = about("hari libur", "c.txt", "Ketua serikat Siti Aminah mengatakan karyawan tetap bekerja pada hari libur nasional.",
                "karyawan tetap bekerja pada hari libur nasional", "Ketua serikat Siti Aminah", "Serikat Buruh", Stance.ASSERT,
                StanceBasis.CUE);

        assertThat(denials(noWork, workers)).as("what the workers are paid answers no question of whether they work").isEmpty();
        List<Finding> found = denials(noWork, workers, worked);
        assertThat(found).hasSize(1);
        assertThat(side(found.get(0), 1)).containsExactly("c.txt");
    }

    @Test
    void aDismissalAsksAboutWhatItDismissesNotAboutTruth() throws Exception {
        ArticleStatements dismissal = about("pajak bumi", "a.txt", "Sekda Agus Pratama menyebut kenaikan pajak 250 persen tidak benar.", "kenaikan pajak 250 persen tidak benar", "Sekda Agus Pratama", "Pemkab", Stance.DENY, StanceBasis.DISMISSAL);
        ArticleStatements claim = about("pajak bumi", "b.txt", "Koordinator warga Sri Wahyuni mengatakan pajak bumi naik 250 persen.", "pajak bumi naik 250 persen", "Koordinator warga Sri Wahyuni", "Paguyuban Warga", Stance.ASSERT, StanceBasis.CUE);

        assertThat(denials(dismissal, claim)).as("'tidak benar' reaches only the word of truth: the question is what it dismisses")
                .hasSize(1);
    }

    @Test
    void aWordOfAManyWordCueInWhatANegationReachesWithholdsNoStance() throws Exception {
        // A market eviction: "ada" (of "menemukan ada") right after a firm negation is no cue: the question is the eviction.
        ArticleStatements noEviction = about("pasar baru", "a.txt", "Wali Kota Andi Saputra menegaskan tidak akan ada penggusuran pedagang Pasar Baru.",
                "tidak akan ada penggusuran pedagang Pasar Baru", "Wali Kota Andi Saputra", "Pemkot", Stance.DENY,
                StanceBasis.EVENT_NEGATED);
        ArticleStatements fee = about("pasar baru", "b.txt", "Ketua paguyuban Siti Aminah mengatakan pedagang Pasar Baru membayar retribusi Rp 5.000 per hari.",
                "pedagang Pasar Baru membayar retribusi Rp 5.000 per hari", "Ketua paguyuban Siti Aminah", "Paguyuban Pedagang",
                Stance.ASSERT, StanceBasis.CUE);
        ArticleStatements evicted = about("pasar baru", "c.txt", "Camat Budi Santoso mengatakan penggusuran pedagang Pasar Baru dimulai pekan depan.",
                "penggusuran pedagang Pasar Baru dimulai pekan depan", "Camat Budi Santoso", "Kecamatan", Stance.ASSERT,
                StanceBasis.CUE);

        assertThat(denials(noEviction, fee)).as("what the traders pay answers no question of an eviction").isEmpty();
        List<Finding> found = denials(noEviction, fee, evicted);
        assertThat(found).hasSize(1);
        assertThat(side(found.get(0), 1)).containsExactly("c.txt");

        // A dengue outbreak: "kepada" (of "mengatakan kepada") in the reach of a plain negation is no negated cue either.
        ArticleStatements harmless = about("fogging warga", "d.txt", "Kepala Dinkes Rina Wati menegaskan fogging tidak berdampak buruk kepada kesehatan warga.",
                "fogging tidak berdampak buruk kepada kesehatan warga", "Kepala Dinkes Rina Wati", "Dinkes", Stance.DENY,
                StanceBasis.EVENT_NEGATED);
        ArticleStatements howOften = about("fogging warga", "e.txt", "Ketua RT Joko Susilo mengatakan fogging dilakukan dua kali sepekan.",
                "fogging dilakukan dua kali sepekan", "Ketua RT Joko Susilo", "RT 05", Stance.ASSERT, StanceBasis.CUE);
        assertThat(denials(harmless, howOften)).as("how often the fogging is done is another question").isEmpty();
    }

    @Test
    void aFirmNegationsVerbIsNeverANameAfterIt() throws Exception {
        // A party split: the treasurer disagrees that the chairman resigns; a rival party's letter handed to him is another thing.
        ArticleStatements against = about("ketua partai", "a.txt", "Bendahara partai Sari Dewi mengatakan pihaknya tak setuju apabila Rahmat Hidayat mundur dari kursi ketua.",
                "pihaknya tak setuju apabila Rahmat Hidayat mundur dari kursi ketua", "Bendahara partai Sari Dewi", "Partai Wetan",
                Stance.DENY, StanceBasis.EVENT_NEGATED);
        ArticleStatements letter = about("ketua partai", "b.txt", "Sekretaris Joko Susilo mengatakan surat undangan rapat sudah diserahkan kepada Rahmat Hidayat.",
                "surat undangan rapat sudah diserahkan kepada Rahmat Hidayat", "Sekretaris Joko Susilo", "Partai Kulon",
                Stance.ASSERT, StanceBasis.CUE);
        ArticleStatements resigned = about("ketua partai", "c.txt", "Wakil ketua Budi Santoso mengatakan Rahmat Hidayat sudah mundur dari kursi ketua.",
                "Rahmat Hidayat sudah mundur dari kursi ketua", "Wakil ketua Budi Santoso", "Partai Kulon", Stance.ASSERT,
                StanceBasis.CUE);
        assertThat(denials(against, letter)).as("the chairman named is not what the disagreement is about").isEmpty();
        assertThat(denials(against, letter, resigned)).hasSize(1);
    }

    @Test
    void aNegatedCueStillWithholdsAStance() throws Exception {
        ArticleStatements notDenied = about("pasar baru", "a.txt", "Wali Kota Andi Saputra tidak membantah kepada wartawan rencana relokasi pedagang.",
                "tidak membantah kepada wartawan rencana relokasi pedagang", "Wali Kota Andi Saputra", "Pemkot", Stance.DENY,
                StanceBasis.EVENT_NEGATED);
        ArticleStatements fee = about("pasar baru", "b.txt", "Ketua paguyuban Siti Aminah mengatakan pedagang membayar retribusi harian.",
                "pedagang membayar retribusi harian", "Ketua paguyuban Siti Aminah", "Paguyuban Pedagang", Stance.ASSERT, StanceBasis.CUE);
        assertThat(new DenialQuestions(new ClaimWords(List.of("tidak"), List.of(), List.of("membantah", "mengatakan kepada"), w -> false))
                .question(Voice.of(notDenied.statements().get(0), notDenied, "pasar baru", "Pemkot", false, new java.util.HashMap<>()))).as("'tidak membantah': no question of its own").isNull();
    }

    @Test
    void theQuestionRunsPastAShortFormInParenthesesAndCountsOnlyContentWords() throws Exception {
        // A land title dispute: the denial asks about the revocation, four content words on, past "(SK)" and "terkait dengan".
        ArticleStatements noDecree = about("sertifikat lahan", "a.txt",
                "Kepala BPN Hadi Susanto mengatakan belum ada surat keputusan (SK) terkait dengan pencabutan sertifikat lahan warga.",
                "belum ada surat keputusan (SK) terkait dengan pencabutan sertifikat lahan warga", "Kepala BPN Hadi Susanto", "BPN",
                Stance.DENY, StanceBasis.EVENT_NEGATED);
        ArticleStatements revoked = about("sertifikat lahan", "b.txt",
                "Dirjen Rudi Hartono mengatakan pencabutan sertifikat itu telah dilakukan secara resmi pekan lalu.",
                "pencabutan sertifikat itu telah dilakukan secara resmi pekan lalu", "Dirjen Rudi Hartono", "Kementerian ATR",
                Stance.ASSERT, StanceBasis.CUE);
        assertThat(denials(noDecree, revoked)).as("no decree yet against a revocation done: one question").hasSize(1);
    }

    @Test
    void aDenialAsksAboutItsPredicateNotAboutItsComplement() throws Exception {
        // A shoe factory: "tidak ada PHK terhadap karyawan" asks whether there are layoffs, not what is said of the staff.
        ArticleStatements noLayoffs = about("pabrik sepatu", "a.txt", "Direktur Hendra Wijaya memastikan tidak ada PHK terhadap karyawan pabrik sepatu.",
                "tidak ada PHK terhadap karyawan pabrik sepatu", "Direktur Hendra Wijaya", "PT Langkah", Stance.DENY,
                StanceBasis.EVENT_NEGATED);
        ArticleStatements wages = about("pabrik sepatu", "b.txt", "Ketua serikat Dewi Lestari mengatakan gaji karyawan pabrik sepatu dibayar tepat waktu.",
                "gaji karyawan pabrik sepatu dibayar tepat waktu", "Ketua serikat Dewi Lestari", "Serikat Pekerja",
                Stance.ASSERT, StanceBasis.CUE);
        ArticleStatements laidOff = about("pabrik sepatu", "c.txt", "Kepala Disnaker Yusuf Maulana mengatakan PHK terhadap 300 karyawan dimulai pekan depan.",
                "PHK terhadap 300 karyawan dimulai pekan depan", "Kepala Disnaker Yusuf Maulana", "Disnaker", Stance.ASSERT,
                StanceBasis.CUE);
        assertThat(denials(noLayoffs, wages)).as("the staff's wages answer another question than layoffs").isEmpty();
        List<Finding> found = denials(noLayoffs, wages, laidOff);
        assertThat(found).hasSize(1);
        assertThat(side(found.get(0), 1)).containsExactly("c.txt");
    }

    @Test
    void aDenialOfACauseAsksAboutWhatItSaysWasNotSoCaused() throws Exception {
        // A furnace blast: "tidak tewas karena ledakan" asks about the death; why the furnace blew up is another question.
        ArticleStatements notTheBlast = about("ledakan tungku", "d.txt", "Kapolsek Agus Salim menegaskan korban tidak tewas karena ledakan tungku.",
                "korban tidak tewas karena ledakan tungku", "Kapolsek Agus Salim", "Polsek", Stance.DENY, StanceBasis.EVENT_NEGATED);
        ArticleStatements whyItBlew = about("ledakan tungku", "e.txt", "Ahli Rudi Hartono mengatakan ledakan tungku terjadi karena tekanan gas berlebih.",
                "ledakan tungku terjadi karena tekanan gas berlebih", "Ahli Rudi Hartono", "ITB", Stance.ASSERT, StanceBasis.CUE);
        ArticleStatements died = about("ledakan tungku", "f.txt", "Saksi Joko Susilo mengatakan korban tewas seketika akibat ledakan tungku.",
                "korban tewas seketika akibat ledakan tungku", "Saksi Joko Susilo", "Warga", Stance.ASSERT, StanceBasis.CUE);
        assertThat(denials(notTheBlast, whyItBlew)).as("the cause of the blast answers another question than the death").isEmpty();
        List<Finding> blast = denials(notTheBlast, whyItBlew, died);
        assertThat(blast).hasSize(1);
        assertThat(side(blast.get(0), 1)).containsExactly("f.txt");
    }

    @Test
    void aRelativeClauseDeniedWithItsCauseIsAnsweredOnlyWithThatCause() throws Exception {
        // A factory canteen: "tidak ada karyawan yang dirawat karena keracunan" grants that staff are in care and asks
        // why; that twelve are in care answers another question, that they are in care from the poisoning answers it.
        ArticleStatements noPoisoned = about("kantin pabrik", "a.txt",
                "Kepala Dinkes Rina Susanti memastikan tidak ada karyawan yang dirawat karena keracunan makanan kantin.",
                "tidak ada karyawan yang dirawat karena keracunan makanan kantin", "Kepala Dinkes Rina Susanti", "Dinkes",
                Stance.DENY, StanceBasis.EVENT_NEGATED);
        ArticleStatements inCare = about("kantin pabrik", "b.txt",
                "Manajer pabrik Hendra Wijaya mengatakan 12 karyawan dirawat di klinik pabrik.",
                "12 karyawan dirawat di klinik pabrik", "Manajer pabrik Hendra Wijaya", "PT Sandang", Stance.ASSERT,
                StanceBasis.CUE);
        ArticleStatements poisoned = about("kantin pabrik", "c.txt",
                "Perawat klinik Dewi Lestari mengatakan karyawan dirawat karena keracunan makanan kantin.",
                "karyawan dirawat karena keracunan makanan kantin", "Perawat klinik Dewi Lestari", "Klinik Sehat",
                Stance.ASSERT, StanceBasis.CUE);
        assertThat(denials(noPoisoned, inCare)).as("staff in care, no cause said: another question").isEmpty();
        List<Finding> found = denials(noPoisoned, inCare, poisoned);
        assertThat(found).hasSize(1);
        assertThat(side(found.get(0), 1)).containsExactly("c.txt");

        ArticleStatements rumour = about("kantin pabrik", "d.txt",
                "Direktur Joko Susilo membantah kabar yang menyebut karyawan dirawat karena keracunan makanan kantin.",
                "kabar yang menyebut karyawan dirawat karena keracunan makanan kantin", "Direktur Joko Susilo", "PT Sandang",
                Stance.DENY, StanceBasis.CUE_ON_TOPIC);
        assertThat(denials(rumour, inCare)).as("a report's cause denied by its cue: the same").isEmpty();
    }

    @Test
    void aDenialAboutOthersIsAnsweredOnlyByAClaimAboutOthersToo() throws Exception {
        // A school fire: "tidak menemukan siswa lain yang terluka" grants the two injured pupils and asks about the rest.
        ArticleStatements noOthers = about("kebakaran sekolah", "a.txt",
                "Kepala sekolah Rina Susanti memastikan tim tidak menemukan siswa lain yang terluka.",
                "tim tidak menemukan siswa lain yang terluka", "Kepala sekolah Rina Susanti", "SMP Harapan",
                Stance.DENY, StanceBasis.EVENT_NEGATED);
        ArticleStatements two = about("kebakaran sekolah", "b.txt",
                "Petugas damkar Hendra Wijaya mengatakan dua siswa terluka ringan.",
                "dua siswa terluka ringan", "Petugas damkar Hendra Wijaya", "Damkar", Stance.ASSERT, StanceBasis.CUE);
        assertThat(denials(noOthers, two)).as("the two injured are granted: another question").isEmpty();
        ArticleStatements more = about("kebakaran sekolah", "c.txt",
                "Orang tua murid Dewi Lestari mengatakan siswa lain juga terluka di kelas sebelah.",
                "siswa lain juga terluka di kelas sebelah", "Orang tua murid Dewi Lestari", "warga", Stance.ASSERT,
                StanceBasis.CUE);
        List<Finding> found = denials(noOthers, two, more);
        assertThat(found).hasSize(1);
        assertThat(side(found.get(0), 1)).containsExactly("c.txt");

        ArticleStatements english = english("kebakaran sekolah", "d.txt",
                "The principal said the other pupils were not hurt.", "the other pupils were not hurt", "The principal",
                "SMP Harapan", Stance.DENY, StanceBasis.EVENT_NEGATED);
        ArticleStatements hurt = english("kebakaran sekolah", "e.txt", "A firefighter said two pupils were hurt.",
                "two pupils were hurt", "A firefighter", "Damkar", Stance.ASSERT, StanceBasis.CUE);
        assertThat(denials(english, hurt)).as("\"the other pupils\": the two are granted").isEmpty();
    }

    @Test
    void aDenialOfWhatBefellOneBodyAnswersNoCount() throws Exception {
        // A bus crash: a passenger's "tidak ada luka, cuma pegal" is his own body, not a count of the injured.
        ArticleStatements count = bus("b.txt", "18 penumpang mengalami luka ringan", "Kapolres Hendra Wijaya", "Polres",
                Stance.ASSERT);
        for (String body : List.of("Tidak ada luka, cuma pegal-pegal saja", "Asep Sunarya lega dirinya tidak sampai terluka")) {
            assertThat(denials(bus("a.txt", body, "penumpang Asep Sunarya", "warga", Stance.DENY), count))
                    .as("one body's word answers no count of the injured: %s", body).isEmpty();
        }
        for (String toll : List.of("tidak ada korban luka dalam kecelakaan itu", "tidak ada yang terluka dalam kecelakaan itu")) {
            assertThat(denials(bus("a.txt", toll, "Kepala Dishub Rina Susanti", "Dishub", Stance.DENY), count))
                    .as("a victim named, or no one who was: a toll's denial: %s", toll).hasSize(1);
        }
        ArticleStatements injured = english("kecelakaan bus", "g.txt", "Police said 18 passengers were hurt.",
                "18 passengers were hurt", "Police", "Polres", Stance.ASSERT, StanceBasis.CUE);
        assertThat(denials(english("kecelakaan bus", "f.txt", "A passenger said he was not hurt.", "he was not hurt",
                "A passenger", "warga", Stance.DENY, StanceBasis.EVENT_NEGATED), injured)).as("one body").isEmpty();
        assertThat(denials(english("kecelakaan bus", "h.txt", "Officials said no passengers were hurt.",
                "no passengers were hurt", "Officials", "Dishub", Stance.DENY, StanceBasis.EVENT_NEGATED), injured))
                .as("\"no passengers were hurt\" counts").hasSize(1);
    }

    /** A statement of a bus crash, said by {@code speaker} of {@code party}: its sentence the claim and who said it. */
    private static ArticleStatements bus(String file, String claim, String speaker, String party, Stance stance) {
        return about("kecelakaan bus", file, claim + ", kata " + speaker + ".", claim, speaker, party, stance,
                stance == Stance.DENY ? StanceBasis.EVENT_NEGATED : StanceBasis.CUE);
    }

    @Test
    void anOtherWordInAnIdiomMarksNoSet() throws Exception {
        ArticleStatements noInjured = about("kebakaran sekolah", "a.txt",
                "Di sisi lain, tidak ada siswa yang terluka, kata Kepala sekolah Rina Susanti.",
                "Di sisi lain, tidak ada siswa yang terluka", "Kepala sekolah Rina Susanti", "SMP Harapan",
                Stance.DENY, StanceBasis.EVENT_NEGATED);
        ArticleStatements two = about("kebakaran sekolah", "b.txt",
                "Petugas damkar Hendra Wijaya mengatakan dua siswa terluka ringan.",
                "dua siswa terluka ringan", "Petugas damkar Hendra Wijaya", "Damkar", Stance.ASSERT, StanceBasis.CUE);
        assertThat(denials(noInjured, two)).as("\"di sisi lain\" opens the sentence, it names no other pupils").hasSize(1);
    }

    @Test
    void aCauseWithNoRelativeClauseBeforeItLeavesTheQuestionAsItWas() throws Exception {
        // "tidak ada lembur malam karena listrik padam" gives the ground of the negative fact: asked about the overtime.
        ArticleStatements noOvertime = about("lembur pabrik", "a.txt",
                "Manajer Hendra Wijaya mengatakan tidak ada lembur malam karena listrik padam.",
                "tidak ada lembur malam karena listrik padam", "Manajer Hendra Wijaya", "PT Sandang", Stance.DENY,
                StanceBasis.EVENT_NEGATED);
        ArticleStatements overtime = about("lembur pabrik", "b.txt",
                "Ketua serikat Dewi Lestari mengatakan karyawan tetap lembur malam pekan lalu.",
                "karyawan tetap lembur malam pekan lalu", "Ketua serikat Dewi Lestari", "Serikat Pekerja", Stance.ASSERT,
                StanceBasis.CUE);
        assertThat(denials(noOvertime, overtime)).hasSize(1);
    }

    @Test
    void aDenialByItsCueAsksAboutItsClaimUpToAClauseOfAnotherRank() throws Exception {
        // A textile mill: "membantah penutupan pabrik untuk menekan biaya produksi" asks about the closure, not the costs.
        ArticleStatements noClosure = about("pabrik tekstil", "a.txt",
                "Direktur Hendra Wijaya membantah penutupan pabrik tekstil untuk menekan biaya produksi.",
                "penutupan pabrik tekstil untuk menekan biaya produksi", "Direktur Hendra Wijaya", "PT Benang", Stance.DENY,
                StanceBasis.CUE_ON_TOPIC);
        ArticleStatements costs = about("pabrik tekstil", "b.txt",
                "Analis Dewi Lestari mengatakan biaya produksi naik 20 persen tahun ini.",
                "biaya produksi naik 20 persen tahun ini", "Analis Dewi Lestari", "Bank Dunia", Stance.ASSERT, StanceBasis.CUE);
        ArticleStatements closed = about("pabrik tekstil", "c.txt",
                "Ketua serikat Joko Susilo mengatakan pabrik tekstil itu ditutup bulan depan.",
                "pabrik tekstil itu ditutup bulan depan", "Ketua serikat Joko Susilo", "Serikat Pekerja", Stance.ASSERT,
                StanceBasis.CUE);
        assertThat(denials(noClosure, costs)).as("what production costs is another question than the closure").isEmpty();
        List<Finding> found = denials(noClosure, costs, closed);
        assertThat(found).hasSize(1);
        assertThat(side(found.get(0), 1)).containsExactly("c.txt");
    }

    @Test
    void aDismissedLinkAsksAboutWhatItIsNotLinkedTo() throws Exception {
        // A ferry fire: the harbour master denies the fire came from the fuel cargo; a passenger tells the fire.
        ArticleStatements noLink = about("kebakaran kapal", "a.txt",
                "Kepala KSOP Doni Saputra memastikan kebakaran kapal itu tidak terkait dengan muatan solar.",
                "kebakaran kapal itu tidak terkait dengan muatan solar", "Kepala KSOP Doni Saputra", "KSOP",
                Stance.DENY, StanceBasis.DISMISSAL);
        ArticleStatements fire = about("kebakaran kapal", "b.txt",
                "Penumpang Lina Marlina mengatakan kebakaran kapal terjadi pukul dua dini hari.",
                "kebakaran kapal terjadi pukul dua dini hari", "Penumpang Lina Marlina", "penumpang", Stance.ASSERT,
                StanceBasis.CUE);
        ArticleStatements cargo = about("kebakaran kapal", "c.txt",
                "Nakhoda Yohanes Lembang mengatakan api berasal dari muatan solar di dek bawah.",
                "api berasal dari muatan solar di dek bawah", "Nakhoda Yohanes Lembang", "awak kapal", Stance.ASSERT,
                StanceBasis.CUE);

        assertThat(denials(noLink, fire)).as("that the fire happened answers no question of its cause").isEmpty();
        List<Finding> found = denials(noLink, fire, cargo);
        assertThat(found).hasSize(1);
        assertThat(side(found.get(0), 1)).as("only the statement naming the cargo").containsExactly("c.txt");

        // The link word may carry a clitic, and a membership denied asks about what it is not part of.
        ArticleStatements notPart = about("kebakaran kapal", "d.txt",
                "Doni menegaskan dermaga itu bukan bagian dari kawasan pelabuhan umum.",
                "dermaga itu bukan bagian dari kawasan pelabuhan umum", "Doni", "KSOP", Stance.DENY, StanceBasis.DISMISSAL);
        ArticleStatements clitic = about("kebakaran kapal", "e.txt",
                "Doni menegaskan kebakaran itu tidak ada kaitannya dengan muatan solar.",
                "kebakaran itu tidak ada kaitannya dengan muatan solar", "Doni", "KSOP", Stance.DENY, StanceBasis.DISMISSAL);
        assertThat(denials(notPart, fire)).isEmpty();
        assertThat(denials(clitic, fire)).isEmpty();
        assertThat(denials(clitic, cargo)).hasSize(1);
    }

    @Test
    void aWordThatNamesNothingIsNoQuestionAndAnswersNone() throws Exception {
        // A sugar mill: "melakukan" is a verb of doing, the question is the layoffs; "Jadi," opens a clause, it is no "terjadi".
        ArticleStatements noLayoffs = about("pabrik gula", "a.txt", "Direktur Hendra Gunawan menegaskan pabrik tidak melakukan PHK terhadap karyawan.",
                "pabrik tidak melakukan PHK terhadap karyawan", "Direktur Hendra Gunawan", "PT Gula Manis", Stance.DENY,
                StanceBasis.EVENT_NEGATED);
        ArticleStatements meeting = about("pabrik gula", "b.txt", "Ketua serikat Sri Wahyuni mengatakan serikat melakukan audiensi dengan dinas tenaga kerja.",
                "serikat melakukan audiensi dengan dinas tenaga kerja", "Ketua serikat Sri Wahyuni", "Serikat Pekerja",
                Stance.ASSERT, StanceBasis.CUE);
        ArticleStatements laidOff = about("pabrik gula", "c.txt", "Ketua serikat Sri Wahyuni mengatakan PHK terhadap 300 karyawan dimulai Senin.",
                "PHK terhadap 300 karyawan dimulai Senin", "Ketua serikat Sri Wahyuni", "Serikat Pekerja", Stance.ASSERT,
                StanceBasis.CUE);

        assertThat(denials(noLayoffs, meeting)).as("a meeting held answers no question of layoffs").isEmpty();
        List<Finding> found = denials(noLayoffs, meeting, laidOff);
        assertThat(found).hasSize(1);
        assertThat(side(found.get(0), 1)).containsExactly("c.txt");

        ArticleStatements wontHappen = about("pabrik gula", "d.txt", "Direktur Hendra Gunawan menegaskan penutupan pabrik tidak akan terjadi.",
                "penutupan pabrik tidak akan terjadi", "Direktur Hendra Gunawan", "PT Gula Manis", Stance.DENY,
                StanceBasis.EVENT_NEGATED);
        ArticleStatements so = about("pabrik gula", "e.txt", "Ketua serikat Sri Wahyuni mengatakan, \"Jadi, kami menunggu gaji bulan ini.\"",
                "Jadi, kami menunggu gaji bulan ini", "Ketua serikat Sri Wahyuni", "Serikat Pekerja", Stance.ASSERT,
                StanceBasis.CUE);
        assertThat(denials(wontHappen, so)).as("'Jadi,' shares only a root with 'terjadi'").isEmpty();
    }

    @Test
    void aHeadHoldingAModifierIsAnsweredByTheSameModifierOrNoneNotByAnother() throws Exception {
        // A landslide: "korban jiwa" denied; "korban luka" and a count of "korban" that varies tell of other things.
        String topic = "longsor desa";
        ArticleStatements noDeaths = about(topic, "a.txt", "Kepala BPBD Agus Salim memastikan tidak ada korban jiwa dalam longsor di desa itu.",
                "tidak ada korban jiwa dalam longsor di desa itu", "Kepala BPBD Agus Salim", "BPBD", Stance.DENY,
                StanceBasis.EVENT_NEGATED);
        ArticleStatements injured = about(topic, "b.txt", "Kepala puskesmas Rina Wati mengatakan korban luka bertambah menjadi sembilan orang.",
                "korban luka bertambah menjadi sembilan orang", "Kepala puskesmas Rina Wati", "Puskesmas", Stance.ASSERT,
                StanceBasis.CUE);
        ArticleStatements varies = about(topic, "c.txt", "Warga Budi Santoso mengatakan jumlah korban bervariasi.",
                "jumlah korban bervariasi", "Warga Budi Santoso", "warga", Stance.ASSERT, StanceBasis.CUE);
        ArticleStatements dead = about(topic, "d.txt", "Kepala dusun Slamet Riyadi mengatakan ada dua korban jiwa tertimbun.",
                "ada dua korban jiwa tertimbun", "Kepala dusun Slamet Riyadi", "dusun", Stance.ASSERT, StanceBasis.CUE);
        ArticleStatements bare = about(topic, "e.txt", "Kepala dusun Slamet Riyadi mengatakan ada korban di desa itu.",
                "ada korban di desa itu", "Kepala dusun Slamet Riyadi", "dusun", Stance.ASSERT, StanceBasis.CUE);

        assertThat(denials(noDeaths, injured, varies)).as("'korban luka' and 'korban bervariasi' are not 'korban jiwa'")
                .isEmpty();
        assertThat(denials(noDeaths, dead)).hasSize(1);
        assertThat(denials(noDeaths, bare)).as("a bare head answers").hasSize(1);
    }

    @Test
    void aVerbHeadingTheQuestionIsAnsweredWhateverObjectFollowsIt() throws Exception {
        // Land compensation: "menerima" carries an affix, so its object may be named in other words.
        ArticleStatements notReceived = one("a.txt", "Ketua paguyuban warga Sri Wahyuni menegaskan warga tidak menerima ganti rugi lahan.",
                "warga tidak menerima ganti rugi lahan", "Ketua paguyuban warga Sri Wahyuni", "Paguyuban Warga", Stance.DENY,
                StanceBasis.EVENT_NEGATED);
        ArticleStatements received = one("b.txt", "Camat Yusuf Maulana mengatakan warga sudah menerima uang kompensasi.",
                "warga sudah menerima uang kompensasi", "Camat Yusuf Maulana", "Kecamatan", Stance.ASSERT, StanceBasis.CUE);

        assertThat(denials(notReceived, received)).hasSize(1);
    }

    @Test
    void aDemonstrativeReferringBackStandsBesideItsReferenceNoun() throws Exception {
        var rules = dev.tilik.rules.RulesLoader.load(java.nio.file.Path.of("rules")).languages().values();
        DenialQuestions reading = new DenialQuestions(ClaimWords.of(rules));
        OneQuestion question = new OneQuestion(reading, Matters.of(rules));
        Voice rumour = RestatesCostTest.voice("a.txt", "kabar yang beredar itu tidak benar", Stance.DENY);
        Voice thatMatter = RestatesCostTest.voice("b.txt", "hal tersebut", Stance.DENY);
        Voice count = RestatesCostTest.voice("c.txt",
                "siapa saja penumpang dan berapa jumlah yang naik ke perahu motor itu masih didata", Stance.ASSERT);
        Voice vests = RestatesCostTest.voice("d.txt", "petugas dermaga tidak memakai pelampung", Stance.DENY);

        assertThat(reading.refersBack(rumour)).as("the rumour, three words before its demonstrative").isTrue();
        assertThat(reading.refersBack(thatMatter)).isTrue();
        assertThat(reading.refersBack(count)).as("'itu' points at the boat, not at a count told before").isFalse();
        assertThat(question.answers(count, vests)).as("a count still being taken says nothing of life vests").isFalse();
    }
}
