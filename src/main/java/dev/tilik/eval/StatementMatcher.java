package dev.tilik.eval;

import dev.tilik.analysis.Analysis;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.PartyNames;
import dev.tilik.statements.Statement;
import dev.tilik.text.CharSpan;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds, for a gold statement, the extracted statement whose sentence contains the gold match.
 * When one sentence holds several statements, the one whose claim holds the match wins, then the
 * one agreeing with more labels (speaker, then stance, then topic).
 */
final class StatementMatcher {
    private final Analysis analysis;
    private final PartyNames parties;

    StatementMatcher(Analysis analysis, PartyNames parties) {
        this.analysis = analysis;
        this.parties = parties;
    }

    StatementCheck check(String file, GoldStatement gold) {
        Optional<ArticleStatements> article = analysis.article(file);
        if (article.isEmpty()) {
            return new StatementCheck(file, gold, null);
        }
        String text = article.get().document().text();
        List<StatementCheck> candidates = article.get().statements().stream()
                .filter(s -> GoldText.contains(s.sentence().coveredText(text), gold.match()))
                .map(s -> new StatementCheck(file, gold, s,
                        s.speakerSpan() == null ? null : s.speakerSpan().coveredText(text), extracted(s, text), parties))
                .toList();
        return candidates.stream()
                .max(Comparator.comparingInt((StatementCheck c) -> claimHolds(c.found(), text, gold) ? 1 : 0)
                        .thenComparingInt(StatementCheck::agreement))
                .orElse(new StatementCheck(file, gold, null, null, sentenceHolding(article.get(), gold.match()), parties));
    }

    private static String extracted(Statement s, String text) {
        return "cue " + (s.cue() == null ? "none" : "\"" + s.cue() + "\"") + ", " + s.basis().id()
                + ", claim \"" + GoldText.collapse(s.claim().coveredText(text)) + "\"";
    }

    /** The sentence holding {@code match}, or a word that none does (the splitter cut through it, or the text differs). */
    private static String sentenceHolding(ArticleStatements article, String match) {
        List<CharSpan> sentences = article.document().sentences();
        String text = article.document().text();
        for (CharSpan sentence : sentences) {
            if (GoldText.contains(sentence.coveredText(text), match)) {
                return "sentence \"" + GoldText.collapse(sentence.coveredText(text)) + "\"";
            }
        }
        return GoldText.contains(text, match) ? "the match crosses a sentence boundary" : "the match is not in the text";
    }

    /** True when the statement's sentence contains any of {@code texts}, or touches detected boilerplate. */
    boolean inBoilerplate(ArticleStatements article, Statement s, List<String> goldBoilerplate) {
        if (article.document().article().touchesBoilerplate(s.sentence())) {
            return true;
        }
        String sentence = s.sentence().coveredText(article.document().text());
        return goldBoilerplate.stream().anyMatch(b -> GoldText.contains(sentence, b));
    }

    private static boolean claimHolds(Statement s, String text, GoldStatement gold) {
        return GoldText.contains(s.claim().coveredText(text), gold.match());
    }
}
