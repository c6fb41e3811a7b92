package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A country named inside a currency ("dolar AS", "US$", "ringgit Malaysia", "US dollar") is the money's, never a
 * party, in sentences the team wrote (a ransom, an import row, a smuggling case, an aid pledge); a country named as
 * one still is.
 */
class CurrencyCountriesTest {
    private static final Lexicon ID = new Lexicon(Extract.RULES.forLanguage("id").orElseThrow());
    private static final Lexicon EN = new Lexicon(Extract.RULES.forLanguage("en").orElseThrow());
    private static final PartyResolver ID_PARTIES = new PartyResolver(Extract.RULES.parties(), ID);
    private static final PartyResolver EN_PARTIES = new PartyResolver(Extract.RULES.parties(), EN);

    private static String party(PartyResolver r, String text) {
        return r.partyOf(text, 0, text.length()).orElse(null);
    }

    @Test
    void aCountryInACurrencyNamesNoParty() {
        assertThat(party(ID_PARTIES, "Pelaku meminta 8 juta dolar AS")).isNull();
        assertThat(party(ID_PARTIES, "Penyerang meminta tebusan sebesar US$ 8 juta")).isNull();
        assertThat(party(ID_PARTIES, "Nilai impor naik 2 miliar dolar Amerika Serikat")).isNull();
        assertThat(party(ID_PARTIES, "Penyelundup membayar 40.000 ringgit Malaysia")).isNull();
        assertThat(party(EN_PARTIES, "The donors pledged 5 million US dollars")).isNull();
    }

    @Test
    void aCountryNamedAsOneStillSpeaks() {
        assertThat(party(ID_PARTIES, "Pemerintah AS")).isEqualTo("US");
        assertThat(party(ID_PARTIES, "Kedutaan Besar AS di Jakarta membayar 8 juta dolar")).isEqualTo("US");
        assertThat(party(EN_PARTIES, "US officials")).isEqualTo("US");
    }

    @Test
    void theOpeningOfASentenceCutInsideACurrencyGivesTheNextOfficialNoParty() {
        // the sentence's opening words end at "US", before its "$": the speaker after it must not speak for the US
        List<Statement> s = Extract.id("Penyerang meminta tebusan sebesar US$ 8 juta atau setara Rp 120 miliar.\n"
                + "Menteri Keuangan Rina Wulandari sebelumnya menegaskan pihaknya tak akan membayar tebusan tersebut.");
        Statement minister = s.stream().filter(x -> x.speaker().contains("Rina")).findFirst().orElseThrow();
        assertThat(minister.party()).isNotEqualTo("US");
    }
}
