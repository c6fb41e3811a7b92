package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A victim's kin on a story the team wrote (a bus overturned on an invented road, every name invented): a resident or a
 * person named bare whose words name their own kin ("Suami saya …", "anaknya …", "my son …") speaks for the family, as
 * the folder names it ("keluarga korban" when it writes that twice or more); an official naming a child of theirs keeps
 * the body they speak for.
 */
class FamilySpeakersTest {

    private static final String ACCIDENT = "Bus terguling di Jalan Lintas Wetan. Keluarga korban menunggu di terminal. "
            + "Polisi meminta keluarga korban bersabar.";

    /** The statements of the last of {@code texts} (Indonesian but for an English last one), after the folder pass. */
    private static List<Statement> last(String language, String... texts) {
        List<ArticleStatements> in = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            in.add(Extract.article(i == texts.length - 1 ? language : "id", texts[i]));
        }
        List<ArticleStatements> out = new StatementExtractor(Extract.RULES).acrossFolder(in);
        return out.get(out.size() - 1).statements();
    }

    private static Statement saying(List<Statement> statements, String text, String words) {
        return statements.stream().filter(s -> s.claim().coveredText(text).contains(words)).findFirst().orElseThrow(
                () -> new AssertionError("no statement saying " + words + " in " + statements));
    }

    @Test
    void aResidentNamingHerHusbandSpeaksForTheFamilyInEveryStatementOfHers() {
        String text = "Sulastri, warga Sukamaju, mengatakan suaminya naik bus itu dari terminal. "
                + "\"Dia tidak tercatat di daftar penumpang,\" ujar Sulastri.";
        List<Statement> out = last("id", ACCIDENT, text);
        assertThat(saying(out, text, "suaminya naik").party()).isEqualTo("keluarga korban");
        assertThat(saying(out, text, "tidak tercatat").party()).isEqualTo("keluarga korban");
    }

    @Test
    void aPersonNamedBareSayingMyChildSpeaksForTheFamily() {
        String text = "\"Anak saya belum pulang sejak Sabtu,\" kata Darmi.";
        assertThat(saying(last("id", ACCIDENT, text), text, "belum pulang").party()).isEqualTo("keluarga korban");
    }

    @Test
    void aFamilyNamedBareIsTheFamilyAsTheFolderNamesIt() {
        String text = "Keluarga mengatakan sopir sempat menelepon sebelum bus terguling.";
        assertThat(saying(last("id", ACCIDENT, text), text, "sempat menelepon").party()).isEqualTo("keluarga korban");
    }

    @Test
    void aFolderThatNeverQualifiesTheFamilyKeepsItBare() {
        String text = "\"Anak saya belum pulang sejak Sabtu,\" kata Darmi.";
        assertThat(saying(last("id", "Bus terguling di Jalan Lintas Wetan.", text), text, "belum pulang").party())
                .isEqualTo("keluarga");
    }

    @Test
    void anEnglishSpeakerNamingHerSonSpeaksForTheFamily() {
        String text = "\"My son was on that bus and nobody has called us,\" said Darmi.";
        assertThat(saying(last("en", ACCIDENT, text), text, "My son").party()).isEqualTo("keluarga korban");
    }

    @Test
    void anOfficialNamingAChildKeepsTheBodyHeSpeaksFor() {
        String text = "Kepala Dinas Perhubungan Wetan Budi Hartono mengatakan anaknya juga sering naik bus itu.";
        assertThat(saying(last("id", ACCIDENT, text), text, "anaknya").party()).isEqualTo("Dinas Perhubungan Wetan");
    }

    @Test
    void weAsAGroupBeforeAKinNounInIndonesianOwnsNoKin() {
        FamilySpeakers.Words words = new FamilySpeakers.Words(java.util.Map.of("anak", "keluarga"), java.util.Set.of("saya", "kami", "nya"),
                java.util.Set.of("my"), java.util.Map.of("warga", "warga"), java.util.Set.of("nya"));
        assertThat(FamilySpeakers.ownKin(Tokens.of("Kami anak muda menolak", 0, 22), words, false)).isNull();
        assertThat(FamilySpeakers.ownKin(Tokens.of("anaknya sakit", 0, 13), words, false)).isEqualTo("keluarga");
        assertThat(FamilySpeakers.ownKin(Tokens.of("my anak", 0, 7), words, false)).isEqualTo("keluarga");
    }

    @Test
    void aThirdPersonsKinInTheSpeakersOwnQuotedWordsIsSomeoneElses() {
        FamilySpeakers.Words words = new FamilySpeakers.Words(java.util.Map.of("anak", "keluarga"), java.util.Set.of("saya", "nya"),
                java.util.Set.of("my", "her"), java.util.Map.of("warga", "warga"), java.util.Set.of("nya", "her"));
        assertThat(FamilySpeakers.ownKin(Tokens.of("anaknya sakit", 0, 13), words, true)).isNull();
        assertThat(FamilySpeakers.ownKin(Tokens.of("her anak", 0, 8), words, true)).isNull();
        assertThat(FamilySpeakers.ownKin(Tokens.of("anak saya sakit", 0, 15), words, true)).isEqualTo("keluarga");
    }

    @Test
    void aSpeakerQuotedOnAVictimsChildKeepsNoFamily() {
        String text = "\"Anaknya masih dirawat di ruang anak sejak Sabtu,\" kata Darmo.";
        assertThat(saying(last("id", ACCIDENT, text), text, "masih dirawat").party()).isNotEqualTo("keluarga korban");
    }
}
