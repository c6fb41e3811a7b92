package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.review.Verdict;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Keys typed while the folder loads wait and run on the findings when they arrive: {@code n v 2}
 * typed before the first finding showed used to be dropped without a word.
 */
class TypeAheadTest {
    private static final Instant T1 = Instant.parse("2024-10-25T08:00:05Z");

    private static Drive loading() {
        Drive d = new Drive(80, 24);
        d.state = AppState.initial(80, 24, KeyTable.defaults());
        d.effects.clear();
        return d;
    }

    private static void key(Drive d, String name, Instant at) {
        d.send(new Msg.KeyPressed(Key.of(name), at));
    }

    @Test
    void keysTypedWhileLoadingRunOnTheFindingsWhenTheyArrive() {
        Drive d = loading();
        key(d, "n", Drive.T0);
        key(d, "v", Drive.T0);
        key(d, "2", T1);
        assertThat(d.state.isLoaded()).isFalse();
        assertThat(TypeAhead.shown(d.state)).isEqualTo("n v 2");
        assertThat(d.effects).isEmpty();

        d.send(new Msg.Loaded(Fixture.session()));
        assertThat(d.findingId()).as("n moved on from the first finding").isEqualTo("f-denyassert");
        assertThat(d.state.session().verdict("f-denyassert")).isEqualTo(Verdict.CONFIRMED);
        assertThat(d.state.session().review("f-denyassert").orElseThrow().updated())
                .as("stamped when typed").isEqualTo(T1);
        assertThat(d.effects(Effect.Save.class)).as("saved at once, as a verdict always is").hasSize(1);
        assertThat(d.state.ahead()).isEmpty();
        assertThat(d.state.mode()).isEqualTo(Mode.READER);
    }

    /**
     * Keys typed before the first frame saw no review: a verdict the note file held on the finding they reach is set
     * aside beside the one they choose (the panel shows it, b takes it back), in the state and in the save, never
     * replaced unseen. Their own verdict chosen twice is replaced as on the screen.
     */
    @Test
    void aVerdictTypedAheadNeverReplacesOneNoFrameShowed() {
        dev.tilik.review.ReviewSession saved = Fixture.session();
        saved = saved.withVerdict(saved.analysis().finding("f-denycond").orElseThrow(), Verdict.CONFIRMED, Drive.T0);
        Drive d = loading();
        key(d, "p", T1); // the load goes on at the first finding not reviewed: p goes back to the confirmed one
        key(d, "v", T1);
        key(d, "4", T1);
        key(d, "v", T1);
        key(d, "3", T1);
        d.send(new Msg.Loaded(saved));

        assertThat(d.findingId()).isEqualTo("f-denycond");
        assertThat(d.state.session().verdict("f-denycond")).isEqualTo(Verdict.DIVERGENCE);
        assertThat(d.state.session().setAside("f-denycond")).as("confirmed, never drawn, set aside once")
                .singleElement().satisfies(a -> {
                    assertThat(a.valueLabel()).isEqualTo("confirmed");
                    assertThat(a.insteadLabel()).isEqualTo("divergence");
                });
        assertThat(d.effects(Effect.Save.class)).as("every save the keys asked for").hasSize(2).allSatisfy(save ->
                assertThat(save.session().setAside("f-denycond")).singleElement()
                        .extracting(dev.tilik.review.SetAside::valueLabel).isEqualTo("confirmed"));
    }

    /** On a finding with nothing recorded, keys typed ahead set nothing aside, their own choices included. */
    @Test
    void aVerdictTypedAheadOnAFindingWithNothingRecordedSetsNothingAside() {
        Drive d = loading();
        key(d, "v", T1);
        key(d, "2", T1);
        key(d, "v", T1);
        key(d, "3", T1);
        d.send(new Msg.Loaded(Fixture.session()));
        assertThat(d.state.session().verdict(d.findingId())).isEqualTo(Verdict.DIVERGENCE);
        assertThat(d.state.session().setAside(d.findingId())).isEmpty();
    }

