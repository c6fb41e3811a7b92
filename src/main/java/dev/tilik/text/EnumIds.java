package dev.tilik.text;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one lookup of an enum constant by the id that rules, note files, key files and the command
 * line write for it ({@code no_comment}, {@code next-finding}). Each enum keeps its own
 * {@code id()}; this finds a constant by it and words the refusal the same way everywhere.
 */
public final class EnumIds {
    private EnumIds() {
    }

    /** The constant whose id is {@code id}, or empty (also for null). */
    public static <E extends Enum<E>> Optional<E> find(E[] values, Function<E, String> idOf, String id) {
        for (E e : values) {
            if (idOf.apply(e).equals(id)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * The constant whose id is {@code id}.
     *
     * @throws IllegalArgumentException {@code expected one of a, b, got "x"}
     */
    public static <E extends Enum<E>> E of(E[] values, Function<E, String> idOf, String id) {
        return find(values, idOf, id).orElseThrow(() -> new IllegalArgumentException(
                "expected one of " + ids(values, idOf) + ", got \"" + id + "\""));
    }

    /** Every id in declaration order, joined with ", ", for messages and help. */
    public static <E extends Enum<E>> String ids(E[] values, Function<E, String> idOf) {
        return Arrays.stream(values).map(idOf).collect(Collectors.joining(", "));
    }
}
