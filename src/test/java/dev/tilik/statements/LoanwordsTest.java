package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An English claim meets Indonesian ones through the words Indonesian borrowed from English, spelled its own way, and
 * through names, on copy the team wrote in the style of a diphtheria outbreak (a kind of story none of the development
 * sets is): the health office and the district head say, in Indonesian, that the mass diphtheria vaccination reached
 * every primary school; a parents' association says, in English, that there was no diphtheria vaccination there. No glossary word joins
 * "diphtheria" and "difteri", "vaccination" and "vaksinasi": their spellings do, and only because Indonesian claims of
 * the same folder write them.
 */
class LoanwordsTest {

    private static final String[] HEALTH_OFFICE = {"id", "Kepala Dinas Kesehatan Sukamaju, Rina Wulandari, mengatakan "
            + "vaksinasi difteri massal sudah menjangkau seluruh sekolah dasar di kecamatan itu."};
    private static final String[] DISTRICT_HEAD = {"id", "Camat Sukamaju, Tono Sugiarto, menyebut vaksinasi difteri "
            + "massal sudah menjangkau seluruh sekolah dasar."};
    private static final String[] PARENTS = {"en", "\"There was no diphtheria vaccination at the primary schools,\" "
            + "said Budi Santoso, chairman of the Sukamaju parents' association."};
    private static final String[] PARENTS_AGREE = {"en", "\"The mass diphtheria vaccination has reached every primary "
            + "school,\" said Budi Santoso, chairman of the Sukamaju parents' association."};

    private static Statement by(List<Statement> all, String speaker) {
        return all.stream().filter(s -> s.speaker().contains(speaker)).findFirst().orElseThrow();
    }

    private static Loanwords english() {
        return new Loanwords(Extract.RULES.languages().get("en").statements().loanSpellings(),
                dev.tilik.language.LanguageProfiles.of(Extract.RULES).get("id").orElseThrow().wordForms());
    }

    @Test
    void borrowedWordsAreSpelledAsIndonesianSpellsThem() {
        Loanwords en = english();
        assertThat(en.spell("exploitation")).isEqualTo("eksploitasi");
        assertThat(en.spell("vegetation")).isEqualTo("vegetasi");
        assertThat(en.spell("diphtheria")).isEqualTo("difteri");
        assertThat(en.spell("vaccination")).isEqualTo("vaksinasi");
        assertThat(en.spell("activity")).isEqualTo("aktivitas");
        assertThat(en.spell("technology")).isEqualTo("teknologi");
        assertThat(en.spell("decryption")).isEqualTo("dekripsi");
        assertThat(en.spell("nickel")).isEqualTo("nikel");
        assertThat(en.spell("textile")).isEqualTo("tekstil");
        assertThat(en.spell("significant")).isEqualTo("signifikan");
    }

    @Test
    void aShortSpellingIsNoCandidateAndAPluralMeetsItsSingular() {
        Loanwords en = english();
        assertThat(en.keys("nation")).as("'nasi' is rice: four letters meet nothing").doesNotContain("nasi");
        assertThat(en.keys("hectares")).contains(en.keys("hectare").get(0));
        assertThat(en.keys("Gag")).as("a name as written").isNotEmpty();
    }

    @Test
    void anEnglishDenialMeetsTheIndonesianClaimsItDenies() {
        List<Statement> all = Extract.folder(HEALTH_OFFICE, DISTRICT_HEAD, PARENTS);
        Statement office = by(all, "Rina");
        Statement head = by(all, "Tono");
        Statement parents = by(all, "Budi");

        assertThat(office.topic()).as("the vaccination's reach").isNotNull().isEqualTo(head.topic());
        assertThat(parents.topic()).as("the English claim, by its borrowed words").isEqualTo(office.topic());
        assertThat(parents.stance()).isEqualTo(Stance.DENY);
        assertThat(office.stance()).isEqualTo(Stance.ASSERT);
    }

    @Test
    void theSameClaimInTwoLanguagesAgrees() {
        List<Statement> all = Extract.folder(HEALTH_OFFICE, DISTRICT_HEAD, PARENTS_AGREE);
        Statement office = by(all, "Rina");
        Statement parents = by(all, "Budi");

        assertThat(parents.topic()).isEqualTo(office.topic()).isNotNull();
        assertThat(parents.stance()).as("agreement, no finding's side").isEqualTo(Stance.ASSERT);
    }
}
