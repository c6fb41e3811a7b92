package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/** A cue closing the sentence after a reported clause ("…, police said.") takes the last comma segment as its speaker. */
class ReportedClauseTest {

    @Test
    void theSpeakerIsTheLastSegmentNotTheWholeClause() {
        Statement s = Extract.one("en", "The death toll from flooding in Sukamaju regency rose to 21 on Tuesday, police said.");
        assertThat(s.speaker()).isEqualTo("police");
        assertThat(s.stance()).isEqualTo(Stance.ASSERT);
        assertThat(s.numbers()).extracting(NumberMention::value).containsExactly(21.0);

        assertThat(Extract.one("en", "Floods killed 21 people on Tuesday, the local disaster agency said.").speaker())
                .isEqualTo("the local disaster agency");
    }

    @Test
    void aLowerCaseDescriptionNamesNoInstitution() {
        assertThat(Extract.one("en", "Floods killed 21 people on Tuesday, the local disaster agency said.").party()).isNull();
        assertThat(Extract.one("id", "Bupati Sukamaju Sri Wahyuni membantah kabar bahwa tanggul jebol.").party())
                .isEqualTo("Bupati Sukamaju");
        assertThat(Extract.one("id", "Kepala Pelaksana BPBD Sukamaju Rudi Hartono mengatakan banjir merendam tujuh desa.").party())
                .isEqualTo("BPBD");
    }
}
