package dev.tilik.tui;

import dev.tilik.findings.Finding;
import dev.tilik.review.ReviewSession;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Adding an article by URL from the reader: the prompt's Enter asks for the fetch
 * ({@link Effect.AddUrl}); progress and the result come back as messages. The new analysis takes
 * the reviews as they are when it arrives (verdicts made meanwhile included, moved by finding id);
 * the reader stays where it was, unless the finding it showed is gone.
 */
final class AddActions {
    private AddActions() {
    }

    /** Enter in the URL prompt. */
    static Step fetch(AppState s, String text) {
        String url = text.strip();
        AppState closed = s.withOverlay(Overlay.NONE);
        if (url.isEmpty()) {
            return Step.of(closed.withStatus("no URL given: nothing added"));
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("http://") || lower.startsWith("https://")) || url.contains(" ")) {
            return Step.of(closed.withStatus("not a web address (http or https): " + url));
        }
        return Step.of(closed.withStatus("adding " + url + " \u2026 (keep reading)"), new Effect.AddUrl(url));
    }

    static Step update(AppState s, Msg msg) {
        if (s.quitting()) {
            return Step.of(s);
        }
        if (msg instanceof Msg.AddProgressed p) {
            return Step.of(s.withStatus("adding: " + p.what()));
        }
        if (msg instanceof Msg.AddFailed f) {
            return Step.of(s.withStatus("not added: " + f.message() + " (" + f.url() + ")"));
        }
        Msg.Added added = (Msg.Added) msg;
        if (added.result().analysis() == null || !s.isLoaded()) {
            return Step.of(s.withStatus(added.result().notice()));
        }
        Set<String> before = new HashSet<>();
        s.session().findings().forEach(f -> before.add(f.id()));
        ReviewSession next = s.session().withAnalysis(added.result().analysis());
        AppState moved = s.withSession(next);
        String shown = s.nav().findingId();
        if (shown != null && next.analysis().finding(shown).isEmpty()) {
            moved = Navigate.firstFinding(moved);
        }
        long fresh = next.findings().stream().map(Finding::id).filter(id -> !before.contains(id)).count();
        String status = added.result().notice() + ": " + (fresh == 0 ? "no new finding"
                : fresh + " new finding" + (fresh == 1 ? "" : "s") + " (l lists them)");
        return Update.save(moved, false, status);
    }
}
