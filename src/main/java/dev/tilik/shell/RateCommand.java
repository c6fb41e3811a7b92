package dev.tilik.shell;

import dev.tilik.findings.Finding;
import dev.tilik.review.Rating;
import dev.tilik.review.Review;
import dev.tilik.text.SafeText;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "rate", description = {"Rate the claim of the current finding, or of finding N, for ClaimReview: "
        + "rate [N|ID] RATING.", "The finding comes first, as in note, show and verdict; the older RATING N still works."})
final class RateCommand implements Callable<Integer> {
    private final ShellContext ctx;

    @Parameters(index = "0", paramLabel = "[N|ID]", completionCandidates = Choices.RatingIds.class,
            description = "Finding number or id (default: current), or the rating alone.")
    String first;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "RATING", completionCandidates = Choices.RatingIds.class,
            description = "One of ${COMPLETION-CANDIDATES}.")
    java.util.List<String> rest = new java.util.ArrayList<>();

    RateCommand(ShellContext ctx) {
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
        String[] read = Target.findingAndWords(ctx, "rate", words(), RateCommand::isRating);
        if (read == null) {
            return 2;
        }
        String rating = read[1];
        String which = read[0];
        Rating r;
        try {
            r = rating.equals(Choices.NONE) ? null : Rating.of(Choices.asId(rating));
        } catch (IllegalArgumentException e) {
            ctx.out().println("rating: " + SafeText.sanitize(e.getMessage()) + ", or none");
            return 2;
        }
        Finding f = Target.resolve(ctx, which);
        if (f == null) {
            return 1;
        }
        Rating before = ctx.state().session().review(f.id()).map(Review::rating).orElse(null);
        boolean saved = ctx.saved(ctx.state().rating(f, r));
        ctx.out().println("Rating on " + Target.named(ctx, f) + ": " + (r == null ? "none" : r.label()));
        if (saved && before != null && before != r) {
            Target.replaced(ctx, before.label(), "rate " + (ctx.state().indexOf(f) + 1) + " " + before.id());
        }
        return saved ? 0 : 1;
    }

    private static boolean isRating(String word) {
        if (word.equals(Choices.NONE)) {
            return true;
        }
        try {
            Rating.of(Choices.asId(word));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
