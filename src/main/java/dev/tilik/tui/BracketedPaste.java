package dev.tilik.tui;

import com.googlecode.lanterna.input.CharacterPattern;
import com.googlecode.lanterna.input.KeyDecodingProfile;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.StreamBasedTerminal;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Bracketed paste ({@code ESC[?2004h}): the terminal wraps pasted text in {@code ESC[200~} …
 * {@code ESC[201~}, so a paste is text and never a run of keys. Lanterna 3.1.5 neither enables
 * the mode nor knows the markers (it reads {@code ESC[200~} as Alt-[ 2 0 0 ~), so the markers are
 * taught to its input decoder here and come out as {@link Mark} strokes; {@link PasteCollector}
 * turns what lies between them into one {@link Msg.Pasted}.
 */
final class BracketedPaste {
    static final String ON = "\033[?2004h";
    static final String OFF = "\033[?2004l";
    static final String START = "\033[200~";
    static final String END = "\033[201~";

    /** Where the mode is switched; {@link #NONE} for screens that are not a real terminal. */
    static final BracketedPaste NONE = new BracketedPaste(null);

    private final OutputStream out;

    private BracketedPaste(OutputStream out) {
        this.out = out;
    }

    /**
     * Teaches {@code terminal}'s decoder the markers (when it decodes a byte stream) and returns the
     * switch that writes the mode to {@code out}, the stream the terminal draws on.
     */
    static BracketedPaste install(Terminal terminal, OutputStream out) {
        if (!(terminal instanceof StreamBasedTerminal stream)) {
            return NONE;
        }
        stream.getInputDecoder().addProfile(profile());
        return new BracketedPaste(out);
    }

    /** Switches the mode on {@code out} only (no decoder to teach: a virtual terminal in tests). */
    static BracketedPaste to(OutputStream out) {
        return new BracketedPaste(out);
    }

    static KeyDecodingProfile profile() {
        return () -> List.of(marker(START, Mark.START), marker(END, Mark.END));
    }

    void enable() throws IOException {
        write(ON);
    }

    void disable() throws IOException {
        write(OFF);
    }

    private void write(String sequence) throws IOException {
        if (out != null) {
            out.write(sequence.getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
    }

    private static CharacterPattern marker(String sequence, Mark mark) {
        return seq -> {
            int n = seq.size();
            if (n > sequence.length()) {
                return null;
            }
            for (int i = 0; i < n; i++) {
                if (seq.get(i) != sequence.charAt(i)) {
                    return null;
                }
            }
            return n == sequence.length() ? new CharacterPattern.Matching(mark) : CharacterPattern.Matching.NOT_YET;
        };
    }

    /** The start or the end of a paste, as a key stroke the rest of Lanterna passes on untouched. */
    static final class Mark extends KeyStroke {
        static final Mark START = new Mark(true);
        static final Mark END = new Mark(false);
        private final boolean start;

        private Mark(boolean start) {
            super(KeyType.Unknown);
            this.start = start;
        }

        boolean isStart() {
            return start;
        }

        @Override
        public String toString() {
            return start ? "PasteStart" : "PasteEnd";
        }
    }
}
