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

    @Test
    void aNegatedReportingVerbInsideAnotherSpeakersWordsIsTheOuterSpeakersDenial() {
        String t1 = "Menurut Rudi Hartono, Balai Sungai tidak pernah menyatakan adanya tanggul jebol.";
        Statement menurut = Extract.one("id", t1);
        assertThat(menurut.speaker()).isEqualTo("Rudi Hartono");
        assertThat(menurut.stance()).isEqualTo(Stance.DENY);
        assertThat(menurut.claim().coveredText(t1)).isEqualTo("adanya tanggul jebol");

        ArticleStatements a = Extract.article("id", "Kepala BPBD Sukamaju Rudi Hartono mengatakan banjir merendam tujuh desa. "
                + "Menurutnya, Balai Sungai tidak menyebutkan adanya tanggul jebol.");
        Statement clitic = a.statements().get(1);
        assertThat(clitic.speaker()).contains("Rudi Hartono");
        assertThat(clitic.stance()).isEqualTo(Stance.DENY);
        assertThat(clitic.claim().coveredText(a.document().text())).isEqualTo("adanya tanggul jebol");

        String t2 = "Rudi mengatakan Balai Sungai tidak pernah menyatakan adanya tanggul jebol.";
        Statement reported = Extract.one("id", t2);
        assertThat(reported.speaker()).isEqualTo("Rudi");
        assertThat(reported.stance()).isEqualTo(Stance.DENY);
        assertThat(reported.claim().coveredText(t2)).isEqualTo("adanya tanggul jebol");

        String t3 = "Rudi Hartono said the ministry never said the levee broke.";
        Statement english = Extract.one("en", t3);
        assertThat(english.speaker()).isEqualTo("Rudi Hartono");
        assertThat(english.stance()).isEqualTo(Stance.DENY);
        assertThat(english.claim().coveredText(t3)).isEqualTo("the levee broke");
    }

    @Test
    void aNegatedReportingVerbWithNoOuterSpeakerStaysItsOwnSpeakers() {
        Statement own = Extract.one("id", "Balai Sungai tidak pernah menyatakan adanya tanggul jebol.");
        assertThat(own.speaker()).isEqualTo("Balai Sungai");
        assertThat(own.stance()).isNotEqualTo(Stance.DENY);
    }
}
