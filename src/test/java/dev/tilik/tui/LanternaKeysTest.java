package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

class LanternaKeysTest {
    @Test
    void namesMatchTheKeyTable() {
        assertThat(LanternaKeys.keys(new KeyStroke('n', false, false))).containsExactly(Key.of("n"));
        assertThat(LanternaKeys.keys(new KeyStroke(' ', false, false))).containsExactly(Key.of("Space"));
        assertThat(LanternaKeys.keys(new KeyStroke('c', true, false))).containsExactly(Key.CTRL_C);
        assertThat(LanternaKeys.keys(new KeyStroke('z', true, false))).containsExactly(Key.of("Ctrl-Z"));
        assertThat(LanternaKeys.keys(new KeyStroke(KeyType.PageDown))).containsExactly(Key.of("PgDn"));
        assertThat(LanternaKeys.keys(new KeyStroke(KeyType.ReverseTab))).containsExactly(Key.of("BackTab"));
        assertThat(LanternaKeys.keys(new KeyStroke(KeyType.EOF))).containsExactly(Key.CTRL_C);
    }

    @Test
    void escThenAKeyTypedQuicklyIsStillEscThenTheKey() {
        assertThat(LanternaKeys.keys(new KeyStroke('a', false, true))).containsExactly(Key.ESC, Key.of("a"));
    }

    @Test
    void everyKeyInTheTableCanBeTyped() {
        for (Binding b : KeyTable.defaults().bindings()) {
            for (Key k : b.keys()) {
                assertThat(k.name()).as(b.action().id()).matches(".|Enter|Esc|Tab|BackTab|Backspace|Delete|Up|Down|Left"
                        + "|Right|PgUp|PgDn|Home|End|Space|Ctrl-[A-Z]");
            }
        }
    }
}
