package dev.tilik.review;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.tilik.text.EnumIds;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A fact-checker's rating of a claim, on the scale Indonesian fact-check publishers use; it is
 * what a ClaimReview export carries as {@code reviewRating.alternateName}. Ordinal ratings have a
 * value from 1 (worst) to 5 (best); the last two say the truth is not settled and have none. The
 * digit is the key that chooses it in the reader's rating menu ({@link #NONE_DIGIT} clears it).
 */
public enum Rating {
    BENAR('1', "Benar", "true", 5),
    SEBAGIAN_BENAR('2', "Sebagian benar", "partly true", 4),
    MENYESATKAN('3', "Menyesatkan", "misleading", 2),
    SALAH('4', "Salah", "false", 1),
    BELUM_TERBUKTI('5', "Belum terbukti", "unproven", 0),
    TIDAK_DAPAT_DIVERIFIKASI('6', "Tidak dapat diverifikasi", "cannot be verified", 0);

    /** The digit that clears a chosen rating in the reader's rating menu. */
    public static final char NONE_DIGIT = '0';

    private final char digit;

    private final String label;
    private final String english;
    private final int value;

    Rating(char digit, String label, String english, int value) {
        this.digit = digit;
        this.label = label;
        this.english = english;
        this.value = value;
    }

    /** The key that chooses this rating in the reader's rating menu. */
    public char digit() {
        return digit;
    }

    /** The rating whose {@link #digit} is {@code c}, or null ({@link #NONE_DIGIT} included). */
    public static Rating ofDigit(char c) {
        for (Rating r : values()) {
            if (r.digit == c) {
                return r;
            }
        }
        return null;
    }

    /**
     * The rating a claim exports with when the fact-checker chose none, read from the verdict only
     * where the verdict says something of the claim's truth: a weekday that does not fall on its
     * date, confirmed, is false on the calendar's word (Salah); two sources confirmed to contradict
     * each other, or a finding that needs sources, leave the claim unproven (Belum terbukti: one of
     * them is wrong, which is not known). A divergence finds the statements compatible and a false
     * alarm finds nothing: neither rates the claim, nor does an unreviewed finding, nor any verdict on a finding that
     * sets nothing against anything (a corroboration, an evolving figure, a no comment: "did not respond" is no
     * claim to rate), so none exports (a fact-checker publishes no "cannot be verified" on a claim nothing disputes).
     */
    public static Optional<Rating> fromVerdict(dev.tilik.model.FindingType type, Verdict v) {
        if (!type.isContradiction()) {
            return Optional.empty(); // a corroboration, an evolving figure, a no comment: nothing set against anything
        }
        return switch (v) {
            case CONFIRMED -> Optional.of(type == dev.tilik.model.FindingType.WEEKDAY_DATE ? SALAH : BELUM_TERBUKTI);
            case NEEDS_SOURCES -> Optional.of(BELUM_TERBUKTI);
            case DIVERGENCE, NOT_A_CONTRADICTION, UNREVIEWED -> Optional.empty();
        };
    }

    /** The rating {@code r} exports with: the one chosen, else the one its verdict gives, if any. */
    public static Optional<Rating> exported(Review r) {
        return r.rating() != null ? Optional.of(r.rating()) : fromVerdict(r.type(), r.verdict());
    }

    /** The Indonesian name, e.g. "Sebagian benar". */
    public String label() {
        return label;
    }

    public String english() {
        return english;
    }

    /** 1 (worst) to 5 (best), empty when the rating says nothing about truth. */
    public OptionalInt value() {
        return value == 0 ? OptionalInt.empty() : OptionalInt.of(value);
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Rating of(String id) {
        return EnumIds.of(values(), Rating::id, id);
    }

    public static String ids() {
        return EnumIds.ids(values(), Rating::id);
    }
}
