package dev.tilik.findings;

import dev.tilik.ingest.Article;
import dev.tilik.ingest.OutletNames;
import dev.tilik.rules.LanguageRules;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.text.CharSpan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One outlet's report carried by another: an article crediting the outlet of another article of the folder ("…, seperti
 * dilansir dari Warta", "as reported by Wire") is that report written again, not a second source; two articles
 * crediting one outlet carry one report. Read by {@link ReportDetector}, so a corroboration counts reports, not copies.
 *
 * <p>A credit is one of the rules' {@code via} phrases in an article's text outside boilerplate, followed within
 * {@value #NAME_WORDS} words by a word of {@value #SHORTEST} letters or more, written with a capital, that begins one of the names another
 * article's own copy gives its outlet ({@link OutletNames}: its header's source, its address's site name).
 */
final class CarriedReports {
    /** How many words after a via phrase may name the outlet ("dilansir dari Warta": one word between). */
    private static final int NAME_WORDS = 3;
    /** A word shorter than this begins too many names to credit one. */
    private static final int SHORTEST = 4;

    /** Knows no via phrase: every article is its own report. */
    static final CarriedReports NONE = new CarriedReports(List.of());

    private final Map<String, List<List<String>>> viaFrom;

    /** @param via phrases naming the channel a report came through ("dilansir", "seperti dikutip", "as reported by") */
    CarriedReports(Collection<String> via) {
        this.viaFrom = Phrases.byFirstWord(Phrases.phrases(via));
    }

    /** The via phrases of every language of {@code languages}. */
    static CarriedReports of(Collection<LanguageRules> languages) {
        return new CarriedReports(languages.stream().flatMap(l -> l.statements().via().stream()).toList());
    }

    /**
     * Each article's report, by file name: the file name of the first article (in the given order) whose outlet it
     * credits, or its own file name when it credits none of the folder's outlets. Only a word written with a capital
     * credits an outlet, as a name is: "dari" in "dilansir dari Warta" begins the name "darilaut" and is no name, while
     * an outlet named by a common word ("Sekitar", "detikKota") is still named.
     */
    Map<String, String> origins(List<ArticleStatements> articles) {
        Map<String, String> origin = new HashMap<>();
        if (viaFrom.isEmpty()) {
            articles.forEach(a -> origin.put(a.fileName(), a.fileName()));
            return origin;
        }
        // every beginning of every outlet name, of {@value #SHORTEST} letters or more, to the first two articles it
        // begins a name of: a credit is looked up at once, and an article never credits itself
        Map<String, List<String>> begun = new HashMap<>();
        for (ArticleStatements a : articles) {
            Article article = a.document().article();
            for (String name : OutletNames.of(article.source(), article.url().orElse(null)).names()) {
                for (int end = SHORTEST; end <= name.length(); end++) {
                    List<String> files = begun.computeIfAbsent(name.substring(0, end), k -> new ArrayList<>(2));
                    if (files.size() < 2 && !files.contains(a.fileName())) {
                        files.add(a.fileName());
                    }
                }
            }
        }
        for (ArticleStatements a : articles) {
            origin.put(a.fileName(), credited(a, begun));
        }
        return origin;
    }

    private String credited(ArticleStatements a, Map<String, List<String>> begun) {
        Article article = a.document().article();
        for (CharSpan s : a.document().sentences()) {
            if (article.touchesBoilerplate(s)) {
                continue;
            }
            String sentence = s.coveredText(article.text());
            List<String> t = ClaimWords.tokens(sentence);
            List<String> written = ClaimWords.tokensAsWritten(sentence);
            if (written.size() != t.size()) {
                continue; // a letter whose lower case is two: the lists no longer line up
            }
            for (int i = 0; i < t.size(); i++) {
                int n = Phrases.longest(viaFrom, t, i);
                if (n == 0) {
                    continue;
                }
                for (int k = i + n; k < Math.min(t.size(), i + n + NAME_WORDS); k++) {
                    String word = OutletNames.folded(t.get(k));
                    if (word.length() < SHORTEST || written.get(k).chars().noneMatch(Character::isUpperCase)) {
                        continue;
                    }
                    for (String file : begun.getOrDefault(word, List.of())) {
                        if (!file.equals(a.fileName())) {
                            return file;
                        }
                    }
                }
            }
        }
        return a.fileName();
    }
}
