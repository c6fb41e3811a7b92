package dev.tilik.statements;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A name met again in its own article is the person that article named in full (any story), whatever the folder gave
 * the name: "tegas Agus" after "Panglima TNI Jenderal Agus Subiyanto membantah …" speaks for whom Agus Subiyanto speaks
 * for, though another article quotes "Seorang warga bernama Agus". After {@link Carrying}: a short name the article's
 * speakers write in one fuller name only, whose statements there speak for one party, takes that party when the folder
 * gave it none, or when either is a group of people ("warga"): a group the article reads for the person is what it says
 * of them, and one met under the name elsewhere is someone else. Between two institutions the folder's carrying stands
 * (it refines a body across articles); one two fuller names hold, or none, keeps what the folder gave it. Pure but for the map it completes.
 */
final class OwnArticleNames {
    private OwnArticleNames() {
    }

    /**
     * In {@code party}, each short-named statement to the party of the one fuller name its own article writes holding it,
     * as the class says.
     *
     * @param group a party naming a group of people, no institution (rules {@code people}: "warga", "warga Wetan")
     */
    static void carry(List<ArticleStatements> articles, Map<Statement, List<String>> name, Map<Statement, String> party,
                      Predicate<String> group) {
        for (ArticleStatements a : articles) {
            Set<List<String>> written = new HashSet<>();
            a.statements().forEach(s -> {
                List<String> n = name.get(s);
                if (n != null && n.size() >= 2) {
                    written.add(n);
                }
            });
            for (Statement s : a.statements()) {
                List<String> n = name.get(s);
                if (n == null || n.isEmpty() || written.contains(n)) {
                    continue;
                }
                List<List<String>> holding = written.stream().filter(f -> f.size() > n.size() && f.containsAll(n)).toList();
                if (holding.size() != 1) {
                    continue;
                }
                Set<String> theirs = new HashSet<>();
                a.statements().stream().filter(o -> holding.get(0).equals(name.get(o))).forEach(o -> theirs.add(party.get(o)));
                String p = party.get(s);
                String own = theirs.size() == 1 ? theirs.iterator().next() : null;
                if (own != null && (p == null || group.test(p) || group.test(own))) {
                    party.put(s, own);
                }
            }
        }
    }
    /** Most capitalised words an article writes after a short name to name the person in full ("Rina Wati Lestari"). */
    private static final int SURNAME_WORDS = 2;

    /**
     * A speaker named by one name alone ("kata Rina") whose own article writes that name in full as someone else than
     * every fuller name the folder gave the party by is that article's person, not the folder's namesake (any story):
     * a one-name speaker is carried the body of the one fuller name of the folder holding the name ("Rina Sari",
     * spokeswoman of a body in another article), but an article writing "Rina Wati (26), wartawan …" and never "Rina
     * Sari" speaks of another Rina, and the namesake's body is a wrong party shown. The short name's statement loses a
     * body carried so: its speaker phrase is the name alone, its party no group of people, the folder's speakers with a
     * fuller name holding it and that party are written nowhere in the article, and the article's text writes the name
     * with one or two capitalised words right after it none of which such a fuller name holds (one it holds, or one a single
     * letter apart from a long word it holds, is the same person spelled otherwise: "Rina Sary", "Rina Lestary"). Pure but for the map it completes.
     *
     * @param texts each article's tokens, in the order of {@code articles}
     * @param group a party naming a group of people, no institution
     */
    static void namesakes(List<ArticleStatements> articles, List<List<Token>> texts, Map<Statement, List<String>> name,
                          Map<Statement, String> party, Predicate<String> group) {
        Map<String, Set<List<String>>> fullerOf = new HashMap<>();
        name.forEach((s, n) -> {
            String p = party.get(s);
            if (n != null && n.size() >= 2 && p != null) {
                fullerOf.computeIfAbsent(p, k -> new HashSet<>()).add(n);
            }
        });
        for (int k = 0; k < articles.size() && k < texts.size(); k++) {
            List<Token> text = texts.get(k);
            for (Statement s : articles.get(k).statements()) {
                List<String> n = name.get(s);
                String p = party.get(s);
                if (n == null || n.size() != 1 || p == null || group.test(p) || !alone(s.speaker(), n.get(0))) {
                    continue;
                }
                List<List<String>> sources = fullerOf.getOrDefault(p, Set.of()).stream()
                        .filter(f -> f.contains(n.get(0))).toList();
                if (sources.isEmpty() || sources.stream().anyMatch(f -> writes(text, f))) {
                    continue;
                }
                if (writtenOtherwise(text, n.get(0), sources)) {
                    party.put(s, null);
                }
            }
        }
    }

    /** Longest word read as an initial ("S", "Sr"), no surname. */
    private static final int INITIAL = 2;

    /** Shortest word a letter more, less or changed still spells as the same name ("Latifah" / "Latifa"). */
    private static final int SPELLED_WORD = 5;