    @Test
    void aNoteTypedAheadIsWrittenAndSaved() {
        Drive d = loading();
        key(d, "e", Drive.T0);
        "ask BPBD".chars().forEach(c -> key(d, Key.ch((char) c).name(), Drive.T0));
        key(d, "Enter", Drive.T0);
        d.send(new Msg.Loaded(Fixture.session()));
        assertThat(d.state.session().note("f-denycond")).isEqualTo("ask BPBD");
        assertThat(d.effects(Effect.Save.class)).hasSize(1);
    }

    /**
     * A connection dropped while keys waited: the hang-up hook runs them on the load when it
     * arrives, a note still being typed included, even after the Ctrl-C the closed terminal sends.
     */
    @Test
    void onAHangUpTheKeysTypedAheadRunOnTheLoadAndTheOpenNoteIsKept() {
        Drive d = loading();
        key(d, "v", Drive.T0);
        key(d, "2", Drive.T0);
        key(d, "e", Drive.T0);
        "cek BMKG".chars().forEach(c -> key(d, Key.ch((char) c).name(), Drive.T0));
        key(d, "Ctrl-C", Drive.T0);
        AppState saved = TypeAhead.onHangUp(d.state, Fixture.session());
        assertThat(saved.session().verdict("f-denycond")).isEqualTo(Verdict.CONFIRMED);
        assertThat(OverlayActions.withOpenNote(saved, T1).draft("f-denycond")).as("kept as a draft: no Enter confirmed it")
                .isEqualTo("cek BMKG");
    }

    @Test
    void qAloneQuitsAtOnceButWaitsBehindTypedKeys() {
        Drive alone = loading();
        key(alone, "q", Drive.T0);
        assertThat(alone.effects(Effect.Exit.class)).hasSize(1);

        Drive behind = loading();
        key(behind, "v", Drive.T0);
        key(behind, "3", Drive.T0);
        key(behind, "q", Drive.T0);
        assertThat(behind.effects).isEmpty();
        behind.send(new Msg.Loaded(Fixture.session()));
        assertThat(behind.effects(Effect.Save.class)).as("the verdict's save, then the save before quitting")
                .hasSize(2).last().satisfies(s -> {
                    assertThat(s.forQuit()).isTrue();
                    assertThat(s.session().verdict("f-denycond")).isEqualTo(Verdict.DIVERGENCE);
                });
        assertThat(behind.state.quitting()).isTrue();
    }

    @Test
    void ctrlCQuitsAtOnceWithoutRunningThem() {
        Drive d = loading();
        key(d, "v", Drive.T0);
        key(d, "Ctrl-C", Drive.T0);
        assertThat(d.effects(Effect.Exit.class)).hasSize(1);
    }

    @Test
    void aFailedLoadSaysTheKeysItDidNotRun() {
        Drive d = loading();
        key(d, "n", Drive.T0);
        key(d, "v", Drive.T0);
        d.send(new Msg.LoadFailed("no articles in /tmp/x"));
        assertThat(d.state.failure()).isEqualTo("no articles in /tmp/x (2 keys typed while loading not run)");
        assertThat(d.state.ahead()).isEmpty();
        key(d, "q", Drive.T0);
        assertThat(d.effects(Effect.Exit.class)).hasSize(1);
    }

    @Test
    void aPasteWhileLoadingWaitsForTheNoteEditorTypedBeforeIt() {
        Drive d = loading();
        key(d, "e", Drive.T0);
        d.send(new Msg.Pasted("source: BNPB", 12, Drive.T0));
        key(d, "Enter", Drive.T0);
        d.send(new Msg.Loaded(Fixture.session()));
        assertThat(d.state.session().note("f-denycond")).isEqualTo("source: BNPB");
    }

    @Test
    void theKeysBeyondTheLimitAreDroppedWithAWord() {
        Drive d = loading();
        for (int i = 0; i < TypeAhead.MAX + 3; i++) {
            key(d, "j", Drive.T0);
        }
        assertThat(d.state.ahead()).hasSize(TypeAhead.MAX);
        assertThat(Drive.screen(d.state)).contains("only the first 64 wait: the rest were dropped");
    }

