package dev.tilik.review;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.tilik.text.EnumIds;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * A fact-checker's rating of a claim, on the scale Indonesian fact-check publishers use; it is
 * what a ClaimReview export carries as {@code reviewRating.alternateName}. Ordinal ratings have a
 * value from 1 (worst) to 5 (best); the last two say the truth is not settled and have none.
 */
public enum Rating {
    BENAR("Benar", "true", 5),
    SEBAGIAN_BENAR("Sebagian benar", "partly true", 4),
    MENYESATKAN("Menyesatkan", "misleading", 2),
    SALAH("Salah", "false", 1),
    BELUM_TERBUKTI("Belum terbukti", "unproven", 0),
    TIDAK_DAPAT_DIVERIFIKASI("Tidak dapat diverifikasi", "cannot be verified", 0);

    private final String label;
    private final String english;
    private final int value;

    Rating(String label, String english, int value) {
        this.label = label;
        this.english = english;
        this.value = value;
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
