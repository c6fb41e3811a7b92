package dev.tilik.statements;

import static dev.tilik.statements.InstitutionsTest.folder;
import static dev.tilik.statements.InstitutionsTest.partiesBySpeaker;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A short form the speaker phrase defines in brackets right after a body's long form, its letters taken from inside the
 * long form's words as Indonesian short forms are, is the body, with the region after it: not the region's acronym
 * ("DKI"), not the long form cut at its "dan". On a story the team wrote (a warehouse fire in an invented Wetan; every
 * name and body invented).
 */
class BracketedBodyShortFormTest {

    private static final String SETTING = "Kebakaran melanda gudang di Wetan, DKI Jakarta, pada Jumat malam. Hujan turun di DKI Jakarta. ";

    @Test
    void aShortFormInBracketsAfterItsLongFormBeatsTheRegionsAcronym() {
        Map<String, String> p = partiesBySpeaker(folder(SETTING
                + "\"Waktu selesai operasi 02.19 WIB,\" tulis Dinas Penanggulangan Bencana dan Penyelamatan (Gulbenmat) DKI Jakarta."));
        assertThat(p.get("Dinas Penanggulangan Bencana dan Penyelamatan (Gulbenmat) DKI Jakarta")).isEqualTo("Gulbenmat DKI");
    }

    @Test
    void aBracketedWordTheLongFormDoesNotSpellIsNoShortForm() {
        Map<String, String> p = partiesBySpeaker(folder(SETTING
                + "\"Waktu selesai operasi 02.19 WIB,\" tulis Dinas Penanggulangan Bencana dan Penyelamatan (Sumbawa) DKI Jakarta."));
        assertThat(p.get("Dinas Penanggulangan Bencana dan Penyelamatan (Sumbawa) DKI Jakarta")).doesNotStartWith("Sumbawa");
    }
}
