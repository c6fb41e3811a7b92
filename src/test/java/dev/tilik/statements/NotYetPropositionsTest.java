package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A "not yet" said of what others in the same proposition say has happened denies it there, on copy
 * the team wrote in the style of a school-building dispute and of a court ruling (kinds of story none of
 * the development sets is): "hingga kini belum ada izin pembangunan" against "izin pembangunan sudah
 * terbit". A "not yet" that nobody contradicts, one in a relative clause ("siswa yang belum terdaftar")
 * and one before what cannot be done yet ("belum dapat") stay what the extractor made them.
 */
class NotYetPropositionsTest {

    private static final String[][] SCHOOL = {
            {"id", "Kepala Dinas Pendidikan Kota Sukamaju, Hendra Wijaya, mengatakan izin pembangunan gedung sekolah baru "
                    + "sudah terbit pekan lalu.\n"
                    + "Hendra juga mengatakan izin pembangunan gedung sekolah itu terbit setelah komite melengkapi berkas."},
            {"id", "Ketua Komite Sekolah, Sri Lestari, menyatakan izin pembangunan gedung sekolah sudah terbit dan pekerjaan "
                    + "dimulai bulan depan."},
            {"id", "Camat Sukamaju, Budi Santoso, menegaskan hingga kini belum ada izin pembangunan gedung sekolah yang terbit."},
            {"id", "Wali murid, Rina Marlina, mengatakan anak-anak belajar di ruang kelas sementara di balai warga.\n"
                    + "Guru honorer, Anton Prasetyo, menyebut siswa yang belum terdaftar akan diterima di ruang kelas sementara."},
            {"id", "Sekretaris komite, Yanto Saputra, mengatakan berkas sudah diserahkan ke kecamatan, tapi kami belum tahu "
                    + "kapan izin pembangunan gedung sekolah terbit."},
    };

    private static final String[][] COURT = {
            {"en", "The defence lawyer, Maria Santos, said the appeals court has issued its ruling on the land dispute."},
            {"en", "The farmers' spokesman, Joko Susilo, said the appeals court issued its ruling on the land dispute on Monday."},
            {"en", "A court clerk, Dewi Anggraini, said the appeals court has not yet issued a ruling on the land dispute."},
    };

    private static Statement by(List<Statement> all, String speaker) {
        return all.stream().filter(s -> s.speaker().contains(speaker)).findFirst().orElseThrow();
    }

    @Test
    void aNotYetAgainstWhatOthersSayHappenedDeniesIt() {
        List<Statement> all = Extract.folder(SCHOOL);
        Statement office = by(all, "Hendra");
        Statement district = by(all, "Budi");

        assertThat(district.topic()).as("one proposition: the permit").isNotNull().isEqualTo(office.topic());
        assertThat(office.stance()).isEqualTo(Stance.ASSERT);
        assertThat(district.stance()).isEqualTo(Stance.DENY);
    }

    @Test
    void theSameInEnglish() {
        List<Statement> all = Extract.folder(COURT);
        Statement lawyer = by(all, "Maria");
        Statement clerk = by(all, "Dewi");

        assertThat(clerk.topic()).isNotNull().isEqualTo(lawyer.topic());
        assertThat(clerk.stance()).isEqualTo(Stance.DENY);
    }

    @Test
    void aNotYetInARelativeClauseOrBeforeWhatCannotBeDoneDeniesNothing() {
        List<Statement> all = Extract.folder(SCHOOL);
        assertThat(by(all, "Anton").stance()).as("siswa yang belum terdaftar").isEqualTo(Stance.ASSERT);

        ClaimWords.Language words = Extract.claimWords(Extract.articles(SCHOOL)).apply(by(all, "Anton"));
        String text = Extract.articles(SCHOOL).get(3).document().text();
        assertThat(words.words(by(all, "Anton"), text)).noneMatch(ClaimWords.Word::pending);
        assertThat(words.words(by(all, "Budi"), Extract.articles(SCHOOL).get(2).document().text()))
                .filteredOn(w -> w.key().equals("izin")).allMatch(ClaimWords.Word::pending);
    }

    @Test
    void aNotYetOfKnowingSaysWhatTheSpeakerDoesNotKnowNotThatNothingHappened() {
        List<Statement> all = Extract.folder(SCHOOL);
        Statement secretary = by(all, "Yanto");
        ClaimWords.Language words = Extract.claimWords(Extract.articles(SCHOOL)).apply(secretary);
        String text = Extract.articles(SCHOOL).get(4).document().text();

        assertThat(words.words(secretary, text)).as("belum tahu … izin").noneMatch(ClaimWords.Word::pending);
        assertThat(secretary.stance()).as("a limit on what was said, not a denial of the permit").isNotEqualTo(Stance.DENY);
    }
}
