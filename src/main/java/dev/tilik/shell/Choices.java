package dev.tilik.shell;

import dev.tilik.review.Rating;
import dev.tilik.review.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Verdicts and ratings as the shell spells them (lower-case ids), with their completion candidates. */
final class Choices {
    private Choices() {
    }

    /** Completion candidates for a verdict: its ids. */
    static final class VerdictIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Verdict.values()).map(Verdict::id).iterator();
        }
    }

    /**
     * The verdicts as the reader's menu lists them, "1 unreviewed, 2 confirmed, …, 4 false alarm, …": the
     * shell takes each by its digit, its words or its id ({@code not_a_contradiction}, or {@code false_alarm} as the reader names it).
     */
    static final String VERDICTS = Arrays.stream(Verdict.values()).map(v -> v.digit() + " " + v.label())
            .collect(java.util.stream.Collectors.joining(", "));

    /** A verdict by id ({@code needs_sources}), by its words ({@code needs sources}) or by its menu digit ({@code 5}). */
    static final class VerdictConverter implements ITypeConverter<Verdict> {
        @Override
        public Verdict convert(String value) {
            Verdict byDigit = value.length() == 1 ? Verdict.ofDigit(value.charAt(0)) : null;
            if (byDigit != null) {
                return byDigit;
            }
            try {
                return Verdict.of(asId(value));
            } catch (IllegalArgumentException e) { // in the reader's words, as the shell lists verdicts
                throw new TypeConversionException("\"" + value + "\" is not a verdict: expected one of " + VERDICTS);
            }
        }
    }

    /** Completion candidates for a rating: its ids, and {@code none}. */
    static final class RatingIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> ids = new ArrayList<>();
            Arrays.stream(Rating.values()).map(Rating::id).forEach(ids::add);
            ids.add(NONE);
            return ids.iterator();
        }
    }

    static final String NONE = "none";

    /**
     * A verdict's or rating's words as typed, or as the reader shows them ("Belum terbukti", "needs
     * sources", "not-a-contradiction"), as its id: lower case, spaces and hyphens as underscores.
     */
    static String asId(String words) {
        return words.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s_-]+", "_");
    }
}
