package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.DefaultKeyDecodingProfile;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.tilik.review.Verdict;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 11 row 1 and row 4: a paste is text in every text field, never keys; the note limit is said. */
class PasteTest {
    private static final String HOSTILE = "source: x\nv1\nq\n";

    /** What the key thread makes of the bytes a terminal sends for {@code input}. */
    private static List<Msg> decode(String input) throws IOException {
        InputDecoder decoder = new InputDecoder(new StringReader(input));
        decoder.addProfile(new DefaultKeyDecodingProfile());
        decoder.addProfile(BracketedPaste.profile());
        PasteCollector collector = new PasteCollector();
        List<Msg> out = new ArrayList<>();
        KeyStroke k;
        while ((k = decoder.getNextCharacter(true)) != null && k.getKeyType() != KeyType.EOF) {
            out.addAll(collector.accept(k, Drive.T0));
        }
        return out;
    }

    @Test
    void theMarkedBytesBecomeOnePasteAndKeysAroundItStayKeys() throws IOException {
        List<Msg> msgs = decode("e" + BracketedPaste.START + "ab\nv1\tq\033x" + BracketedPaste.END + "z\033[A");
        assertThat(msgs).containsExactly(new Msg.KeyPressed(Key.of("e"), Drive.T0),
                new Msg.Pasted("ab\nv1\tqx", 8, Drive.T0), new Msg.KeyPressed(Key.of("z"), Drive.T0),
                new Msg.KeyPressed(Key.of("Up"), Drive.T0));
    }

    @Test
    void aHugePasteIsMeasuredButOnlyItsStartIsKept() {
        PasteCollector c = new PasteCollector();
        c.accept(BracketedPaste.Mark.START, Drive.T0);
        for (int i = 0; i < 200_000; i++) {
            assertThat(c.accept(new KeyStroke('a', false, false), Drive.T0)).isEmpty();
        }
        Msg.Pasted p = (Msg.Pasted) c.accept(BracketedPaste.Mark.END, Drive.T0).get(0);
        assertThat(p.length()).isEqualTo(200_000);
        assertThat(p.text()).hasSize(PasteCollector.MAX_KEPT);
    }

    @Test
    void aMultiLinePasteIntoTheNoteEditorIsTextNotKeys() {
        Drive d = Drive.loaded().press("v", "2", "e");
        d.send(new Msg.Pasted(HOSTILE, HOSTILE.length(), Drive.T0));
        assertThat(d.state.mode()).isEqualTo(Mode.NOTE);
        d.press("Enter");
        assertThat(d.state.session().note("f-denycond")).isEqualTo("source: x v1 q");
        assertThat(d.state.session().verdict("f-denycond")).isEqualTo(Verdict.CONFIRMED);
        assertThat(d.effects(Effect.Exit.class)).isEmpty();
    }

    @Test
    void aPasteIntoSearchIsOneLineOfText() {
        Drive d = Drive.loaded().press("/");
        d.send(new Msg.Pasted("Korut\nq", 7, Drive.T0));
        assertThat(d.state.overlay()).isEqualTo(new Overlay.SearchPrompt(TextField.of("Korut q")));
    }

    @Test
    void aPasteWithNoTextFieldOpenIsIgnoredWithAWord() {
        Drive d = Drive.loaded();
        Verdict before = d.state.session().verdict("f-denycond");
        d.send(new Msg.Pasted(HOSTILE, HOSTILE.length(), Drive.T0));
        assertThat(d.state.mode()).isEqualTo(Mode.READER);
        assertThat(d.state.status()).contains("paste ignored");
        assertThat(d.effects(Effect.Exit.class)).isEmpty();
        assertThat(d.state.session().verdict("f-denycond")).isEqualTo(before);
    }

    @Test
    void aNoteOverTheLimitIsCutAndTheUserIsTold() {
        String big = "x".repeat(112_000);
        Drive d = Drive.loaded().press("e");
        d.send(new Msg.Pasted(big.substring(0, PasteCollector.MAX_KEPT), big.length(), Drive.T0));
        assertThat(d.state.status()).contains("108,000 of the 112,000 pasted characters left out")
                .contains("4,000 characters");
        d.press("Enter");
        assertThat(d.state.session().note("f-denycond")).hasSize(TextField.MAX_LENGTH);
        assertThat(d.state.status()).contains("at its limit");
    }

    @Test
    void typingPastTheLimitSaysSo() {
        Drive d = Drive.loaded().press("e");
        d.send(new Msg.Pasted("y".repeat(TextField.MAX_LENGTH - 1), TextField.MAX_LENGTH - 1, Drive.T0));
        assertThat(d.state.status()).isEmpty();
        d.press("a");
        assertThat(d.state.status()).contains("at most 4,000 characters");
    }

    @Test
    void theModeIsOnWhileTheScreenIsUpAndOffWhileSuspendedAndAfterQuitting() throws Exception {
        java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
        List<String> atSuspend = new java.util.concurrent.CopyOnWriteArrayList<>();
        com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal terminal =
                new com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal(
                        new com.googlecode.lanterna.TerminalSize(100, 30));
        TuiApp app = new TuiApp(new com.googlecode.lanterna.screen.TerminalScreen(terminal), terminal,
                new FixtureBackend(), new TuiOptions(false, null), screen -> atSuspend.add(written.toString()),
                BracketedPaste.to(written), HeldOutput.NONE);
        Thread ui = new Thread(() -> {
            try {
                app.run();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        ui.setDaemon(true);
        ui.start();
        assertThat(app.await(AppState::isLoaded, VirtualRun.DEADLINE)).isTrue();
        assertThat(written.toString()).isEqualTo(BracketedPaste.ON);
        terminal.addInput(new KeyStroke('z', true, false));
        terminal.addInput(new KeyStroke('q', false, false));
        ui.join(VirtualRun.DEADLINE.toMillis());
        assertThat(ui.isAlive()).isFalse();
        assertThat(atSuspend).containsExactly(BracketedPaste.ON + BracketedPaste.OFF);
        assertThat(written.toString()).isEqualTo(BracketedPaste.ON + BracketedPaste.OFF + BracketedPaste.ON
                + BracketedPaste.OFF);
    }

    @Test
    void theRunningReaderTakesAPasteAsTextWhereLanternaWouldHaveRunIt() throws Exception {
        try (VirtualRun run = new VirtualRun(100, 30, new FixtureBackend())) {
            run.await("loaded", AppState::isLoaded).press("e");
            run.await("note editor", s -> s.mode() == Mode.NOTE);
            run.terminal.addInput(BracketedPaste.Mark.START);
            run.press("source: x", "Enter", "v1", "Enter", "q", "Enter");
            run.terminal.addInput(BracketedPaste.Mark.END);
            run.await("the paste in the editor", s -> s.overlay() instanceof Overlay.NoteEditor n
                    && n.field().text().equals("source: x v1 q "));
            run.press("Enter");
            run.await("the note saved", s -> "source: x v1 q".equals(s.session().note("f-denycond")));
            assertThat(run.finished()).isFalse();
        }
    }
}
