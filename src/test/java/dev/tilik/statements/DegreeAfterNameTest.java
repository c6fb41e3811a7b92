package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An academic degree written after a person's name ("dr. Rina Wati, MPH said", "Budi Santoso, M.Kes menjelaskan") is
 * no body the person speaks for and no part of their name: it was read as an apposition, and its capitals as a body's
 * short form, so the person took the degree as a party and stayed apart from the same person written without it.
 * Sentences the team wrote, in story kinds the development sets are not about (a measles outbreak, a court case).
 */
class DegreeAfterNameTest {

    @Test
    void aDegreeInCapitalsAfterANameIsNoPartyAndNoPartOfTheSpeaker() {
        Statement s = Extract.one("en", "Rina Wati, MPH said that three children had died of measles.");
        assertThat(s.speaker()).isEqualTo("Rina Wati");
        assertThat(s.party()).isNull();
    }

    @Test
    void aDottedDegreeAfterANameIsNoPartOfTheSpeaker() {
        Statement s = Extract.one("id", "Kepala Puskesmas Sukamaju Budi Santoso, M.Kes menjelaskan ada 40 kasus campak baru.");
        assertThat(s.speaker()).doesNotContain("M.Kes").contains("Budi Santoso");
        Statement two = Extract.one("id", "Kuasa hukum terdakwa Rudi Hartono, S.H., M.H. mengatakan kliennya tidak menerima suap.");
        assertThat(two.speaker()).doesNotContain("M.H").contains("Rudi Hartono");
    }

    /** The first degree written onto the name, the next set off by a comma: neither is the speaker, after an opener too. */
    @Test
    void aDegreeWrittenOntoTheNameBeforeAnotherSetOffIsNoPartOfTheSpeaker() {
        assertThat(Extract.one("id", "Selain itu Kepala Puskesmas Sukamaju Budi Santoso S.I.P., M.M mengatakan ada 40 kasus campak baru.")
                .speaker()).isEqualTo("Kepala Puskesmas Sukamaju Budi Santoso");
        assertThat(Extract.one("id", "Kepala Puskesmas Sukamaju Budi Santoso S.H., M.H. mengatakan ada 40 kasus campak baru.").speaker())
                .isEqualTo("Kepala Puskesmas Sukamaju Budi Santoso");
        assertThat(Extract.one("id", "Juru Bicara KPK, Rina Wati, mengatakan penyidik memeriksa tiga saksi.").speaker())
                .as("a body in capitals before a name set off is no degree").isEqualTo("Juru Bicara KPK, Rina Wati");
        assertThat(Extract.one("en", "U.S. officials said the troops could reach the border within days.").speaker())
                .as("an abbreviation's last point ends no clause").isEqualTo("U.S. officials");
    }

    @Test
    void aNameOrOfficeSetOffAfterAnotherStillSpeaks() {
        // an office set off after the name, and a name after an office, are no degrees
        assertThat(Extract.one("id", "Menteri Kesehatan, Budi Santoso, mengatakan kasus campak menurun.").speaker())
                .startsWith("Menteri Kesehatan");
        assertThat(Extract.one("en", "Maria Lopes, head of the health agency, said the outbreak was contained.").speaker())
                .isEqualTo("Maria Lopes");
    }
}
