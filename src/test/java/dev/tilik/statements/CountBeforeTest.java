package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A short sentence's count of people counts the thing the sentence before names (team-written sentences of an
 * invented storm on a coast: its toll, its missing, a bridge's closure).
 */
class CountBeforeTest {

    /** What each figure of the article's last statement counts. */
    private static List<String> lastCounted(String language, String text) {
        List<Statement> all = Extract.article(language, text).statements();
        return all.get(all.size() - 1).numbers().stream().map(NumberMention::counted).toList();
    }

    @Test
    void aShortCountOfPeopleCountsTheThingTheSentenceBeforeNames() {
        assertThat(lastCounted("id", "Kepala BPBD Rudi Santoso mengatakan korban tewas akibat badai terus bertambah. "
                + "\"Hari ini 41 orang,\" ujar Rudi.")).containsExactly("dead");
        assertThat(lastCounted("en", "The agency's spokesman Tom Reed said more people were reported missing. "
                + "\"So far 17 people,\" Reed said.")).containsExactly("missing");
    }

    @Test
    void aQuotationGoingOnInAParagraphOfItsOwnTakesIt() {
        assertThat(lastCounted("id", "Kepala BPBD Rudi Santoso mengatakan jumlah korban hilang masih dihitung.\n\n"
                + "\"Sampai sore 12 orang,\" kata Rudi.")).containsExactly("missing");
    }

    /** What each figure of the article's statements counts, in order. */
    private static List<String> allCounted(String language, String text) {
        return Extract.article(language, text).statements().stream().flatMap(s -> s.numbers().stream())
                .map(NumberMention::counted).toList();
    }

    @Test
    void aQuotationsSentenceTakesTheThingOfTheSentenceBeforeItInTheQuotationAlone() {
        assertThat(allCounted("id", "\"Kemarin mencapai 39 orang (korban tewas). Hari ini 41 orang. Total 80,\" kata "
                + "Kepala BPBD Rudi Santoso.")).containsExactly("dead", "dead", null);
    }

    @Test
    void aSentenceNamingTwoThingsOrNoneLendsNone() {
        assertThat(lastCounted("id", "Kepala BPBD Rudi Santoso mengatakan korban tewas dan korban hilang terus "
                + "bertambah. \"Hari ini 41 orang,\" ujar Rudi.")).containsExactly((String) null);
        assertThat(lastCounted("id", "Kepala BPBD Rudi Santoso mengatakan jembatan Sungai Lintang ditutup. "
                + "\"Hari ini 41 orang,\" ujar Rudi.")).containsExactly((String) null);
    }

    @Test
    void aLongSentenceOrAnotherNounSaysWhatItCountsItself() {
        assertThat(lastCounted("id", "Kepala BPBD Rudi Santoso mengatakan korban tewas akibat badai terus bertambah. "
                + "\"Hari ini 41 orang datang ke posko untuk meminta bantuan makanan dan selimut,\" ujar Rudi."))
                .containsExactly((String) null);
        assertThat(lastCounted("id", "Kepala BPBD Rudi Santoso mengatakan korban tewas akibat badai terus bertambah. "
                + "\"Hari ini 41 tenda,\" ujar Rudi.")).containsExactly((String) null);
    }

    @Test
    void aSentenceTwoParagraphsBackLendsNothing() {
        assertThat(lastCounted("id", "Kepala BPBD Rudi Santoso mengatakan korban tewas akibat badai terus bertambah.\n\n"
                + "Jembatan Sungai Lintang ditutup sejak pagi.\n\n\"Hari ini 41 orang,\" ujar Rudi."))
                .containsExactly((String) null);
    }
}
