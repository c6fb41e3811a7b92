package dev.tilik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which terminals get the full-screen reader and which the line-mode shell. */
class ReaderGateTest {
    static final String PAPER_TTY = "tty33|paper teletype,\n\tbel=^G, cr=\\r, cud1=\\n, ind=\\n,\n";

    @ParameterizedTest(name = "TERM={0} -> {1}")
    @CsvSource({
        "dumb, DUMB",
        "dumb-color, DUMB",
        "xterm, OPEN",
        "xterm-256color, OPEN",
        "screen-256color, OPEN",
        "rxvt-unicode, OPEN",
        "ansi, OPEN",
        "windows-vtp, OPEN",
        "no-such-terminal-7f3a, OPEN",
    })
    void jlinesTerminalDatabaseDecides(String term, ReaderGate expected) {
        assertThat(ReaderGate.of(true, term, Terminfo.JLINE)).isEqualTo(expected);
    }

    @Test
    void aTypeWithoutCursorAddressingGetsTheShellAndOneWithItTheReader() {
        assertThat(ReaderGate.of(true, "tty33", term -> PAPER_TTY)).isEqualTo(ReaderGate.DUMB);
        assertThat(ReaderGate.of(true, "vt52", term -> "vt52|dec vt52,\n\tcup=\\EY%p1%' '%+%c%p2%' '%+%c, cr=\\r,\n"))
                .isEqualTo(ReaderGate.OPEN);
    }

    @Test
    void onlyALiveCupFieldCountsNotACancelledOneOrTextInsideAnotherValue() {
        assertThat(ReaderGate.addressesCursor("vt52|dec vt52,\n\tcup=\\EY%p1%' '%+%c, cr=\\r,\n")).isTrue();
        assertThat(ReaderGate.addressesCursor("x|long name,\n\tcursor_address=\\E[%i%p1%d;%p2%dH,\n")).isTrue();
        assertThat(ReaderGate.addressesCursor("x|no,\n\tcup@, cr=\\r,\n")).as("cancelled").isFalse();
        assertThat(ReaderGate.addressesCursor("x|no,\n\tus=a\\,cup=b, cr=\\r,\n")).as("inside an escaped value").isFalse();
        assertThat(ReaderGate.addressesCursor("cup=x|names that look like a capability,\n\tcr=\\r,\n")).isFalse();
        assertThat(ReaderGate.addressesCursor("# cup=\\E[H, a comment\nx|no,\n\tcr=\\r,\n")).isFalse();
        assertThat(ReaderGate.addressesCursor("x|last field unterminated,\n\tcr=\\r, cup=\\E[H")).isTrue();
        assertThat(ReaderGate.addressesCursor(PAPER_TTY)).isFalse();
    }

    @Test
    void anUnsetOrUnknownTermTriesTheReaderAndDumbNeedsNoLookUp() {
        Terminfo knowsNothing = term -> null;
        Terminfo mustNotBeAsked = term -> {
            throw new AssertionError("asked about " + term);
        };
        assertThat(ReaderGate.of(true, null, mustNotBeAsked)).isEqualTo(ReaderGate.OPEN);
        assertThat(ReaderGate.of(true, "", mustNotBeAsked)).isEqualTo(ReaderGate.OPEN);
        assertThat(ReaderGate.of(true, "dumb", mustNotBeAsked)).isEqualTo(ReaderGate.DUMB);
        assertThat(ReaderGate.of(true, "xterm-kitty", knowsNothing)).isEqualTo(ReaderGate.OPEN);
    }

    @Test
    void withoutATerminalNothingIsAskedAndTheReaderIsRefused() {
        assertThat(ReaderGate.of(false, "xterm", term -> {
            throw new AssertionError("asked");
        })).isEqualTo(ReaderGate.NO_TERMINAL);
    }

    @Test
    void theShellIsAnnouncedInOneLineNamingTheTerminalType() {
        assertThat(ReaderGate.DUMB.message("tty33")).contains("TERM=tty33", "cursor", "shell").doesNotContain("\n");
        assertThat(ReaderGate.DUMB.message("evil\u001b[2J")).doesNotContain("\u001b");
        assertThat(ReaderGate.OPEN.message("xterm")).isNull();
    }
}
