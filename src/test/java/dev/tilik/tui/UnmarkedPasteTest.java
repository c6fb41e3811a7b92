package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import dev.tilik.review.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A paste from a terminal that does not bracket pastes (tmux {@code paste-buffer} without {@code -p},
 * many SSH clients): its line breaks arrive as Enter with the rest of the paste already behind them.
 * Such an Enter is a space in an open text field, never "save, then run the next lines as keys"
 * (one reviewer's paste reset a verdict through {@code v}, {@code 1}); a lone Enter still saves.
 */
class UnmarkedPasteTest {
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    /** A tty whose every {@link #send} is one read: what a terminal hands over for one paste or one key. */
    static final class ChunkTty {
        private final BlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
        private byte[] current = new byte[0];
        private int at;
        final InputStream in = new InputStream() {
            @Override
            public int read() throws java.io.IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public synchronized int read(byte[] b, int off, int len) throws java.io.IOException {
                while (at >= current.length) {
                    try {
                        current = chunks.take();
                        at = 0;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new InterruptedIOException();
                    }
                }
                int n = Math.min(len, current.length - at);
                System.arraycopy(current, at, b, off, n);
                at += n;
                return n;
            }

            @Override
            public synchronized int available() {
                return current.length - at + chunks.stream().mapToInt(c -> c.length).sum();
            }
        };

        void send(String s) {
            chunks.add(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aPastedLineBreakStaysInTheNoteAndTheVerdictStands() throws Exception {
        ChunkTty tty = new ChunkTty();
        ANSITerminal terminal = new ANSITerminal(new WholeSequenceInput(tty.in), new ByteArrayOutputStream(),
                StandardCharsets.UTF_8) {
        };
        FixtureBackend backend = new FixtureBackend();
        TuiApp app = new TuiApp(new TerminalScreen(terminal), terminal, backend, new TuiOptions(false, null),
                Suspender.NONE);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread ui = new Thread(() -> {
            try {
                app.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "unmarked-paste-ui");
        ui.setDaemon(true);
        ui.start();
        assertThat(app.await(AppState::isLoaded, DEADLINE)).isTrue();
        String id = app.state().nav().findingId();
        tty.send("v");
        assertThat(app.await(s -> s.mode() == Mode.VERDICT, DEADLINE)).isTrue();
        tty.send("2");
        assertThat(app.await(s -> s.session().verdict(id) == Verdict.CONFIRMED, DEADLINE)).isTrue();
        tty.send("e");
        assertThat(app.await(s -> s.mode() == Mode.NOTE, DEADLINE)).isTrue();
        tty.send("dua angka");

        // One paste, one read; tmux sends its line breaks as CR, which the tty (icrnl) hands over as LF.
        tty.send(" sumber:\nversi 1 dari BNPB\nv1\nq");

        assertThat(app.await(s -> s.overlay() instanceof Overlay.NoteEditor n
                && n.field().text().equals("dua angka sumber: versi 1 dari BNPB v1 q"), DEADLINE))
                .as("the whole paste in the editor\n" + app.state()).isTrue();
        assertThat(app.state().session().verdict(id)).isEqualTo(Verdict.CONFIRMED);
        assertThat(backend.saves).noneMatch(s -> !s.note(id).isEmpty());

        tty.send("\n"); // a lone Enter: saves
        assertThat(app.await(s -> s.mode() == Mode.READER
                && s.session().note(id).equals("dua angka sumber: versi 1 dari BNPB v1 q"), DEADLINE)).isTrue();
        assertThat(app.state().session().verdict(id)).isEqualTo(Verdict.CONFIRMED);

        tty.send("\u0003");
        ui.join(DEADLINE.toMillis());
        assertThat(ui.isAlive()).isFalse();
        assertThat(failure.get()).isNull();
        assertThat(backend.lastSave().note(id)).isEqualTo("dua angka sumber: versi 1 dari BNPB v1 q");
    }

    @Test
    void aLineBreakIsASpaceInEveryTextFieldAndEnterElsewhere() {
        Drive d = Drive.loaded().press("/", "korut");
        d.send(new Msg.LineBreak(Drive.T0));
        assertThat(d.state.mode()).isEqualTo(Mode.SEARCH_INPUT);
        assertThat(((Overlay.SearchPrompt) d.state.overlay()).field().text()).isEqualTo("korut ");

        Drive filter = Drive.loaded().press("f", "j", "j", "l");
        filter.send(new Msg.LineBreak(Drive.T0));
        assertThat(filter.state.mode()).as("Enter applies the filter").isEqualTo(Mode.READER);
        assertThat(filter.state.filter().isAll()).isFalse();
    }

    @Test
    void onlyAnUnmarkedEnterWithMoreBehindItIsALineBreak() {
        PasteCollector c = new PasteCollector();
        KeyStroke enter = new KeyStroke(KeyType.Enter);
        assertThat(c.accept(enter, Drive.T0, false)).containsExactly(new Msg.KeyPressed(Key.ENTER, Drive.T0));
        assertThat(c.accept(enter, Drive.T0, true)).containsExactly(new Msg.LineBreak(Drive.T0));
        assertThat(c.accept(new KeyStroke('v', false, false), Drive.T0, true))
                .containsExactly(new Msg.KeyPressed(Key.of("v"), Drive.T0));
        c.accept(BracketedPaste.Mark.START, Drive.T0);
        assertThat(c.accept(enter, Drive.T0, true)).isEmpty();
        assertThat(c.accept(BracketedPaste.Mark.END, Drive.T0)).containsExactly(new Msg.Pasted("\n", 1, Drive.T0));
    }
}
