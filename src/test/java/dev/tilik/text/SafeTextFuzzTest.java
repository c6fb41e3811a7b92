package dev.tilik.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Any text (as decoded from any bytes, including lone surrogates when read as UTF-16) comes out
 * of the sanitiser with nothing a terminal would act on, unchanged by a second pass, and with a
 * width that is never negative and never less than its number of graphemes' visible cells.
 * Seeds under {@code SafeTextFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class SafeTextFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void sanitisedTextIsInertStableAndMeasurable(byte[] data) {
        for (String s : new String[] {new String(data, StandardCharsets.UTF_8),
            new String(data, StandardCharsets.UTF_16BE), new String(data, StandardCharsets.ISO_8859_1)}) {
            String out = SafeText.sanitize(s);
            for (int i = 0; i < out.length(); i++) {
                char c = out.charAt(i);
                assertThat(c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
                        || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029 || c == 0xfeff
                        || (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < out.length()
                        && Character.isLowSurrogate(out.charAt(i + 1)))
                        && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(out.charAt(i - 1)))))
                        .as("U+%04X in the sanitised text", (int) c).isFalse();
            }
            assertThat(SafeText.sanitize(out)).isEqualTo(out);
            assertThat(Columns.width(out)).isGreaterThanOrEqualTo(0);
            assertThat(Columns.width(Columns.fit(out, 10))).isLessThanOrEqualTo(10);
        }
    }
}
