package dev.tilik.text;

/** A count with its noun in the right number: {@code 1 finding}, {@code 2 findings}, {@code 1 article}. */
public final class Counted {
    private Counted() {
    }

    /** {@code n} and {@code noun} (singular), with an "s" unless {@code n} is one. */
    public static String of(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
