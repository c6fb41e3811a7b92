package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An accusation and its denial that share only the accused's name meet in one proposition; a
 * statement that only names the same actor about something else, a dismissal that names the actor
 * as a source, and the actor's own side do not.
 */
class ActorPropositionsTest {
    private static final String[][] DIKE = {
            {"id", "Seorang nelayan, Karyo, mengatakan proyek itu merupakan milik Sinar Jaya Group.\n"
                    + "Kuasa hukum Sinar Jaya Group, Rudi Hartono, mengatakan tidak ada keterlibatan Sinar Jaya Group "
                    + "dalam pemasangan tanggul bambu di muara."},
            {"en", "A fisherman, Karyo, said the bamboo dike at the estuary was part of a Sinar Jaya Group project."},
            {"id", "Bupati Sukamaju, Sri Wahyuni, mengatakan perusahaan Sinar Jaya Group membayar pajak daerah tepat waktu.\n"
                    + "Sri menambahkan pajak daerah naik sepuluh persen tahun ini."},
            {"id", "Direktur Sinar Jaya Group, Bambang Sutrisno, mengatakan perusahaannya, Sinar Jaya Group, membuka lowongan kerja bagi warga.\n"
                    + "Kepala Dinas Kelautan, Dedi Supriadi, mengatakan tanggul bambu itu menghalangi perahu nelayan."},
            {"id", "Camat Sukamaju mengatakan warga mengungsi ke balai desa.\n"
                    + "Kepala Puskesmas mengatakan empat warga dirawat karena diare.\n"
                    + "Ketua RT mengatakan air bersih masih kurang di posko."},
    };

    private static Statement by(List<Statement> all, String speakerPart, String filePrefix) {
        return all.stream().filter(s -> s.speaker().contains(speakerPart) && s.fileName().startsWith(filePrefix))
                .findFirst().orElseThrow();
    }

    @Test
    void anAccusationAndItsDenialMeetThroughTheNameTheyShare() {
        List<Statement> all = Extract.folder(DIKE);
        Statement denial = by(all, "Rudi", "0_");
        Statement witness = by(all, "Karyo", "0_");
        Statement english = by(all, "Karyo", "1_");

        assertThat(denial.stance()).isEqualTo(Stance.DENY);
        assertThat(denial.topic()).isEqualTo("sinar jaya");
        assertThat(witness.topic()).as("in the denial's own article").isEqualTo(denial.topic());
        assertThat(english.topic()).as("sharing the dike with the denial").isEqualTo(denial.topic());
        assertThat(witness.stance()).isEqualTo(Stance.ASSERT);
    }

    @Test
    void statementsThatOnlyNameTheSameActorDoNotMeetIt() {
        List<Statement> all = Extract.folder(DIKE);
        String topic = by(all, "Rudi", "0_").topic();

        assertThat(by(all, "Sri Wahyuni", "2_").topic()).as("another matter, another article").isNotEqualTo(topic);
        assertThat(by(all, "Bambang", "3_").topic()).as("the actor's own side").isNotEqualTo(topic);
    }
}
