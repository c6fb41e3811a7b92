package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lanterna's terminal set up with one stty: the settings Lanterna asks for and the reader's own
 * go to one process, in Lanterna's order; the settings read before answer {@code -g}; closing
 * puts them back as Lanterna does. The processes are recorded, never started (no tty in a test).
 */
class OneSttyTerminalTest {
    /** Records every command instead of starting it; {@code stty -g} prints {@code fromStty}. */
    static final class Recording extends OneSttyTerminal {
        static final List<List<String>> COMMANDS = new ArrayList<>();
        static boolean failSettings;

        Recording(UnixLikeTerminal.CtrlCBehaviour ctrlC) throws IOException {
            super(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), StandardCharsets.UTF_8, ctrlC);
        }

        @Override
        protected String exec(String... cmd) throws IOException {
            List<String> args = List.of(cmd).subList(1, cmd.length); // the stty command itself aside
            COMMANDS.add(args);
            if (failSettings && args.contains("-icanon")) {
                throw new IOException("no stty");
            }
            return args.equals(List.of("-g")) ? "fromStty\n" : "";
        }
    }

    private static List<List<String>> run(String saved, UnixLikeTerminal.CtrlCBehaviour ctrlC) throws IOException {
        Recording.COMMANDS.clear();
        Recording t = OneSttyTerminal.open(() -> new Recording(ctrlC), saved, TtySuspender.READER_KEYS);
        List<List<String>> made = List.copyOf(Recording.COMMANDS);
        t.close();
        return made;
    }

    @Test
    void lanternasSettingsAndTheReadersKeysAreOneStty() throws IOException {
        List<List<String>> made = run("saved:1:2", UnixLikeTerminal.CtrlCBehaviour.TRAP);

        assertThat(made).containsExactly(List.of("-icanon", "min", "1", "-echo", "intr", "undef", "susp", "undef", "-ixon"));
        // closing puts back what was read before, then the interrupt key, as Lanterna does
        assertThat(Recording.COMMANDS.subList(1, Recording.COMMANDS.size()))
                .containsExactly(List.of("saved:1:2"), List.of("intr", "^C"));
    }

    @Test
    void withoutSettingsReadBeforeLanternaAsksSttyAsUsual() throws IOException {
        List<List<String>> made = run(null, UnixLikeTerminal.CtrlCBehaviour.TRAP);

        assertThat(made).containsExactly(List.of("-g"),
                List.of("-icanon", "min", "1", "-echo", "intr", "undef", "susp", "undef", "-ixon"));
        assertThat(Recording.COMMANDS.subList(2, Recording.COMMANDS.size()))
                .containsExactly(List.of("fromStty"), List.of("intr", "^C"));
    }

    @Test
    void afterItIsMadeEverySttyRunsAtOnce() throws IOException {
        Recording.COMMANDS.clear();
        Recording t = OneSttyTerminal.open(() -> new Recording(UnixLikeTerminal.CtrlCBehaviour.TRAP), "s");
        Recording.COMMANDS.clear();
        t.runSTTYCommand("-echo");
        t.runSTTYCommand("-g");

        assertThat(Recording.COMMANDS).containsExactly(List.of("-echo"), List.of("-g"));
        t.close();
    }

    @Test
    void aFailedSttyPutsTheSavedSettingsBack() {
        Recording.COMMANDS.clear();
        Recording.failSettings = true;
        try {
            assertThatThrownBy(() -> OneSttyTerminal.open(() -> new Recording(UnixLikeTerminal.CtrlCBehaviour.TRAP),
                    "saved", TtySuspender.READER_KEYS)).isInstanceOf(IOException.class);
        } finally {
            Recording.failSettings = false;
        }
        assertThat(Recording.COMMANDS).contains(List.of("saved"));
    }
}
