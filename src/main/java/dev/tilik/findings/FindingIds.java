package dev.tilik.findings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.TreeSet;

/**
 * Stable finding ids: the first 12 hex digits of the SHA-256 of the finding type and the sorted,
 * normalised content of what it compares (sentence text and speaker). Positions, list order and
 * rule names play no part, so a note keeps its finding when articles are reordered, unrelated
 * articles are added or rules are edited.
 */
final class FindingIds {
    private FindingIds() {
    }

    static String of(FindingType type, Collection<String> contentKeys) {
        StringBuilder sb = new StringBuilder(type.id());
        for (String k : new TreeSet<>(contentKeys)) {
            sb.append('\n').append(k);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }
}
