package dev.tilik.shell;

import dev.tilik.findings.Finding;
import dev.tilik.review.Rating;
import dev.tilik.review.Review;
import dev.tilik.text.SafeText;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "rate", description = "Rate the current finding's claim (or finding N's) for ClaimReview.")
final class RateCommand implements Callable<Integer> {
    private final ShellContext ctx;

    @Parameters(index = "0", paramLabel = "RATING", completionCandidates = Choices.RatingIds.class,
            description = "One of ${COMPLETION-CANDIDATES}.")
    String rating;

    @Parameters(index = "1", arity = "0..1", paramLabel = "N|ID", description = "Finding number or id (default: current).")
    String which;

    RateCommand(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        Rating r;
        try {
            r = rating.equals(Choices.NONE) ? null : Rating.of(rating.toLowerCase(java.util.Locale.ROOT));
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
            Target.replaced(ctx, before.label(), "rate " + before.id() + " " + (ctx.state().indexOf(f) + 1));
        }
        return saved ? 0 : 1;
    }
}
