package dev.tilik.review;

import dev.tilik.findings.Evidence;
import dev.tilik.findings.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The safety net under stable ids: a saved review whose finding id no longer appears (a rule
 * renamed, a party split, ids from an older Tilik) is moved to the finding of the same type that
 * still compares most of the same sentences. A candidate must hold at least half of the review's
 * saved sentences (same article, same text up to spacing and case); the best overlap wins (ties: the
 * closer match, then the analysis's order); a finding that already has a review never gets a
 * second one; the old id is kept in {@link Review#formerIds()}. Reviews with no candidate stay
 * orphaned, as before. Pure.
 */
public final class Reattachment {
    /** A saved review is moved only when at least this share of its saved sentences is still compared. */
    static final double MIN_SHARE = 0.5;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private record Candidate(Review review, Finding finding, int order, double share, double closeness) {
    }

    private Reattachment() {
    }

    /** {@code reviews} (by id) over {@code findings}: the same reviews, orphans moved where they clearly belong. */
    public static Map<String, Review> over(List<Finding> findings, Map<String, Review> reviews) {
        Set<String> current = new HashSet<>();
        findings.forEach(f -> current.add(f.id()));
        Set<String> taken = new HashSet<>();
        reviews.keySet().stream().filter(current::contains).forEach(taken::add);
        List<Candidate> candidates = new ArrayList<>();
        List<Set<String>> findingKeys = null;
        for (Review r : reviews.values()) {
            if (current.contains(r.findingId()) || r.compared().isEmpty()) {
                continue;
            }
            Set<String> saved = keys(r);
            if (findingKeys == null) {
                findingKeys = findings.stream().map(Reattachment::keys).toList();
            }
            for (int i = 0; i < findings.size(); i++) {
                Finding f = findings.get(i);
                if (f.type() != r.type() || taken.contains(f.id())) {
                    continue;
                }
                Set<String> now = findingKeys.get(i);
                long shared = saved.stream().filter(now::contains).count();
                double share = (double) shared / saved.size();
                if (shared > 0 && share >= MIN_SHARE) {
                    candidates.add(new Candidate(r, f, i, share, (double) shared / (saved.size() + f.evidence().size() - shared)));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::share).reversed()
                .thenComparing(Comparator.comparingDouble(Candidate::closeness).reversed())
                .thenComparingInt(Candidate::order));
        Map<String, Review> moved = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            if (!taken.contains(c.finding().id()) && !moved.containsKey(c.review().findingId())) {
                taken.add(c.finding().id());
                moved.put(c.review().findingId(), c.review().movedTo(c.finding().id()));
            }
        }
        Map<String, Review> out = new LinkedHashMap<>();
        reviews.forEach((id, r) -> {
            Review m = moved.getOrDefault(id, r);
            out.put(m.findingId(), m);
        });
        return out;
    }

    private static Set<String> keys(Review r) {
        Set<String> out = new HashSet<>();
        r.compared().forEach(c -> out.add(key(c.file(), c.text())));
        return out;
    }

    /** A finding's sentences, with and without their article (older note files may lack it). */
    private static Set<String> keys(Finding f) {
        Set<String> out = new HashSet<>();
        for (Evidence e : f.evidence()) {
            out.add(key(e.fileName(), e.text()));
            out.add(key("", e.text()));
        }
        return out;
    }

    private static String key(String file, String text) {
        return file + "\u0001" + SPACES.matcher(text).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
