package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    private static final List<String> CLITICS = List.of("nya", "lah", "kah");

    /** Invented phrases, each distinct in lower case: one-word, many-word, an acronym, a one-letter word, a word ending like a clitic. */
    private static final Map<String, String> PHRASES = new LinkedHashMap<>();

    static {
        for (String p : List.of("tegas", "ujar", "kata dia", "kata", "membantah keras", "AS", "x", "x ujar", "bila",
                "sebut lah", "ka", "kanya", "belum pernah", "belum", "pernah kah", "tidak ada", "RRI bilang")) {
            PHRASES.put(p, "=" + p);
        }
    }

    private static final String[] WORDS = {"tegas", "tegasnya", "ujar", "ujarlah", "ujarkah", "kata", "katanya", "dia",
        "dianya", "membantah", "membantahnya", "keras", "keraslah", "AS", "as", "ASnya", "asnya", "x", "xnya", "bila",
        "bilalah", "sebut", "lah", "ka", "kanya", "kanyanya", "belum", "belumlah", "pernah", "pernahkah", "kah", "tidak",
        "ada", "adanya", "RRI", "rri", "bilang", "Tegas", "KATA", ",", "nya", "lain", "bukan"};

    private static List<Token> sentence(Random r) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(14);
        for (int i = 0; i < n; i++) {
            b.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
        }
        String text = b.toString().strip();
        return Tokens.of(text, 0, text.length());
    }

    @Test
    void everyScanFindsWhatTheTokenByTokenScanFinds() {
        PhraseMatcher<String> m = new PhraseMatcher<>(PHRASES, CLITICS);
        Random r = new Random(23);
        int found = 0;
        int viaClitic = 0;
        for (int round = 0; round < 5_000; round++) {
            List<Token> t = sentence(r);
            int from = r.nextInt(t.size());
            int to = from + r.nextInt(t.size() - from + 1);
            for (int i = from; i <= to; i++) {
                assertThat(shown(m.at(t, i, to).orElse(null))).isEqualTo(shown(Naive.at(t, i, to)));
            }
            List<String> all = m.findAll(t, from, to).stream().map(PhraseMatcherTest::shown).toList();
            assertThat(all).isEqualTo(Naive.findAll(t, from, to).stream().map(PhraseMatcherTest::shown).toList());
            assertThat(m.contains(t, from, to)).isEqualTo(!all.isEmpty());
            assertThat(shown(m.endingAt(t, from, to).orElse(null))).isEqualTo(shown(Naive.endingAt(t, from, to)));
            found += all.size();
            viaClitic += (int) m.findAll(t, from, to).stream().filter(x -> !x.clitic().isEmpty()).count();
        }
        assertThat(found).isGreaterThan(2_500);
        assertThat(viaClitic).isGreaterThan(250);
    }

    @Test
    void aWordWithACliticStartsThePhraseOfItsStemButAOneLetterStemNone() {
        PhraseMatcher<String> m = new PhraseMatcher<>(PHRASES, CLITICS);
        List<Token> t = Tokens.of("membantahnya keras", 0, 18);
        assertThat(m.findAll(t, 0, t.size())).extracting(PhraseMatcher.Match::value).containsExactly("=membantah keras");
        List<Token> one = Tokens.of("xnya ujar", 0, 9);
        assertThat(m.findAll(one, 0, one.size())).extracting(PhraseMatcher.Match::value).containsExactly("=ujar");
        // "kanya" is a phrase itself and "ka" with a clitic: the phrase as written comes first
        List<Token> both = Tokens.of("kanya", 0, 5);
        assertThat(m.at(both, 0)).get().extracting(PhraseMatcher.Match::value).isEqualTo("=kanya");
        // an acronym keeps its case under a clitic too: "ASnya" is no "AS"
        List<Token> acronym = Tokens.of("ASnya", 0, 5);
        assertThat(m.at(acronym, 0)).isEmpty();
        assertThat(new PhraseMatcher<>(Map.of(), CLITICS).isEmpty()).isTrue();
        assertThat(m.isEmpty()).isFalse();
    }

    private static String shown(PhraseMatcher.Match<String> m) {
        return m == null ? "-" : m.from() + ":" + m.to() + ":" + m.value() + ":" + m.clitic();
    }

    /** The scan as it was written before the index: each key of a token tried in turn, a clitic taken off by a substring. */
    private static final class Naive {
        private record Phrase(String[] words, String value) {
        }

        static PhraseMatcher.Match<String> at(List<Token> t, int i, int limit) {
            if (i >= limit) {
                return null;
            }
            String lower = t.get(i).lower();
            List<String> keys = new ArrayList<>(List.of(lower));
            for (String c : CLITICS) {
                if (lower.length() > c.length() + 1 && lower.endsWith(c)) {
                    keys.add(lower.substring(0, lower.length() - c.length()));
                }
            }
            for (String key : keys) {
                List<Phrase> under = new ArrayList<>();
                PHRASES.forEach((p, v) -> {
                    String[] w = p.split(" ");
                    if (w[0].toLowerCase(Locale.ROOT).equals(key)) {
                        under.add(new Phrase(w, v));
                    }
                });
                under.sort(Comparator.comparingInt((Phrase p) -> -p.words().length));
                for (Phrase p : under) {
                    String clitic = matches(p, t, i, limit);
                    if (clitic != null) {
                        return new PhraseMatcher.Match<>(i, i + p.words().length, p.value(), clitic);
                    }
                }
            }
            return null;
        }

        private static String matches(Phrase p, List<Token> t, int i, int limit) {
            if (i + p.words().length > limit) {
                return null;
            }
            String clitic = null;
            for (int k = 0; k < p.words().length; k++) {
                clitic = word(p.words()[k], t.get(i + k));
                if (clitic == null) {
                    return null;
                }
            }
            return clitic;
        }

        private static String word(String w, Token token) {
            boolean acronym = w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT));
            if (acronym) {
                return token.text().equals(w) ? "" : null;
            }
            if (token.lower().equals(w)) {
                return "";
            }
            for (String c : CLITICS) {
                if (token.lower().equals(w + c)) {
                    return c;
                }
            }
            return null;
        }

        static List<PhraseMatcher.Match<String>> findAll(List<Token> t, int from, int to) {
            List<PhraseMatcher.Match<String>> out = new ArrayList<>();
            for (int i = from; i < to; ) {
                PhraseMatcher.Match<String> m = at(t, i, to);
                out.add(m);
                i = m == null ? i + 1 : m.to();
            }
            out.removeIf(java.util.Objects::isNull);
            return out;
        }

        static PhraseMatcher.Match<String> endingAt(List<Token> t, int from, int end) {
            for (int i = from; i < end; i++) {
                PhraseMatcher.Match<String> m = at(t, i, end);
                if (m != null && m.to() == end) {
                    return m;
                }
            }
            return null;
        }
    }
}
