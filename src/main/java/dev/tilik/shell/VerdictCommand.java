package dev.tilik.shell;

import dev.tilik.findings.Finding;
import dev.tilik.review.Verdict;
import dev.tilik.text.SafeText;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "verdict", aliases = "v",
        description = {"Record a verdict on the current finding, or on finding N: verdict [N|ID] VERDICT.",
            "The finding comes first, as in note and show; the older VERDICT N still works when the words "
                    + "cannot be read the other way (verdict 2 3 cannot: name the verdict)."})
final class VerdictCommand implements Callable<Integer> {
    private final ShellContext ctx;

    @Parameters(index = "0", arity = "0..1", paramLabel = "N|ID", completionCandidates = Choices.VerdictIds.class,
            description = "Finding number or id (default: current), or the verdict alone.")
    String first;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "VERDICT", completionCandidates = Choices.VerdictIds.class,
            description = "One of ${COMPLETION-CANDIDATES} (or its digit 1-5, or its words as the reader shows "
                    + "them: needs sources).")
    java.util.List<String> rest = new java.util.ArrayList<>();

    VerdictCommand(ShellContext ctx) {
        this.ctx = ctx;
    }

    /** Every word typed after the command. */
    private java.util.List<String> words() {
        java.util.List<String> words = new java.util.ArrayList<>(java.util.List.of(first));
        words.addAll(rest);
        return words;
    }

    @Override
    public Integer call() {
        if (first == null) { // picocli would say the finding's number is missing: it is the verdict that is
            ctx.out().println("verdict: which verdict? " + Choices.VERDICTS + " (verdict [N|ID] VERDICT)");
            return 2;
        }
        String[] read = Target.findingAndWords(ctx, "verdict", words(), VerdictCommand::isVerdict);
        if (read == null) {
            return 2;
        }
        Verdict verdict;
        try {
            verdict = new Choices.VerdictConverter().convert(read[1]);
        } catch (RuntimeException e) {
            ctx.out().println("verdict: " + SafeText.sanitize(e.getMessage() == null ? read[1] : e.getMessage()));
            return 2;
        }
        Finding f = Target.resolve(ctx, read[0]);
        if (f == null) {
            return 1;
        }
        Verdict before = ctx.state().session().verdict(f.id());
        boolean saved = ctx.saved(ctx.state().verdict(f, verdict));
        int index = ctx.state().indexOf(f);
        ctx.out().println(FindingText.line(ctx.state().session(), index, index == ctx.state().index()));
        if (saved && before != Verdict.UNREVIEWED && before != verdict) {
            Target.replaced(ctx, before.id(), "verdict " + (index + 1) + " " + before.id());
        }
        return saved ? 0 : 1;
    }

    private static boolean isVerdict(String word) {
        try {
            new Choices.VerdictConverter().convert(word);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
