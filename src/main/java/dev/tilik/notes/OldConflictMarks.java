package dev.tilik.notes;

import dev.tilik.review.Rating;
import dev.tilik.review.SetAside;
import dev.tilik.review.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marks a merge of rounds thirteen and fourteen wrote into a note for a verdict or rating set aside,
 * {@code [conflict: verdict "confirmed" (14:02) set aside for "divergence", chosen later; rating "Benar" set
 * aside for "Salah", chosen later]}, read out of the note into {@link SetAside}s. A mark with a part this
 * cannot read stays in the note as it was: nothing is dropped. The hour has no date: it is taken as the
 * last one at or before the review's last change (UTC, as the mark was written); a rating's mark has no
 * hour, and takes the review's last change.
 */
final class OldConflictMarks {
    /** How every mark starts. */
    static final String MARK = "[conflict: ";
    /** What {@code \\s} matches in a regex: the white space a mark takes with it. */
    private static final String SPACE = " \t\n\u000B\f\r";
    private static final Pattern PART = Pattern.compile(
            "(verdict|rating) \"([^\"]*)\"(?: \\((\\d\\d):(\\d\\d)\\))? set aside for \"([^\"]*)\"(?:, chosen later)?");

    /** The note without the marks read, and what they set aside, in the order written. */
    record Read(String note, List<SetAside> setAside) {
    }

    private OldConflictMarks() {
    }

    static Read read(String note, Instant updated) {
        List<SetAside> out = new ArrayList<>();
        String kept = without(note, mark -> {
            List<SetAside> parts = parts(mark, updated);
            out.addAll(parts);
            return !parts.isEmpty();
        });
        return new Read(out.isEmpty() ? note : kept.strip(), out);
    }

    /**
     * {@code note} without each mark {@code drop} takes (given the mark's text between {@value #MARK} and its
     * first ']'), with the white space right before it; a mark not taken stays as written. By hand, in one pass:
     * a regex's "\\s*" before the mark is tried again from every space of a long run (a pasted table), seconds a note.
     */
    static String without(String note, java.util.function.Predicate<String> drop) {
        StringBuilder out = new StringBuilder(note.length());
        int from = 0;
        for (int at = note.indexOf(MARK); at >= 0; at = note.indexOf(MARK, from)) {
            int close = note.indexOf(']', at + MARK.length());
            if (close < 0) {
                break;
            }
            out.append(note, from, at);
            if (drop.test(note.substring(at + MARK.length(), close))) {
                int end = out.length();
                while (end > 0 && SPACE.indexOf(out.charAt(end - 1)) >= 0) {
                    end--;
                }
                out.setLength(end);
            } else {
                out.append(note, at, close + 1);
            }
            from = close + 1;
        }
        return out.append(note, from, note.length()).toString();
    }

    /** Every part of one mark, or none when any part cannot be read. */
    private static List<SetAside> parts(String mark, Instant updated) {
        List<SetAside> out = new ArrayList<>();
        for (String part : mark.split("; ")) {
            Matcher p = PART.matcher(part.strip());
            if (!p.matches()) {
                return List.of();
            }
            Instant at = p.group(3) == null ? updated : hourBefore(updated, Integer.parseInt(p.group(3)),
                    Integer.parseInt(p.group(4)));
            Optional<SetAside> one = p.group(1).equals("verdict")
                    ? verdict(p.group(2)).flatMap(lost -> verdict(p.group(5)).map(kept -> SetAside.ofVerdict(lost, kept, at)))
                    : rating(p.group(2)).flatMap(lost -> rating(p.group(5))
                            .map(kept -> SetAside.ofRating(lost.orElse(null), kept.orElse(null), at)));
            if (one.isEmpty()) {
                return List.of();
            }
            out.add(one.get());
        }
        return out;
    }

    private static Instant hourBefore(Instant updated, int hour, int minute) {
        if (hour > 23 || minute > 59) {
            return updated;
        }
        Instant at = updated.atZone(ZoneOffset.UTC).with(LocalTime.of(hour, minute)).toInstant();
        return at.isAfter(updated) ? at.minus(Duration.ofDays(1)) : at;
    }

    private static Optional<Verdict> verdict(String label) {
        for (Verdict v : Verdict.values()) {
            if (v.label().equals(label)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** A rating by its label; "none" is no rating (present, empty); an unknown label is empty. */
    private static Optional<Optional<Rating>> rating(String label) {
        if (label.equals(SetAside.NONE)) {
            return Optional.of(Optional.empty());
        }
        for (Rating r : Rating.values()) {
            if (r.label().equals(label)) {
                return Optional.of(Optional.of(r));
            }
        }
        return Optional.empty();
    }

    /** {@code a} then what of {@code b} is not in it. */
    static List<SetAside> union(List<SetAside> a, List<SetAside> b) {
        LinkedHashSet<SetAside> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }
}
