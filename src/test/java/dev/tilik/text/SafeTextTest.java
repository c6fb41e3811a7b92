package dev.tilik.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SafeTextTest {
    /** Hostile strings an article, a file name, a rule or a note could carry. */
    static final String[] HOSTILE = {
        "clear \u001b[2J screen", "title \u001b]0;pwned\u0007 set", "link \u001b]8;;http://x\u001b\\a\u001b]8;;\u001b\\",
        "clip \u001b]52;c;aGVsbG8=\u0007", "dcs \u001bP1$r\u001b\\", "bell \u0007", "csi8 \u009b31m red",
        "nul \u0000 byte", "del \u007f", "rlo \u202e evil", "isolate \u2066x\u2069", "zwsp a\u200bb",
        "bom \ufeffstart", "cr \r overwrite", "tab\tstop", "ls \u2028 ps \u2029", "c1 \u0085 \u0080 \u009f",
        "lrm \u200e rlm \u200f alm \u061c", "lone \ud800 surrogate", "line\nbreak", "crlf\r\nend"
    };

    @Test
    void nothingControlReachesTheTerminal() {
        for (String s : HOSTILE) {
            String out = SafeText.sanitize(s);
            out.chars().forEach(c -> assertThat(c < 0x20 || (c >= 0x7f && c <= 0x9f))
                    .as("char %04x in %s", c, out).isFalse());
            assertThat(out).doesNotContain("\u202e", "\u2066", "\u200b", "\ufeff", "\u2028", "\u200e", "\u061c");
        }
    }

    @Test
    void escapesBecomeVisible() {
        assertThat(SafeText.sanitize("a\u001b[2Jb")).isEqualTo("a^[[2Jb");
        assertThat(SafeText.sanitize("\u0000\u007f\u0007")).isEqualTo("^@^?^G");
        assertThat(SafeText.sanitize("x\u009b1m")).isEqualTo("x<U+009B>1m");
        assertThat(SafeText.sanitize("\u202eabc")).isEqualTo("<U+202E>abc");
        assertThat(SafeText.sanitize("a\rb")).isEqualTo("a\\rb");
        assertThat(SafeText.sanitize("a\r\nb\nc")).isEqualTo("a^Jb^Jc");
        assertThat(SafeText.sanitize("\ufeffhi")).isEqualTo("<U+FEFF>hi");
    }

    @Test
    void tabsExpandToTheNextStop() {
        assertThat(SafeText.sanitize("a\tb")).isEqualTo("a   b");
        assertThat(SafeText.sanitize("\t")).isEqualTo("    ");
        assertThat(SafeText.sanitize("世\tx")).isEqualTo("世  x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "Korea Utara (Korut) membantah", "\u001b[2J", "a\u200db", "👩\u200d💻", "e\u0301",
        "<U+202E>", "^[", "\\r", "\t\t", "\u202e\u2066\u200b"})
    void sanitisingTwiceChangesNothing(String s) {
        String once = SafeText.sanitize(s);
        assertThat(SafeText.sanitize(once)).isEqualTo(once);
        assertThat(SafeText.isClean(once)).isTrue();
    }

    @Test
    void idempotentOnEveryHostileString() {
        for (String s : HOSTILE) {
            String once = SafeText.sanitize(s);
            assertThat(SafeText.sanitize(once)).as(s).isEqualTo(once);
        }
    }

    @Test
    void joinersInsideWordsAndEmojiAreKept() {
        assertThat(SafeText.sanitize("👩\u200d💻")).isEqualTo("👩\u200d💻");
        assertThat(SafeText.sanitize("a \u200d b")).isEqualTo("a <U+200D> b");
        assertThat(SafeText.sanitize(null)).isEmpty();
    }
}
