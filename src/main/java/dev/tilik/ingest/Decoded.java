package dev.tilik.ingest;

import java.util.List;
import java.util.Objects;

/**
 * Text decoded from a file's bytes.
 *
 * @param text     the decoded text, without a byte-order mark
 * @param encoding the charset that decoded it ({@code UTF-8}, {@code UTF-16LE}, {@code windows-1252})
 * @param warnings what the user should know, e.g. that a fallback charset was used
 */
public record Decoded(String text, String encoding, List<String> warnings) {
    public Decoded {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(encoding, "encoding");
        warnings = List.copyOf(warnings);
    }
}
