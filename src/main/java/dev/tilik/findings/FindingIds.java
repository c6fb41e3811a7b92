package dev.tilik.findings;

import dev.tilik.model.FindingType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * Stable finding ids: the first 12 hex digits of a SHA-256. A pairwise finding (a date mention)
 * hashes its type and the sorted, normalised content of what it compares (sentence text and
 * speaker). A clustered finding (all the denials of one party against all the assertions of
 * others on one topic) hashes its type and the cluster's identity, what the detector grouped by
 * (rule, topic, party of each side, …), never the statements in it: a new article repeating a
 * denial, or a cue edit that drops one statement, leaves the id unchanged. Positions and list
 * order play no part in either, so a note keeps its finding when articles are reordered,
 * unrelated articles are added or rules are edited.
 */
final class FindingIds {
    private FindingIds() {
    }

    static String of(FindingType type, Collection<String> contentKeys) {
        StringBuilder sb = new StringBuilder(type.id());
        for (String k : new TreeSet<>(contentKeys)) {
            sb.append('\n').append(k);
        }
        return hash(sb);
    }

    /** The id of a cluster: its type and its identity parts, in the order given (each part normalised). */
    static String ofCluster(FindingType type, List<String> identity) {
        StringBuilder sb = new StringBuilder("cluster\u0001").append(type.id());
        for (String k : identity) {
            sb.append('\u0001').append(k == null ? "" : Normal.text(k));
        }
        return hash(sb);
    }

    private static String hash(CharSequence sb) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }
}
