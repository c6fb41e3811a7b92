package dev.tilik.eval;

import dev.tilik.statements.Statement;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How an analysis compares with a gold file.
 *
 * @param statements            every gold statement with what was extracted for it
 * @param extracted             how many statements the pipeline extracted in the gold's articles
 * @param boilerplateStatements extracted statements lying in boilerplate (each one is a defect)
 * @param musts                 every gold {@code must} with the findings that meet it
 * @param shouldNots            every gold {@code should_not} with the findings that violate it
 * @param contradictions        every contradiction-type finding with the musts it meets
 * @param flagsPerArticle       contradiction findings touching each article, in analysis order
 * @param missingArticles       gold articles the analysis does not hold
 * @param losses                every missed {@code must}'s first place lost, by must id
 */
public record Evaluation(
        List<StatementCheck> statements,
        int extracted,
        List<Statement> boilerplateStatements,
        List<MustCheck> musts,
        List<ShouldNotCheck> shouldNots,
        List<FindingCheck> contradictions,
        Map<String, Integer> flagsPerArticle,
        List<String> missingArticles,
        Map<String, MustLoss> losses) {

    public Evaluation {
        statements = List.copyOf(statements);
        boilerplateStatements = List.copyOf(boilerplateStatements);
        musts = List.copyOf(musts);
        shouldNots = List.copyOf(shouldNots);
        contradictions = List.copyOf(contradictions);
        flagsPerArticle = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(flagsPerArticle)));
        missingArticles = List.copyOf(missingArticles);
        losses = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(losses)));
    }

    /** Gold statements found (some extracted statement's sentence holds the match). */
    public Score statementRecall() {
        return count(c -> true, StatementCheck::isFound);
    }

    public Score speaker() {
        return count(c -> c.gold().speaker() != null, StatementCheck::speakerOk);
    }

    public Score party() {
        return count(c -> c.gold().party() != null, StatementCheck::partyOk);
    }

    public Score stance() {
        return count(c -> c.gold().stance() != null, StatementCheck::stanceOk);
    }

    public Score topic() {
        return count(c -> c.gold().topic() != null, StatementCheck::topicOk);
    }

    /**
     * Whether statements are grouped as the gold groups them, whatever the labels: over every pair of
     * found gold statements that both carry a gold topic, the pairs where "same extracted proposition"
     * agrees with "same gold topic". Gold topics on real coverage are free text ("death toll"), so
     * this, not {@link #topic()}, measures propositions found from the folder.
     */
    public Score propositionPairs() {
        Score met = propositionsMet();
        Score apart = propositionsApart();
        return new Score(met.hits() + apart.hits(), met.total() + apart.total());
    }

    /**
     * Pairs of found gold statements with one gold topic that share an extracted proposition: statements a
     * fact-checker would compare that meet. Together with {@link #propositionsApart()} it says which way
     * {@link #propositionPairs()} fails (too coarse or too fine).
     */
    public Score propositionsMet() {
        return pairs(true);
    }

    /** Pairs of found gold statements with different gold topics that do not share an extracted proposition. */
    public Score propositionsApart() {
        return pairs(false);
    }

    private Score pairs(boolean sameGold) {
        List<StatementCheck> labelled = statements.stream()
                .filter(c -> c.isFound() && c.gold().topic() != null).toList();
        int agree = 0;
        int total = 0;
        for (int i = 0; i < labelled.size(); i++) {
            for (int j = i + 1; j < labelled.size(); j++) {
                StatementCheck a = labelled.get(i);
                StatementCheck b = labelled.get(j);
                if (a.gold().topic().equalsIgnoreCase(b.gold().topic()) != sameGold) {
                    continue;
                }
                boolean found = a.found().topic() != null && a.found().topic().equals(b.found().topic());
                agree += found == sameGold ? 1 : 0;
                total++;
            }
        }
        return new Score(agree, total);
    }

    /** Contradiction flags per article, on average (a fact-checker reviews every one). */
    public double meanFlagsPerArticle() {
        return flagsPerArticle.isEmpty() ? 0
                : flagsPerArticle.values().stream().mapToInt(Integer::intValue).average().orElse(0);
    }

    public Score mustFound() {
        return new Score((int) musts.stream().filter(MustCheck::met).count(), musts.size());
    }

    public Score shouldNotViolated() {
        return new Score((int) shouldNots.stream().filter(ShouldNotCheck::violated).count(), shouldNots.size());
    }

    /**
     * Contradiction findings that meet some {@code must}, over all contradiction findings; not
     * measured (0/0) when the gold lists no {@code must}, since then nothing could count as right.
     */
    public Score precision() {
        if (musts.isEmpty()) {
            return new Score(0, 0);
        }
        return new Score((int) contradictions.stream().filter(FindingCheck::truePositive).count(), contradictions.size());
    }

    /** {@code must} findings met, over all of them. */
    public Score recall() {
        return mustFound();
    }

    public List<FindingCheck> unmatched() {
        return contradictions.stream().filter(c -> !c.truePositive()).toList();
    }

    private Score count(Predicate<StatementCheck> labelled, Function<StatementCheck, Boolean> ok) {
        int total = 0;
        int hits = 0;
        for (StatementCheck c : statements) {
            if (labelled.test(c)) {
                total++;
                if (ok.apply(c)) {
                    hits++;
                }
            }
        }
        return new Score(hits, total);
    }
}
