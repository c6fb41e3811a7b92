package dev.tilik.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes give either decoded text or an {@link UndecodableException}; nothing else may come out
 * (no RuntimeException, no silent U+FFFD). Replays the seeds under {@code mvn test}; fuzzes with
 * {@code JAZZER_FUZZ=1}.
 */
class TextDecoderFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void decodeNeverThrowsUnchecked(byte[] bytes) {
        try {
            Decoded d = TextDecoder.decode(bytes);
            assertThat(d.text()).isNotEmpty();
            if (d.encoding().startsWith("UTF-")) {
                return;
            }
            assertThat(d.text()).doesNotContain("\uFFFD");
            assertThat(d.warnings()).isNotEmpty();
        } catch (UndecodableException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
