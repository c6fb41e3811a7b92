package dev.tilik.eval;

import dev.tilik.findings.Evidence;
import dev.tilik.findings.Finding;
import dev.tilik.statements.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A plain-text rendering of an {@link Evaluation}: the figures first, then what to look at. */
public final class EvaluationText {
    private static final int SNIPPET = 90;

    private EvaluationText() {
    }

    public static String render(Evaluation ev) {
        return render(ev, false);
    }

    /**
     * The evaluation; with {@code verbose} every statement that differs from the gold also names its
     * article and what the article says there (the extracted cue and claim, or the sentence nothing was
     * extracted from), so a miss can be read without opening the file.
     */
    public static String render(Evaluation ev, boolean verbose) {
        StringBuilder out = new StringBuilder();
        line(out, "statements found     " + ev.statementRecall().describe() + "   (extracted " + ev.extracted() + ")");
        line(out, "speaker accuracy     " + ev.speaker().describe());
        line(out, "party accuracy       " + ev.party().describe());
        line(out, "stance accuracy      " + ev.stance().describe());
        line(out, "topic accuracy       " + ev.topic().describe());
        line(out, "boilerplate stmts    " + ev.boilerplateStatements().size());
        line(out, "must found           " + ev.mustFound().describe());
        line(out, "should_not violated  " + ev.shouldNotViolated());
        line(out, "precision            " + ev.precision().describe());
        line(out, "recall               " + ev.recall().describe());
        line(out, "proposition pairs    " + ev.propositionPairs().describe());
        line(out, "  same gold topic met " + ev.propositionsMet().describe());
        line(out, "  other topics apart " + ev.propositionsApart().describe());
        line(out, "flags per article    " + String.format(java.util.Locale.ROOT, "%.2f on average: ", ev.meanFlagsPerArticle())
                + ev.flagsPerArticle().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        ev.missingArticles().forEach(f -> line(out, "missing article      " + f));
        statementDetails(out, ev.statements(), verbose);
        for (Statement s : ev.boilerplateStatements()) {
            line(out, "  boilerplate statement " + s.id() + " (" + s.speaker() + ")");
        }
        out.append('\n');
        for (MustCheck m : ev.musts()) {
            line(out, "must " + m.must().id() + " " + m.must().kind().id() + ": "
                    + (m.met() ? "found " + ids(m.meeting()) : "MISSED" + lost(ev, m, verbose)));
        }
        if (verbose) {
            lossTable(out, ev);
        }
        for (ShouldNotCheck n : ev.shouldNots()) {
            line(out, "should_not " + n.trap().id() + ": " + (n.violated() ? "VIOLATED by " + ids(n.violating()) : "ok"));
        }
        List<FindingCheck> unmatched = ev.unmatched();
        if (!unmatched.isEmpty()) {
            line(out, "\ncontradictions meeting no must (judge by hand):");
            unmatched.forEach(c -> describe(out, c.finding()));
        }
        return out.toString();
    }

    private static void statementDetails(StringBuilder out, List<StatementCheck> checks, boolean verbose) {
        boolean header = false;
        for (StatementCheck c : checks) {
            if (c.isFound() && c.gold().stance() != null) {
                dev.tilik.statements.StanceTrace.compared(c.file(), c.found(), c.gold().stance());
            }
            List<String> wrong = c.mismatches();
            if (wrong.isEmpty()) {
                continue;
            }
            if (!header) {
                line(out, "\nstatements that differ from the gold:");
                header = true;
            }
            line(out, "  " + c.gold().id() + " " + String.join("; ", wrong) + "  \"" + snippet(c.gold().match()) + "\"");
            if (verbose) {
                line(out, "      " + c.file() + ": " + c.where());
            }
        }
    }

    private static String lost(Evaluation ev, MustCheck m, boolean verbose) {
        MustLoss loss = ev.losses().get(m.must().id());
        return !verbose || loss == null ? "" : ", first lost: " + loss;
    }

    /** The missed musts counted by kind × first place lost: the map of where contradictions go missing. */
    private static void lossTable(StringBuilder out, Evaluation ev) {
        if (ev.losses().isEmpty()) {
            return;
        }
        Map<String, Map<MustLoss.Place, Integer>> table = new TreeMap<>();
        for (MustCheck m : ev.musts()) {
            MustLoss loss = ev.losses().get(m.must().id());
            if (loss != null) {
                table.computeIfAbsent(m.must().kind().id(), k -> new EnumMap<>(MustLoss.Place.class))
                        .merge(loss.place(), 1, Integer::sum);
            }
        }
        line(out, "missed musts by kind x first place lost:");
        table.forEach((kind, places) -> line(out, "  " + kind + ": " + places.entrySet().stream()
                .map(e -> e.getKey().label() + " " + e.getValue()).collect(Collectors.joining(", "))));
    }

    private static void describe(StringBuilder out, Finding f) {
        line(out, "  " + f.id() + " " + f.type().id() + " " + f.severity().id() + " [" + f.rule() + "] " + f.title());
        for (Evidence e : f.evidence()) {
            line(out, "    " + e.fileName() + ": " + snippet(e.text()));
        }
    }

    private static String ids(List<Finding> findings) {
        return findings.stream().map(f -> f.id()).collect(Collectors.joining(", "));
    }

    private static String snippet(String s) {
        String c = GoldText.collapse(s);
        return c.length() <= SNIPPET ? c : c.substring(0, SNIPPET - 1) + "…";
    }

    private static void line(StringBuilder out, String s) {
        out.append(s).append('\n');
    }
}
