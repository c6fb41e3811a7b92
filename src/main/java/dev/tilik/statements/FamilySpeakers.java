package dev.tilik.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The folder pass that gives a victim's kin their party (any story; the words are language data, rules {@code kin},
 * {@code kinOwners}, {@code kinDeterminers}, {@code people}). A speaker for no institution — no party, or a group of people such as "warga
 * Sukamaju" — whose words name their own kin ("Anak saya belum pulang", "suaminya naik bus itu", "my son") speaks for
 * the family in every statement of theirs in that article. A family named bare ("Keluarga mengatakan …", party
 * "keluarga") is the family as the folder names it: the kin group with the people noun the folder writes after it
 * most often, twice or more ("keluarga korban", "keluarga pasien"), else the bare group. Pure.
 */
final class FamilySpeakers {
    /** How often the folder must write a family's qualified name for a bare family to be read as it. */
    private static final int MIN_QUALIFIED = 2;

    /**
     * The words the pass reads, lower case.
     *
     * @param kin    a kin noun to the group a kinsman speaks for ("anak" → "keluarga")
     * @param owners       words owning a kin noun written after it or as its clitic ("saya", "nya")
     * @param determiners  words owning a kin noun written before it ("my", "her")
     * @param people a people noun to the group it names ("warga" → "warga", "korban" → "korban")
     * @param others owners and determiners in the third person ("nya", "her"): in a quote, someone else's kin
     */
    record Words(Map<String, String> kin, Set<String> owners, Set<String> determiners, Map<String, String> people,
                 Set<String> others) {
        Words {
            others = Set.copyOf(others);
            kin = Map.copyOf(kin);
            owners = Set.copyOf(owners);
            determiners = Set.copyOf(determiners);
            people = Map.copyOf(people);
        }
    }

    private FamilySpeakers() {
    }

    /**
     * @param texts    each article's tokens, in the articles' order
     * @param personOf the person a statement's speaker phrase names ("Sulastri" of "Sulastri, warga Sukamaju"), or null
     */
    static List<ArticleStatements> resolve(List<ArticleStatements> articles, List<List<Token>> texts, Words words,
                                           java.util.function.Function<Statement, String> personOf) {
        if (words.kin().isEmpty()) {
            return articles;
        }
        // The folder's names of families are read once, and only when a statement needs one: most folders name no kin.
        java.util.function.Supplier<Map<String, String>> named = StatementExtractor.memo(() -> namedFamilies(texts, words));
        List<ArticleStatements> out = new ArrayList<>(articles.size());
        for (ArticleStatements a : articles) {
            String text = a.document().text();
            Map<String, String> kinOf = new HashMap<>();
            for (Statement s : a.statements()) {
                if (!s.outletsOwn() && open(s.party(), words)) {
                    String group = ownKin(Tokens.of(text, s.claim().start(), s.claim().end()), words, s.quote());
                    if (group != null) {
                        kinOf.putIfAbsent(who(s, personOf), group);
                    }
                }
            }
            List<Statement> statements = new ArrayList<>(a.statements().size());
            boolean changed = false;
            for (Statement s : a.statements()) {
                String party = s.outletsOwn() ? null : partyOf(s, kinOf.get(who(s, personOf)), named, words);
                statements.add(party == null ? s : s.withParty(party));
                changed |= party != null;
            }
            out.add(changed ? new ArticleStatements(a.document(), statements, a.dates()) : a);
        }
        return out;
    }

    /** The person a statement's speaker names, else its speaker phrase up to an apposition set off by a comma. */
    private static String who(Statement s, java.util.function.Function<Statement, String> personOf) {
        String person = personOf.apply(s);
        if (person != null) {
            return person;
        }
        int comma = s.speaker().indexOf(',');
        return (comma < 0 ? s.speaker() : s.speaker().substring(0, comma)).strip();
    }

    /** The new party of {@code s}, whose speaker's own kin is of {@code kin} (or null), or null to keep its own. */
    private static String partyOf(Statement s, String kin, java.util.function.Supplier<Map<String, String>> named, Words words) {
        String party = s.party();
        String bare = party == null ? null : party.toLowerCase(Locale.ROOT);
        if (bare != null && words.kin().containsValue(bare) && named.get().containsKey(bare)) { // a family named bare
            return named.get().get(bare);
        }
        String group = open(party, words) ? kin : null;
        return group == null ? null : named.get().getOrDefault(group, group);
    }

    /** A party the speaker's own kin may replace: none, or a group of people other than a family ("warga Sukamaju"). */
    private static boolean open(String party, Words words) {
        if (party == null) {
            return true;
        }
        if (party.contains("+") || party.isBlank()) {
            return false;
        }
        String first = party.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        String group = words.people().get(first);
        return group != null && !words.kin().containsValue(group);
    }

    /**
     * The group of the first kin noun the claim's words own ("anak saya", "suaminya", "my son"), or null; in the
     * speaker's own quoted words a third person's ("anaknya", "her son") is someone else's kin — an official speaking
     * of a victim's child — and owns none.
     */
    static String ownKin(List<Token> t, Words words, boolean quoted) {
        Set<String> owners = quoted ? without(words.owners(), words.others()) : words.owners();
        Set<String> determiners = quoted ? without(words.determiners(), words.others()) : words.determiners();
        for (int i = 0; i < t.size(); i++) {
            if (!t.get(i).isWord()) {
                continue;
            }
            String x = t.get(i).lower();
            String group = words.kin().get(x);
            if (group != null && (in(t, i - 1, determiners) || in(t, i + 1, owners))) {
                return group;
            }
            for (String o : owners) {
                String stem = x.endsWith(o) ? x.substring(0, x.length() - o.length()) : "";
                if (!stem.isEmpty() && words.kin().containsKey(stem)) {
                    return words.kin().get(stem);
                }
            }
        }
        return null;
    }

    private static Set<String> without(Set<String> all, Set<String> left) {
        Set<String> out = new HashSet<>(all);
        out.removeAll(left);
        return out;
    }

    private static boolean in(List<Token> t, int i, Set<String> owners) {
        return i >= 0 && i < t.size() && t.get(i).isWord() && owners.contains(t.get(i).lower());
    }

    /**
     * Each kin group (lower case) to its name as the folder writes it most often: the group and a people noun of
     * another group after it, in lower case ("keluarga korban"), twice or more; groups the folder never so names left out.
     */
    static Map<String, String> namedFamilies(List<List<Token>> texts, Words words) {
        Set<String> groups = new HashSet<>(words.kin().values());
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (List<Token> t : texts) {
            for (int i = 0; i + 1 < t.size(); i++) {
                String g = t.get(i).lower();
                Token next = t.get(i + 1);
                if (!groups.contains(g) || !next.isWord() || next.isCapitalized()) {
                    continue;
                }
                String noun = words.people().get(next.lower());
                if (noun != null && !groups.contains(noun) && !words.kin().containsKey(next.lower())) {
                    counts.computeIfAbsent(g, k -> new HashMap<>()).merge(g + " " + next.lower(), 1, Integer::sum);
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        counts.forEach((g, names) -> names.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_QUALIFIED)
                .max(java.util.Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
                .ifPresent(e -> out.put(g, e.getKey())));
        return out;
    }
}