    /** True for one word, or two long words a single letter apart (added, dropped or changed: {@link Spellings#edits}). */
    static boolean oneApart(String a, String b) {
        return a.equals(b) || Math.min(a.length(), b.length()) >= SPELLED_WORD && Spellings.edits(a, b) <= 1;
    }

    /**
     * A fuller name's words, a word joining two names by a hyphen read part by part: a pair's name ("Rina Sari-Budi
     * Santoso", a ticket or campaign body read as a speaker's name) is no other person's, and "Rina Sari" written in the
     * article is one of the pair, not a namesake.
     */
    private static Stream<String> parts(List<String> fuller) {
        return fuller.stream().flatMap(y -> Arrays.stream(y.split("-")));
    }

    /** True when the speaker phrase is the name alone, its punctuation aside. */
    private static boolean alone(String speaker, String word) {
        List<Token> w = Tokens.of(speaker, 0, speaker.length()).stream().filter(Token::isWord).toList();
        return w.size() == 1 && w.get(0).text().equals(word);
    }

    /**
     * True when {@code text} writes {@code word} with one or two capitalised words right after it, then no further
     * capitalised word, no initial among them, and no word of those any of {@code sources} holds (a hyphened word's
     * parts each, {@link #parts}): the name in full as another person's.
     */
    private static boolean writtenOtherwise(List<Token> text, String word, List<List<String>> sources) {
        for (int i = 0; i + 1 < text.size(); i++) {
            if (!text.get(i).isWord() || !text.get(i).text().equals(word)
                    || i > 0 && text.get(i - 1).isWord() && text.get(i - 1).isCapitalized()) {
                continue;
            }
            int j = i + 1;
            while (j < text.size() && j - i - 1 < SURNAME_WORDS && text.get(j).isWord() && text.get(j).isCapitalized()
                    && !text.get(j).isNumber()) {
                j++;
            }
            if (j == i + 1 || j < text.size() && text.get(j).isWord() && text.get(j).isCapitalized()) {
                continue;
            }
            List<String> after = text.subList(i + 1, j).stream().map(Token::text).toList();
            if (after.stream().anyMatch(x -> x.length() <= INITIAL)) {
                continue; // "Rina S. Wati": an initial, no surname of another person
            }
            if (sources.stream().noneMatch(f -> after.stream().anyMatch(x -> parts(f).anyMatch(y -> oneApart(x, y))))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A short name's group of people from the person its own article writes in full (any story): Indonesian reporting
     * names a person in full once in the narration ("Ada pula Agus Setiawan yang mengaku …", "Dedi berbincang dengan Agus
     * Setiawan") and quotes them after by one name, and a group a speaker is given by that one name alone ("warga", the
     * folder's most common reading of the name) is a guess another person of that name may have made. So a short-named
     * statement whose party is a group of people takes the group the folder's statements give the fuller name, when its
     * article's text writes exactly one fuller speaker name of the folder holding the short name, and the fuller name's
     * statements give one group more often than all else together. Only one group for another: an institution on either
     * side is left to {@link #carry} and {@link Carrying} (a soldier and a resident who share a first name are told apart
     * by the article's own speakers, not by its text). Pure but for the map it completes.
     *
     * @param texts each article's tokens, in the order of {@code articles}
     * @param group a party naming a group of people, no institution
     */
    static void narrated(List<ArticleStatements> articles, List<List<Token>> texts, Map<Statement, List<String>> name,
                         Map<Statement, String> party, Predicate<String> group) {
        Map<List<String>, Map<String, Integer>> fuller = new HashMap<>();
        name.forEach((s, n) -> {
            String p = party.get(s);
            if (n != null && n.size() >= 2 && p != null) {
                fuller.computeIfAbsent(n, k -> new HashMap<>()).merge(p, 1, Integer::sum);
            }
        });
        if (fuller.isEmpty()) {
            return;
        }
        for (int k = 0; k < articles.size() && k < texts.size(); k++) {
            List<Token> text = texts.get(k);
            for (Statement s : articles.get(k).statements()) {
                List<String> n = name.get(s);
                String p = party.get(s);
                if (n == null || n.isEmpty() || p == null || !group.test(p)) {
                    continue;
                }
                List<List<String>> written = fuller.keySet().stream()
                        .filter(f -> f.size() > n.size() && f.containsAll(n) && writes(text, f)).toList();
                if (written.size() != 1) {
                    continue;
                }
                String theirs = Carrying.majority(fuller.get(written.get(0)));
                if (theirs != null && group.test(theirs)) {
                    party.put(s, theirs);
                }
            }
        }
    }

    /** True when {@code text} writes the name's words one after another. */
    private static boolean writes(List<Token> text, List<String> words) {
        for (int i = 0; i + words.size() <= text.size(); i++) {
            int j = 0;
            while (j < words.size() && text.get(i + j).text().equals(words.get(j))) {
                j++;
            }
            if (j == words.size()) {
                return true;
            }
        }
        return false;
    }
}