    @Test
    void theRunKeysSayTheyRanUnlessTheySaidSomethingOfTheirOwn() {
        Drive d = loading();
        key(d, "j", Drive.T0);
        d.send(new Msg.Loaded(Fixture.session()));
        assertThat(d.state.status()).contains("problem while loading"); // the load's own notice stays

        Drive v = loading();
        key(v, "v", Drive.T0);
        key(v, "2", Drive.T0);
        v.send(new Msg.Loaded(Fixture.session()));
        assertThat(v.state.status()).isEqualTo("verdict: confirmed");
    }

    /**
     * Keys an earlier reader typed ahead and was cut off from running (found in its journal on
     * opening) run first, from the finding the load opens on, the note being typed kept; one save
     * holds them, and the first frame's status line says what was recovered and from when, even
     * when this reader's own keys typed ahead run behind them.
     */
    @Test
    void keysRecoveredFromAnEarlierReadersJournalRunFirstAndTheFirstFrameSaysSo() {
        java.util.List<Msg> earlier = new java.util.ArrayList<>(java.util.List.of(
                new Msg.KeyPressed(Key.of("v"), Drive.T0), new Msg.KeyPressed(Key.of("2"), T1),
                new Msg.KeyPressed(Key.of("q"), T1), // a quit among them does nothing now
                new Msg.KeyPressed(Key.of("e"), T1)));
        "Tanya KPU".chars().forEach(c -> earlier.add(new Msg.KeyPressed(Key.ch((char) c), T1)));
        Drive d = loading();
        key(d, "n", Drive.T0); // this reader's own key, typed ahead too: runs behind them
        d.send(new Msg.Loaded(Fixture.session(), null, new Backend.Recovered(earlier, "at 08:00 on 25 Oct")));

        assertThat(d.state.session().verdict("f-denycond")).isEqualTo(Verdict.CONFIRMED);
        assertThat(d.state.session().draft("f-denycond")).as("the note being typed when it was cut off, a draft")
                .isEqualTo("Tanya KPU");
        assertThat(d.state.session().review("f-denycond").orElseThrow().updated()).as("stamped when typed").isEqualTo(T1);
        assertThat(d.findingId()).as("then this reader's n").isEqualTo("f-denyassert");
        assertThat(d.state.quitting()).isFalse();
        assertThat(d.effects(Effect.Exit.class)).isEmpty();
        assertThat(d.effects(Effect.Save.class)).hasSize(1);
        assertThat(d.effects(Effect.Save.class).get(0).session().draft("f-denycond")).isEqualTo("Tanya KPU");
        assertThat(d.state.status()).startsWith("recovered 1 verdict and 1 note typed ahead at 08:00 on 25 Oct");
        assertThat(d.state.overlay()).isEqualTo(Overlay.NONE);

        d.send(new Msg.Saved(false));
        assertThat(d.state.status()).as("still said once saved").startsWith("recovered 1 verdict and 1 note");
    }

    @Test
    void recoveredKeysThatChangeNothingAreSaidWithoutASave() {
        Drive d = loading();
        d.send(new Msg.Loaded(Fixture.session(), null, new Backend.Recovered(
                java.util.List.of(new Msg.KeyPressed(Key.of("j"), Drive.T0)), "at 08:00 on 25 Oct")));
        assertThat(d.effects(Effect.Save.class)).isEmpty();
        assertThat(d.state.status()).isEqualTo("keys typed ahead at 08:00 on 25 Oct recovered: no verdict or note among them");
    }

    /** The hang-up save runs the recovered keys too, before this reader's own. */
    @Test
    void onAHangUpRecoveredKeysRunBeforeTheOwnOnes() {
        Drive d = loading();
        key(d, "e", Drive.T0);
        "dua".chars().forEach(c -> key(d, Key.ch((char) c).name(), Drive.T0));
        AppState saved = TypeAhead.onHangUp(d.state, new Msg.Loaded(Fixture.session(), null, new Backend.Recovered(
                java.util.List.of(new Msg.KeyPressed(Key.of("v"), Drive.T0), new Msg.KeyPressed(Key.of("3"), Drive.T0)),
                "at 08:00 on 25 Oct")));
        assertThat(saved.session().verdict("f-denycond")).isNotEqualTo(Verdict.UNREVIEWED);
        assertThat(OverlayActions.withOpenNote(saved, T1).draft("f-denycond")).isEqualTo("dua");
    }
}
