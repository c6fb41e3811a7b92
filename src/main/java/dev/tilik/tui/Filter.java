package dev.tilik.tui;

import dev.tilik.findings.Finding;
import dev.tilik.model.FindingType;
import dev.tilik.model.Severity;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import java.util.List;

/**
 * Which findings to show; a null field means "any". Immutable.
 *
 * @param reviewed the verdict row's last value, "reviewed": anything recorded (a verdict, a note or a rating), what
 *                 "unreviewed" leaves out; {@code verdict} is null then. Without it, seeing what one had reviewed meant
 *                 stepping through the four verdicts one by one.
 */
public record Filter(FindingType type, Severity severity, Verdict verdict, boolean reviewed) {
    public static final Filter ALL = new Filter(null, null, null, false);
    public static final int ROWS = 3;

    public Filter {
        if (verdict != null) {
            reviewed = false;
        }
    }

    public Filter(FindingType type, Severity severity, Verdict verdict) {
        this(type, severity, verdict, false);
    }

    public boolean isAll() {
        return type == null && severity == null && verdict == null && !reviewed;
    }

    /**
     * Whether {@code f} passes. "unreviewed" is what the status bar's counter leaves to do: nothing recorded
     * (no verdict, note or rating); a finding with a note and no verdict yet is reviewed, as the counter,
     * the reopen and the exports count it, so it is not in it.
     */
    public boolean matches(Finding f, ReviewSession session) {
        return (type == null || f.type() == type)
                && (severity == null || f.severity() == severity)
                && (verdict == null || (verdict == Verdict.UNREVIEWED ? !session.reviewed(f.id())
                        : session.verdict(f.id()) == verdict))
                && (!reviewed || session.reviewed(f.id()));
    }

    /** How many of {@code session}'s findings pass. */
    public int count(ReviewSession session) {
        int n = 0;
        for (Finding f : session.findings()) {
            n += matches(f, session) ? 1 : 0;
        }
        return n;
    }

    /**
     * The value on {@code row} (0 type, 1 severity, 2 verdict) moved by {@code step} through "any" and the values
     * {@code among} has: a type or severity none of its findings has is never offered (a folder with no calendar
     * finding offers no "weekday/date mismatch"), though a value already chosen stays on the way so it can be left;
     * the verdict row goes through every verdict, and its last value is "reviewed" (one step back from "any").
     */
    public Filter cycle(int row, int step, java.util.Collection<Finding> among) {
        return switch (row) {
            case 0 -> new Filter(next(present(FindingType.values(), among, Finding::type, type), type, step),
                    severity, verdict, reviewed);
            case 1 -> new Filter(type, next(present(Severity.values(), among, Finding::severity, severity), severity,
                    step), verdict, reviewed);
            default -> verdictMoved(step);
        };
    }

    /** The values of {@code all}, in their order, that a finding of {@code among} has, and {@code kept}. */
    private static <E extends Enum<E>> List<E> present(E[] all, java.util.Collection<Finding> among,
            java.util.function.Function<Finding, E> of, E kept) {
        java.util.Set<E> seen = new java.util.HashSet<>();
        for (Finding f : among) {
            seen.add(of.apply(f));
        }
        List<E> out = new java.util.ArrayList<>();
        for (E e : all) {
            if (e == kept || seen.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The verdict row's values in order: any, each verdict, reviewed. */
    private Filter verdictMoved(int step) {
        Verdict[] values = Verdict.values();
        int n = values.length + 2;
        int index = reviewed ? n - 1 : verdict == null ? 0 : verdict.ordinal() + 1;
        int moved = Math.floorMod(index + step, n);
        return moved == n - 1 ? new Filter(type, severity, null, true)
                : new Filter(type, severity, moved == 0 ? null : values[moved - 1], false);
    }

    /** Row label and current value, for the filter menu. */
    public String label(int row) {
        return switch (row) {
            case 0 -> "type: " + (type == null ? "any" : type.label());
            case 1 -> "severity: " + (severity == null ? "any" : severity.id());
            default -> "verdict: " + (reviewed ? "reviewed (any verdict, note or rating)"
                    : verdict == null ? "any" : verdict == Verdict.UNREVIEWED
                    ? "unreviewed (nothing recorded yet)" : verdict.label());
        };
    }

    /**
     * Short description for the status bar, e.g. "type=numbers disagree verdict=unreviewed": each value by the
     * name the filter menu gives it (a type's label, never its id "deny_vs_assert").
     */
    public String summary() {
        return summary(FindingType::label, Verdict::label);
    }

    /**
     * The same where the bar is short: a type and a verdict by the shorter names the finding list and the
     * finding's header give them at 80 columns ({@link ShortLabels}).
     */
    String shortSummary() {
        return summary(ShortLabels::type, v -> ShortLabels.verdict(v.label()));
    }

    private String summary(java.util.function.Function<FindingType, String> typeName,
            java.util.function.Function<Verdict, String> verdictName) {
        StringBuilder sb = new StringBuilder();
        if (type != null) {
            sb.append("type=").append(typeName.apply(type)).append(' ');
        }
        if (severity != null) {
            sb.append("severity=").append(severity.id()).append(' ');
        }
        if (verdict != null) {
            sb.append("verdict=").append(verdictName.apply(verdict)).append(' ');
        }
        if (reviewed) {
            sb.append("verdict=reviewed ");
        }
        return sb.toString().trim();
    }

    private static <E> E next(List<E> values, E current, int step) {
        int n = values.size() + 1;
        int index = current == null ? 0 : values.indexOf(current) + 1;
        int moved = Math.floorMod(index + step, n);
        return moved == 0 ? null : values.get(moved - 1);
    }
}
