package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/** The key thread blocks on a real terminal (no polling delay, no idle wake-ups) and polls only the virtual one. */
class KeyWaitTest {
    @Test
    void aRealTerminalIsReadBlockingTheVirtualOneIsPolled() {
        Terminal real = (Terminal) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Terminal.class},
                (proxy, method, args) -> null);
        assertThat(TuiApp.blocksForKeys(real)).isTrue();
        assertThat(TuiApp.blocksForKeys(new DefaultVirtualTerminal(new TerminalSize(80, 24)))).isFalse();
    }
}
