package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A proposition's reading of a statement tokenises its claim once ({@link ClaimWords.Language#claimTokens}) and asks
 * its words, whether it answers an earlier claim and its places of those tokens: each answers as it did reading the
 * claim from the article's text on its own. An invented story: a flood after a levee breach.
 */
class ClaimTokensOnceTest {
    private static final String[][] FOLDER = {
            {"id", "Kepala BPBD Rudi Hartono mengatakan 12 orang meninggal dunia akibat banjir di Kabupaten Sukamaju.\n"
                    + "Warga Mekarsari mengaku air datang dari tanggul yang jebol."},
            {"id", "Kepala BBWS Ahmad Fauzi menegaskan banjir disebabkan curah hujan ekstrem, bukan tanggul jebol.\n"
                    + "\"Itu tidak benar,\" kata Ahmad. Ia membantah hal tersebut."},
            {"en", "Disaster agency chief Rudi Hartono said the levee breach in Wetan Province caused the flood. "
                    + "He denied that claim, saying that is not true."},
    };

    @Test
    void wordsAnswersAndPlacesOfTheClaimsTokensAreThoseOfTheClaimReadAlone() {
        int read = 0;
        boolean answers = false;
        boolean places = false;
        List<ArticleStatements> articles = Extract.articles(FOLDER);
        Function<Statement, ClaimWords.Language> languages = Extract.claimWords(articles);
        for (ArticleStatements a : articles) {
            String text = a.document().text();
            for (Statement s : a.statements()) {
                ClaimWords.Language lang = languages.apply(s);
                List<Token> claim = ClaimWords.Language.claimTokens(s, text);
                assertThat(claim).extracting(Token::text).isEqualTo(
                        Tokens.of(text, s.claim().start(), s.claim().end()).stream().map(Token::text).toList());
                assertThat(lang.words(claim)).isEqualTo(lang.words(s, text));
                assertThat(lang.answersEarlier(claim)).isEqualTo(lang.answersEarlier(s, text));
                assertThat(lang.places(claim)).isEqualTo(lang.places(s, text));
                answers |= lang.answersEarlier(claim);
                places |= !lang.places(claim).isEmpty();
                read++;
            }
        }
        assertThat(read).isGreaterThan(4);
        assertThat(answers).isTrue();
        assertThat(places).isTrue();
    }
}
