package dev.tilik.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The folder-level pass that names a person met again by a short form by the full name the folder's own first mention
 * gives (any story; how news names a person the second time): a rank or title with one part of the name ("Brigjen
 * Wahyu", "Brig. Gen. Wahyu" where the folder writes "Brigjen TNI Wahyu Yudhayana") is written with the full name; a
 * short form the folder defines in parentheses and the acronyms beside it, with no name ("Kasad", "Kapuspen TNI",
 * "KDM" where the folder writes "Kepala Staf Angkatan Darat (Kasad) Jenderal Maruli Simanjuntak", "Kang Dedi Mulyadi
 * (KDM)"), is followed by the name of the one person the folder's speakers write it beside. The holder is the one
 * person the article itself names so, else the one the folder does (a name and the fuller names holding it are one
 * person, written as most often); two people are no one, so the speaker stays as written. Only speaker phrases of
 * capitalised words, acronyms and points are read: a clause ("Jenderal bintang empat itu") is left. The speaker's span
 * still points at the article's own words. Pure.
 */
final class SecondMentions {
    /** Most tokens a short speaker phrase has ("Brig . Gen . Wahyu"). */
    private static final int MAX_TOKENS = 6;

    private SecondMentions() {
    }

    /**
     * @param personOf the full name (two words or more) a speaker phrase holds, or null
     * @param acronyms the short forms the folder defines
     * @param places   the words the folder uses as places (never a name's part: "Polres Garut")
     * @param words    the rules' roles, titles and ranks (what may stand right before a name's part)
     */
    static List<ArticleStatements> resolve(List<ArticleStatements> articles, Function<Statement, String> personOf,
                                           Acronyms acronyms, Set<String> places, Institutions.Words words) {
        // Each speaker naming a person: by article, the names written beside each word of the phrase, and under each
        // person's short form the phrase holds (one pass over the folder's speakers).
        Set<String> defined = personShortForms(acronyms);
        Map<String, Map<String, List<String>>> byArticle = new HashMap<>();
        Map<String, List<String>> folder = new HashMap<>();
        Set<String> nameWords = new HashSet<>();
        Map<String, String> personCache = new HashMap<>();
        for (ArticleStatements a : articles) {
            Map<String, List<String>> own = byArticle.computeIfAbsent(a.document().fileName(), k -> new HashMap<>());
            for (Statement s : a.statements()) {
                if (!speaks(s)) {
                    continue;
                }
                String name = personCache.computeIfAbsent(s.speaker(), k -> {
                    String n = personOf.apply(s);
                    return n == null ? "" : n;
                });
                String[] parts = name.split(" ");
                if (parts.length < 2) {
                    continue;
                }
                Set<String> inName = new HashSet<>(List.of(parts));
                Set<String> inNameLower = new HashSet<>(List.of(name.toLowerCase(Locale.ROOT).split(" ")));
                nameWords.addAll(inName);
                for (Token t : Tokens.of(s.speaker(), 0, s.speaker().length())) {
                    if (!t.isWord()) {
                        continue;
                    }
                    if (inName.contains(t.text())) {
                        own.computeIfAbsent(t.text(), k -> new ArrayList<>()).add(name);
                        folder.computeIfAbsent(t.text(), k -> new ArrayList<>()).add(name);
                    }
                    if (defined.contains(t.lower()) && !inNameLower.contains(t.lower())) {
                        own.computeIfAbsent(t.lower(), k -> new ArrayList<>()).add(name);
                        folder.computeIfAbsent(t.lower(), k -> new ArrayList<>()).add(name);
                    }
                }
            }
        }
        if (defined.isEmpty() && folder.isEmpty()) {
            return articles;
        }
        List<ArticleStatements> out = new ArrayList<>(articles.size());
        for (ArticleStatements a : articles) {
            Map<String, List<String>> own = byArticle.getOrDefault(a.document().fileName(), Map.of());
            List<Statement> statements = new ArrayList<>(a.statements().size());
            boolean changed = false;
            for (Statement s : a.statements()) {
                String speaker = speaks(s) && personCache.getOrDefault(s.speaker(), "").isEmpty()
                        ? named(s.speaker(), defined, nameWords, places, words, own, folder) : null;
                changed |= speaker != null;
                statements.add(speaker == null ? s : s.withSpeaker(speaker, s.party()));
            }
            out.add(changed ? new ArticleStatements(a.document(), statements, a.dates()) : a);
        }
        return out;
    }

    /** A statement someone in the article speaks (not the outlet's own headline). */
    private static boolean speaks(Statement s) {
        return s.speaker() != null && !s.speaker().isBlank() && !s.outletsOwn();
    }

    /**
     * {@code speaker} written with the full name of the one person its name part or short form stands for, or null when
     * it is no short mention or names no one person.
     */
    static String named(String speaker, Set<String> defined, Set<String> nameWords, Set<String> places, Institutions.Words words,
                        Map<String, List<String>> own,
                        Map<String, List<String>> folder) {
        List<Token> t = Tokens.of(speaker, 0, speaker.length());
        if (t.isEmpty() || t.size() > MAX_TOKENS) {
            return null;
        }
        Token part = null;
        Token shortForm = null;
        boolean other = false;
        for (Token x : t) {
            if (!x.isWord()) {
                if (!x.is(".")) {
                    return null;
                }
            } else if (!x.isCapitalized() || x.isNumber()) {
                return null;
            } else if (nameWords.contains(x.text())) {
                if (part != null) {
                    return null;
                }
                part = x;
            } else if (defined.contains(x.lower()) && shortForm == null) {
                shortForm = x;
            } else {
                other |= !FolderNames.isAcronym(x);
            }
        }
        if (part != null && t.size() > 1 && part == t.get(t.size() - 1) && !places.contains(part.text())
                && titled(t.get(t.size() - 2), words)) {
            String name = one(own.get(part.text()), folder.get(part.text()));
            // A first name after any title; a surname only after a rank ("Gen. Subiyanto"), never a body's noun ("The Army").
            boolean first = name != null && name.startsWith(part.text() + " ");
            Token before = t.get(t.size() - 2);
            return name == null || !first && !(before.is(".") || words.ranks().containsKey(before.lower())) ? null
                    : speaker.substring(0, part.start()) + name + speaker.substring(part.end());
        }
        if (part == null && shortForm != null && !other) {
            String name = one(own.get(shortForm.lower()), folder.get(shortForm.lower()));
            return name == null ? null : speaker + " " + name;
        }
        return null;
    }

    /** The one person the article's names are, else the folder's, or null. */
    private static String one(List<String> article, List<String> folder) {
        String inArticle = one(article);
        return inArticle != null ? inArticle : article == null || article.isEmpty() ? one(folder) : null;
    }

    /**
     * The one person {@code names} are: every name's words held by the fullest one's, written as most often; else null.
     */
    private static String one(List<String> names) {
        if (names == null || names.isEmpty()) {
            return null;
        }
        Map<String, Integer> count = new LinkedHashMap<>();
        names.forEach(n -> count.merge(n, 1, Integer::sum));
        String fullest = count.keySet().stream().max(java.util.Comparator.comparingInt(n -> n.split(" ").length)).orElseThrow();
        Set<String> words = new HashSet<>(List.of(fullest.toLowerCase(Locale.ROOT).split(" ")));
        for (String n : count.keySet()) {
            if (!words.containsAll(List.of(n.toLowerCase(Locale.ROOT).split(" ")))) {
                return null;
            }
        }
        return count.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** Token {@code x} may stand right before a name's part: a rules' role, title or rank, or an abbreviation's point ("Gen."). */
    private static boolean titled(Token x, Institutions.Words words) {
        return x.is(".") || words.roles().contains(x.lower()) || words.titles().contains(x.lower())
                || words.ranks().containsKey(x.lower());
    }

    /**
     * The short forms the folder defines for a person, lower-cased: a title's ("Kepala Staf Angkatan Darat (Kasad)") or
     * a name's led by an honorific ("Kang Dedi Mulyadi (KDM)"), both long forms opening with a role word.
     */
    static Set<String> personShortForms(Acronyms acronyms) {
        Set<String> out = new HashSet<>();
        acronyms.longForms().keySet().stream().filter(acronyms::isRole).forEach(id -> out.add(id.toLowerCase(Locale.ROOT)));
        return out;
    }
}
