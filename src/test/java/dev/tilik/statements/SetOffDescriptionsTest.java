package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A person met again by a name that no statement of theirs gives a body for, on a story the team wrote (a textile mill
 * in an invented regency, Sukamaju, sends its workers home; every name invented): the body comes from where the folder
 * introduced the person, by a description set off after the name — an English office whose title the rules do not list
 * ("Rina Wati, Coordinator of the Sukamaju Textile Workers Union"), a noun of relation and whose relation it is
 * ("kata Sutrisno, kakek Dimas, dalam jumpa pers"), a description naming the body after its scope word ("Alfons
 * Wibowo, ahli keamanan siber dari Sukanet.id").
 */
class SetOffDescriptionsTest {

    private static final String UNION = "Koordinator Serikat Pekerja Sukamaju Tekstil, Rina Wati mengaku kecewa atas batalnya "
            + "mediasi dengan kurator. \"Kami merasa sangat kecewa kepada kurator,\" ujar Rina saat dikonfirmasi, Jumat.";

    /** The folder's statements after the folder pass, the articles given as (language, text) pairs. */
    private static List<Statement> folder(String... languageAndText) {
        List<ArticleStatements> in = new java.util.ArrayList<>();
        for (int i = 0; i < languageAndText.length; i += 2) {
            in.add(Extract.article(languageAndText[i], languageAndText[i + 1]));
        }
        return new StatementExtractor(Extract.RULES).acrossFolder(in).stream().flatMap(a -> a.statements().stream()).toList();
    }

    private static Statement saying(List<Statement> statements, String text, String words) {
        return statements.stream().filter(s -> s.claim().start() < text.length() && s.claim().end() <= text.length()
                        && s.claim().coveredText(text).contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement saying " + words + " in " + statements));
    }

    /** The statements of the one-article folder {@code text} whose claims hold each of {@code words} speak for {@code party}. */
    private static void assertSpeakFor(String party, String text, String... words) {
        List<Statement> all = folder("id", text);
        for (String w : words) {
            assertThat(saying(all, text, w).party()).as(w).isEqualTo(party);
        }
    }

    @Test
    void anEnglishOfficeSetOffAfterTheNameIsNoNameAndTheBodyIsCarried() {
        String english = "Rina Wati, Coordinator of the Sukamaju Textile Workers Union, revealed that about 500 employees "
                + "were sent home.";
        Statement s = saying(folder("id", UNION, "en", english), english, "500 employees");
        assertThat(s.party()).isEqualTo("Serikat Pekerja Sukamaju Tekstil");
    }

    @Test
    void aRelationSetOffAfterTheNameGivesThePersonTheFamily() {
        String text = "\"Saya bantah kalau cucu saya anggota geng,\" kata Sutrisno, kakek Dimas, dalam jumpa pers di rumah "
                + "duka, Selasa. Sutrisno mengkritik polisi yang lebih fokus pada isu tawuran.";
        assertSpeakFor("keluarga Dimas", text, "anggota geng", "polisi yang lebih fokus");
    }

    @Test
    void aDescriptionSetOffAfterTheNameGivesTheBodyAfterItsScopeWord() {
        String text = "Alfons Wibowo, ahli keamanan siber dari Sukanet.id, mengatakan bahwa data pabrik belum dirilis. "
                + "Alfons juga menyebut bahwa peretas meminta tebusan besar.";
        assertSpeakFor("Sukanet.id", text, "data pabrik", "tebusan besar");
    }

    @Test
    void aPlaceAfterTheDescriptionsScopeWordIsNoBody() {
        String text = "Alfons Wibowo, warga asli dari Kabupaten Sukamaju, mengatakan bahwa pabrik sudah tutup sejak Senin.";
        assertThat(saying(folder("id", text), text, "pabrik sudah tutup").party()).isNotEqualTo("Kabupaten Sukamaju");
    }

    @Test
    void aRelationOpeningTheClauseAfterACommaIsItsSubjectNotTheNamesDescription() {
        String text = "Menurut Budi Santoso, ayah korban tidak pernah ikut tawuran. Budi Santoso mengatakan polisi harus "
                + "menjelaskan kejadian itu.";
        assertThat(saying(folder("id", text), text, "polisi harus").party()).isNotEqualTo("keluarga korban");
    }
}
