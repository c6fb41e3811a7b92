package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.review.ReviewChanges;
import dev.tilik.review.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The runtime keeps every key typed ahead of the load with the backend as it comes (the journal
 * beside the note file), before the next key is read, and lets the journal go only once the save
 * holding what the keys made is done; keys an earlier reader left run first and the first frame
 * says so (80×24).
 */
class TypeAheadJournalTest {
    /** A held load that records what the runtime journals and when it lets the journal go. */
    static final class Journalled implements Backend {
        final FixtureBackend inner = new FixtureBackend(Fixture::session, true);
        final List<String> journal = new CopyOnWriteArrayList<>();
        final List<String> calls = new CopyOnWriteArrayList<>();
        volatile Recovered recovered;

        @Override
        public dev.tilik.review.ReviewSession load(dev.tilik.ingest.Progress progress) throws Exception {
            return inner.load(progress);
        }

        @Override
        public void save(dev.tilik.review.ReviewSession session) throws Exception {
            inner.save(session);
            calls.add("save");
        }

        @Override
        public void typedAhead(Msg typed) {
            journal.add(typed instanceof Msg.KeyPressed k ? k.key().name() : typed.getClass().getSimpleName());
        }

        @Override
        public Recovered recovered() {
            return recovered;
        }

        @Override
        public void typedAheadSaved(ReviewChanges onHangUp) {
            calls.add("forget " + onHangUp);
        }
    }

    @Test
    void everyKeyTypedAheadIsJournalledAndTheJournalGoesOnlyAfterTheSave() throws Exception {
        Journalled b = new Journalled();
        try (VirtualRun run = new VirtualRun(80, 24, b)) {
            run.awaitText("reading 1/2");
            run.press("v", "2", "e", "x").await("four keys waiting", s -> s.ahead().size() == 4);
            assertThat(b.journal).as("journalled as they came, before the load").containsExactly("v", "2", "e", "x");
            assertThat(b.calls).isEmpty();
            b.inner.release();
            run.await("the verdict typed ahead", s -> s.isLoaded()
                    && s.session().verdict("f-denycond") == Verdict.CONFIRMED);
            org.awaitility.Awaitility.await().atMost(VirtualRun.DEADLINE).until(() -> b.calls.contains("forget null"));
            assertThat(b.calls).as("forgotten after the save holding the verdict, never before")
                    .containsExactly("save", "forget null");
        }
    }

    @Test
    void keysThatChangeNothingAreForgottenAtOnceAndNoKeyMeansNoJournal() throws Exception {
        Journalled b = new Journalled();
        try (VirtualRun run = new VirtualRun(80, 24, b)) {
            run.awaitText("reading 1/2");
            run.press("j").await("one key waiting", s -> s.ahead().size() == 1);
            b.inner.release();
            run.await("loaded", AppState::isLoaded);
            org.awaitility.Awaitility.await().atMost(VirtualRun.DEADLINE).until(() -> !b.calls.isEmpty());
            assertThat(b.calls).containsExactly("forget null");
        }
        Journalled none = new Journalled();
        none.inner.release();
        try (VirtualRun run = new VirtualRun(80, 24, none)) {
            run.await("loaded", AppState::isLoaded);
            run.press("v", "2").await("a verdict", s -> s.session().verdict("f-denycond") == Verdict.CONFIRMED);
            org.awaitility.Awaitility.await().atMost(VirtualRun.DEADLINE).until(() -> none.calls.contains("save"));
            assertThat(none.journal).as("keys after the load are not typed ahead").isEmpty();
            assertThat(none.calls).containsExactly("save");
        }
    }

    @Test
    void recoveredKeysAreSaidWholeOnTheFirstFrameAt80x24() throws Exception {
        Journalled b = new Journalled();
        Instant at = Instant.parse("2026-12-03T14:02:00Z");
        b.recovered = new Backend.Recovered(List.of(new Msg.KeyPressed(Key.of("v"), at), new Msg.KeyPressed(Key.of("2"), at)),
                "at 14:02 on 3 Dec");
        b.inner.release();
        try (VirtualRun run = new VirtualRun(80, 24, b)) {
            run.await("loaded", AppState::isLoaded);
            String screen = run.screen();
            // Whole above the counts, as the status bar puts a long message: on the first frame, none of it on the bar.
            assertThat(screen).contains("recovered 1 verdict typed ahead at 14:02 on 3 Dec (the reader was cut off while\n"
                    + " loading)\n").containsPattern("reviewed 1/5( \u00B7 saving)? \u2502 n/p finding"); // "saving" until the save reports
            org.awaitility.Awaitility.await().atMost(VirtualRun.DEADLINE).until(() -> b.calls.contains("forget null"));
            assertThat(b.calls).containsExactly("save", "forget null");
            assertThat(b.inner.lastSave().verdict("f-denycond")).isEqualTo(Verdict.CONFIRMED);
        }
    }
}
