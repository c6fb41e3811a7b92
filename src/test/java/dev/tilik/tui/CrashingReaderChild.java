package dev.tilik.tui;

import dev.tilik.ingest.Progress;
import dev.tilik.review.ReviewSession;

/**
 * The real reader on the real terminal whose loop crashes on the first key typed while it loads
 * (a backend that throws on the loop's thread, which nothing else in the reader does on demand):
 * for {@code e2e.TuiEndToEndIT#aCrashRestoresTheTerminalAndSaysWhy}. Exits with the reader's status.
 */
public final class CrashingReaderChild {
    private CrashingReaderChild() {
    }

    public static void main(String[] args) {
        FixtureBackend fixture = new FixtureBackend(Fixture::session, true); // the load never ends
        Backend crashing = new Backend() {
            @Override
            public ReviewSession load(Progress progress) throws Exception {
                return fixture.load(progress);
            }

            @Override
            public void save(ReviewSession session) {
            }

            @Override
            public void typedAhead(Msg typed) {
                throw new IllegalStateException("a crash on purpose");
            }
        };
        System.exit(TuiRunner.run(crashing, TuiOptions.fromEnvironment()));
    }
}
