package dev.tilik.notes;

/**
 * What salvaging a note file left out, by kind: values that could not be read, and values that appear twice (a key
 * repeated in one object, a second review with one id). The one place their words come from: the located line of
 * each duplicate ({@link #TWICE}), the status line and the shell's first line ({@link #said}), the count of the ones
 * not said one by one ({@link #what}).
 *
 * @param unreadable how many values could not be read
 * @param twice      how many values appear twice (each repeat counted once)
 */
public record LeftOut(int unreadable, int twice) {
    /** Nothing left out: the file read whole. */
    public static final LeftOut NONE = new LeftOut(0, 0);
    /** How a duplicate's located line says it: {@code findings[1].note: the key appears twice in one object}. */
    static final String TWICE = "appears twice";

    public LeftOut {
        if (unreadable < 0 || twice < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** How many values were left out in all. */
    public int count() {
        return unreadable + twice;
    }

    /** {@code not readable}, {@code appearing twice}, or both: what the values left out were. */
    public String what() {
        if (twice == 0) {
            return "not readable";
        }
        return unreadable == 0 ? "appearing twice" : "not readable or appearing twice";
    }

    /** {@code a value appearing twice}, {@code values not readable}: the status line's words before "left out". */
    public String said() {
        return (count() == 1 ? "a value " : "values ") + what();
    }
}
