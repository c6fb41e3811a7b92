package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Survivors on a story the team wrote (a boat sank off an invented coast, every name invented): a victim or a
 * passenger who speaks speaks for the group's survivors when the folder names them, and keeps the group otherwise.
 */
class SurvivorsTest {

    private static final String SINKING = "Perahu motor tenggelam di perairan Wetan pada Senin malam. "
            + "Sebanyak 9 penumpang yang selamat dibawa ke puskesmas.";

    private static List<Statement> last(String... texts) {
        List<ArticleStatements> in = new java.util.ArrayList<>();
        for (String t : texts) {
            in.add(Extract.article("id", t));
        }
        List<ArticleStatements> out = new StatementExtractor(Extract.RULES).acrossFolder(in);
        return out.get(out.size() - 1).statements();
    }

    private static Statement saying(List<Statement> statements, String text, String words) {
        return statements.stream().filter(s -> s.claim().coveredText(text).contains(words)).findFirst().orElseThrow(
                () -> new AssertionError("no statement saying " + words + " in " + statements));
    }

    private static List<Token> tokens(String text) {
        return Tokens.of(text, 0, text.length());
    }

    @Test
    void aPassengerWhoSpeaksIsASurvivorWhereTheFolderNamesThem() {
        String text = "Seorang penumpang, Darsono, mengatakan air masuk dari buritan sebelum perahu miring.";
        assertThat(saying(last(SINKING, text), text, "air masuk").party()).isEqualTo("penumpang selamat");
    }

    @Test
    void aPassengerKeepsTheGroupWhereTheFolderNamesNoSurvivor() {
        String fares = "Tarif perahu motor di pelabuhan Wetan naik pada Senin. Antrean panjang terlihat sejak pagi.";
        String text = "Seorang penumpang, Darsono, mengatakan tarif baru itu terlalu mahal bagi nelayan.";
        assertThat(saying(last(fares, text), text, "tarif baru").party()).isEqualTo("penumpang");
    }

    @Test
    void theSurvivorsAreNamedWithOrWithoutARelativeMarker() {
        Map<String, String> survivors = Map.of("korban", "korban selamat", "penumpang", "penumpang selamat");
        List<List<Token>> texts = List.of(tokens("Dua korban selamat dirawat."), tokens("Penumpang yang selamat pulang."));
        assertThat(Survivors.named(texts, survivors, Set.of("yang")))
                .containsOnly(Map.entry("korban", "korban selamat"), Map.entry("penumpang", "penumpang selamat"));
        assertThat(Survivors.named(List.of(tokens("Korban dibawa ke rumah sakit.")), survivors, Set.of("yang"))).isEmpty();
    }
}
