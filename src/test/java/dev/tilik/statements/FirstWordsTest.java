package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FirstWordsTest {
    private static final List<String> CLITICS = List.of("nya", "lah", "kah");
    private static final List<String> WORDS = List.of("merawit", "merawitnya", "kolang", "kolangkah", "tapu", "tapulah",
            "o", "onya", "BRK", "brk", "BRKnya", "sepi", "sepinya", "nya", "lah", "ranu", "ranulah", ",", ".", "zeta");

    private static List<Token> tokens(String text) {
        return Tokens.of(text, 0, text.length());
    }

    @Test
    void indexedMatchersFindWhatTheirOwnScanFinds() {
        FirstWords first = new FirstWords();
        List<PhraseMatcher<String>> plain = List.of(
                PhraseMatcher.of(List.of("merawit", "kolang tapu", "o sepi", "BRK"), CLITICS),
                PhraseMatcher.of(List.of("tapu", "sepi ranu zeta", "ranu"), List.of()),
                PhraseMatcher.of(List.of("kolang", "zeta o"), CLITICS).withLemmas());
        List<PhraseMatcher<String>> indexed = plain.stream().map(first::add).toList();
        Random random = new Random(7);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(9); k >= 0; k--) {
                text.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
            }
            List<Token> t = tokens(text.toString());
            for (int m = 0; m < plain.size(); m++) {
                assertThat(indexed.get(m).findAll(t, 0, t.size())).isEqualTo(plain.get(m).findAll(t, 0, t.size()));
                int from = t.isEmpty() ? 0 : random.nextInt(t.size());
                int end = from + (t.size() == from ? 0 : random.nextInt(t.size() - from + 1));
                assertThat(indexed.get(m).endingAt(t, from, end)).isEqualTo(plain.get(m).endingAt(t, from, end));
                assertThat(indexed.get(m).at(t, from, end)).isEqualTo(plain.get(m).at(t, from, end));
            }
        }
    }

    @Test
    void aWordIsKeptAsWrittenAndUnderEachClitic() {
        FirstWords first = new FirstWords();
        first.add(PhraseMatcher.of(List.of("Merawit tapu", "o sepi", "BRK"), CLITICS));
        first.add(PhraseMatcher.of(List.of("ranu"), List.of()));
        assertThat(first.wordsOf(0)).containsExactly("brk", "brkkah", "brklah", "brknya", "merawit", "merawitkah",
                "merawitlah", "merawitnya", "o");
        assertThat(first.wordsOf(1)).containsExactly("ranu");
        assertThat(first.of("merawitnya")).isEqualTo(1L);
        assertThat(first.of("ranu")).isEqualTo(2L);
        assertThat(first.of("ranulah")).isZero();
    }

    @Test
    void aClearBitSkipsTheMatchersOwnLookup() {
        FirstWords first = new FirstWords();
        PhraseMatcher<String> kolang = first.add(PhraseMatcher.of(List.of("kolang"), CLITICS));
        List<Token> t = tokens("kolangnya sepi");
        assertThat(first.mayStart(t.get(0), 0)).isTrue();
        assertThat(first.mayStart(t.get(1), 0)).isFalse();
        assertThat(kolang.findAll(t, 0, t.size())).extracting(PhraseMatcher.Match::clitic).containsExactly("nya");
    }

    @Test
    void aTokenAnswersEachIndexItIsAskedOf() {
        FirstWords one = new FirstWords();
        FirstWords two = new FirstWords();
        PhraseMatcher<String> a = one.add(PhraseMatcher.of(List.of("sepi"), List.of()));
        PhraseMatcher<String> b = two.add(PhraseMatcher.of(List.of("ranu"), List.of()));
        List<Token> t = tokens("sepi ranu");
        for (int round = 0; round < 3; round++) {
            assertThat(a.findAll(t, 0, t.size())).extracting(PhraseMatcher.Match::from).containsExactly(0);
            assertThat(b.findAll(t, 0, t.size())).extracting(PhraseMatcher.Match::from).containsExactly(1);
        }
    }

    @Test
    void aMatcherBeyondTheCapacityStaysUnindexed() {
        FirstWords first = new FirstWords();
        List<PhraseMatcher<String>> added = new ArrayList<>();
        for (int n = 0; n <= FirstWords.CAPACITY; n++) {
            added.add(first.add(PhraseMatcher.of(List.of("kata" + n), List.of())));
        }
        assertThat(first.size()).isEqualTo(FirstWords.CAPACITY);
        List<Token> t = tokens("kata" + FirstWords.CAPACITY + " kata0");
        assertThat(added.get(FirstWords.CAPACITY).findAll(t, 0, t.size())).hasSize(1);
        assertThat(added.get(0).findAll(t, 0, t.size())).extracting(PhraseMatcher.Match::from).containsExactly(1);
    }
}
