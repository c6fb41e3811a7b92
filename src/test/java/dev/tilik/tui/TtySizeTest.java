package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import org.junit.jupiter.api.Test;

/** {@code stty size} read strictly: rows then columns; anything else is no size (the terminal is asked instead). */
class TtySizeTest {
    @Test
    void rowsThenColumns() {
        assertThat(TtySize.parse("24 80\n")).isEqualTo(new TerminalSize(80, 24));
        assertThat(TtySize.parse("60 200")).isEqualTo(new TerminalSize(200, 60));
    }

    @Test
    void nothingReadableIsNoSize() {
        assertThat(TtySize.parse(null)).isNull();
        assertThat(TtySize.parse("")).isNull();
        assertThat(TtySize.parse("0 0\n")).isNull(); // a pty no one sized
        assertThat(TtySize.parse("stty: 'standard input': Inappropriate ioctl for device")).isNull();
        assertThat(TtySize.parse("24")).isNull();
        assertThat(TtySize.parse("24 80 1")).isNull();
    }
}
