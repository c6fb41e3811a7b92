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
 * Stable finding ids: the first 12 hex digits of a SHA-256.
 *
 * <p>A finding's id is what the finding <em>is</em>, never words Tilik computes ({@link #ofPlace}):
 * its kind and, on each side, the first statement it sets against the other side — the article
 * file and where the statement's sentence starts in that article's text. A topic label, a
 * coalition's name or a figure's unit is computed, and a new Tilik computes them differently
 * (labels are phrases of the claims, and accuracy work rewords them every round): an id built on
 * them orphaned every note when they changed. A place in an article's own text does not change
 * with Tilik. The first statement of a side (article files in name order, then position) stays
 * when the cluster gains a statement later in the folder or loses another one, so the notes stay
 * put as they did with the cluster's identity.
 *
 * <p>The cluster's identity, what the detector grouped by (rule, topic, party of each side, …), is
 * still made ({@link #ofCluster}): it tells two findings apart when they start at the same places
 * (one sentence giving two figures, two findings of one kind), and one cluster a detector found
 * twice is kept once. A date mention hashes its sentence and the date as written ({@link #of}).
 * Article order plays no part in any of them.
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

    /**
     * The id of {@code f} from its place in the folder: its kind, then on each side the earliest
     * statement's article file and its sentence's start offset.
     */
    static String ofPlace(Finding f) {
        StringBuilder sb = new StringBuilder("at\u0001").append(f.type().id());
        for (int side = 0; side <= 1; side++) {
            Evidence first = null;
            for (Evidence e : f.evidence()) {
                if (e.side() == side && (first == null || earlier(e, first))) {
                    first = e;
                }
            }
            sb.append('\u0001');
            if (first != null) {
                sb.append(first.fileName()).append('@').append(first.sentence().start());
            }
        }
        return hash(sb);
    }

    /** Two findings of one place told apart: the place's id and the finding's cluster identity. */
    static String ofPlace(String place, String identity) {
        return hash("at\u0001" + place + "\u0001" + identity);
    }

    private static boolean earlier(Evidence a, Evidence b) {
        int c = a.fileName().compareTo(b.fileName());
        return c != 0 ? c < 0 : a.sentence().start() < b.sentence().start();
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
