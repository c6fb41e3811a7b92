package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A person's nickname the text gives by the words that say so ({@code fixtures/actors-nicknames-any}: a vote count
 * dispute in an invented regency, the team's own sentences): "Ratna Sari Dewi, yang akrab disapa Ririn" makes every
 * "Ririn" of the folder that person, so her institution is carried to them, and "Ucup, sapaan akrabnya" is the person
 * named just before. A nickname is never an institution.
 */
class NicknamesFixtureTest {
    private static final FixtureFolder FOLDER = new FixtureFolder("actors-nicknames-any");

    private static Set<String> parties(String file, String speaker) throws Exception {
        return FOLDER.parties(file, speaker);
    }

    @Test
    void aNicknameGivenAfterTheNameIsThatPersonInEveryArticle() throws Exception {
        assertThat(parties("401_suarakulon_id.txt", "Ririn")).containsExactly("KPU Kulon");
        assertThat(parties("402_kabarpemilu_id.txt", "Ririn")).as("another article, the nickname alone").containsExactly("KPU Kulon");
    }

    @Test
    void aNicknameBeforeSapaanAkrabnyaIsThePersonNamedJustBefore() throws Exception {
        assertThat(parties("403_warta_id.txt", "Ucup")).doesNotContain("KPU Kulon");
    }

    @Test
    void aNicknameIsNeverAnInstitution() throws Exception {
        assertThat(FOLDER.statements()).extracting(Statement::party).doesNotContain("Ririn", "Ucup");
    }

    @Test
    void theNicknameWordsReadAsSuchAreLanguageNotOneStory() throws Exception {
        Institutions.Words w = new StatementExtractor(Extract.RULES).institutionWords();
        List<List<Token>> texts = FolderNames.tokens(List.of(
                "Kepala Sekolah Budi Santoso, yang biasa dipanggil Pak Bud, membantah. Budi Santoso mengatakan ujian diulang.",
                "Siti Aminah mengatakan nilai sudah diumumkan. Ami, sapaan akrabnya, menolak berkomentar."));
        Set<List<String>> known = Set.of(List.of("Budi", "Santoso"), List.of("Siti", "Aminah"));
        assertThat(Nicknames.called(texts, w, Set.of(), known))
                .containsEntry("Bud", List.of("Budi", "Santoso"))
                .containsEntry("Ami", List.of("Siti", "Aminah"));
    }
}
