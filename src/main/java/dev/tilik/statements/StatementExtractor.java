package dev.tilik.statements;

import dev.tilik.nlp.Document;
import dev.tilik.rules.LanguageRules;
import dev.tilik.rules.Rules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The statements stage: from a {@link Document} (sentences outside boilerplate) to the attributed
 * statements of the article and every date in its body. Rules are compiled once here; each
 * {@link #extract} call keeps its own state, so one extractor may serve several threads.
 * An article in a language without rules yields no statements and no dates.
 */
public final class StatementExtractor {

    /** One language's compiled parts. */
    record Parts(Lexicon lex, AttributionFinder attributions, StanceClassifier stances, PartyResolver parties,
                 NumberExtractor numbers, DateExtractor dates, WordForms forms) {
    }

    private final Map<String, Parts> byLanguage = new HashMap<>();

    public StatementExtractor(Rules rules) {
        Objects.requireNonNull(rules, "rules");
        for (String code : rules.languageCodes()) {
            LanguageRules lr = rules.forLanguage(code).orElseThrow();
            Lexicon lex = new Lexicon(lr);
            byLanguage.put(code, new Parts(lex, new AttributionFinder(lex), new StanceClassifier(lex),
                    new PartyResolver(rules.parties(), lex), new NumberExtractor(lr.numbers()),
                    new DateExtractor(lr.dates()), WordForms.forLanguage(code)));
        }
    }

    public ArticleStatements extract(Document doc) {
        Objects.requireNonNull(doc, "doc");
        Parts parts = byLanguage.get(doc.language().language());
        if (parts == null) {
            return new ArticleStatements(doc, List.of(), List.of());
        }
        return new ArticleRun(doc, parts).run();
    }
}
