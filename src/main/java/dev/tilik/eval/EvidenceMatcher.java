package dev.tilik.eval;

import dev.tilik.analysis.Analysis;
import dev.tilik.findings.Evidence;
import dev.tilik.statements.ArticleStatements;
import java.util.List;
import java.util.Optional;

/**
 * Whether a finding's evidence is what a gold reference names: a gold statement (same article, its
 * sentence holds the match), a text such as a date (same article, the evidence's span or text
 * covers it), anything, or anything in boilerplate.
 */
final class EvidenceMatcher {
    private final Analysis analysis;
    private final Gold gold;

    EvidenceMatcher(Analysis analysis, Gold gold) {
        this.analysis = analysis;
        this.gold = gold;
    }

    boolean matchesAny(Evidence e, List<GoldRef> group) {
        return group.stream().anyMatch(r -> matches(e, r));
    }

    boolean matches(Evidence e, GoldRef ref) {
        if (ref instanceof GoldRef.StatementRef s) {
            return gold.fileOf(s.id()).filter(f -> f.equals(e.fileName()))
                    .flatMap(f -> gold.statement(s.id()))
                    .map(g -> GoldText.contains(sentence(e), g.match()))
                    .orElse(false);
        }
        if (ref instanceof GoldRef.TextRef t) {
            return t.file().equals(e.fileName()) && covers(e, t.text());
        }
        if (ref instanceof GoldRef.Boilerplate) {
            return inBoilerplate(e);
        }
        return ref instanceof GoldRef.Any;
    }

    private boolean inBoilerplate(Evidence e) {
        Optional<ArticleStatements> a = analysis.article(e.fileName());
        if (a.isPresent() && (a.get().document().article().touchesBoilerplate(e.span())
                || a.get().document().article().touchesBoilerplate(e.sentence()))) {
            return true;
        }
        GoldArticle g = gold.articles().get(e.fileName());
        String sentence = sentence(e);
        return g != null && g.boilerplate().stream().anyMatch(b -> GoldText.contains(sentence, b));
    }

    private boolean covers(Evidence e, String text) {
        Optional<String> articleText = articleText(e);
        if (articleText.isPresent() && e.span().end() <= articleText.get().length()
                && GoldText.contains(e.span().coveredText(articleText.get()), text)) {
            return true;
        }
        return GoldText.contains(e.text(), text);
    }

    /** The evidence's sentence as the article has it, else as the evidence snapshotted it. */
    private String sentence(Evidence e) {
        return articleText(e).filter(t -> e.sentence().end() <= t.length() && !e.sentence().isEmpty())
                .map(t -> e.sentence().coveredText(t))
                .orElse(e.text());
    }

    private Optional<String> articleText(Evidence e) {
        return analysis.article(e.fileName()).map(a -> a.document().text());
    }
}
