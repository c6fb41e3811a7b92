package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A group named in a headline's Title Case is the group running text names (an invented flood): "Keluarga Korban
 * Banjir Wetan Bantah …" speaks for "keluarga korban", not for the family of someone called "Korban Banjir Wetan".
 */
class HeadlineGroupsTest {

    @Test
    void aHeadlinesCapitalisedSecondPeopleNounQualifiesTheFirst() {
        String text = "Keluarga Korban Banjir Wetan Bantah Isu Penjarahan\n\n"
                + "Keluarga menyatakan para korban tidak menjarah toko.\n";
        ArticleStatements one = new StatementExtractor(Extract.RULES)
                .extract(TestDocuments.withHeadline(Extract.RULES, "id", text));
        List<ArticleStatements> out = new StatementExtractor(Extract.RULES).acrossFolder(List.of(one));
        List<String> parties = out.get(0).statements().stream().map(s -> String.valueOf(s.party())).distinct().toList();
        assertThat(out.get(0).statements()).isNotEmpty();
        assertThat(parties).containsExactly("keluarga korban");
    }
}
