package dev.tilik.findings;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text normalised for comparison and ids: NFKC, lower case, one kind of quote, single spaces. */
final class Normal {
    /* Compiled once: this runs for every statement of a folder, several times (ids, speakers, quotes). */
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\u201C\u201D\u201E\u201F\u00AB\u00BB]");
    private static final Pattern SINGLE_QUOTES = Pattern.compile("[\u2018\u2019\u201A\u201B]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Normal() {
    }

    static String text(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        n = SINGLE_QUOTES.matcher(DOUBLE_QUOTES.matcher(n).replaceAll("\"")).replaceAll("'");
        return spaces(n);
    }

    /** Runs of white space as one space, stripped; nothing else changed. */
    static String spaces(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** Only the letters and digits of {@code s}, each run of anything else as one space, stripped. */
    static String words(String s) {
        return NON_WORD.matcher(s).replaceAll(" ").strip();
    }

    /** The words of {@code s} as {@link #text} and {@link #words} normalise them, in order; none for blank text. */
    static java.util.List<String> wordList(String s) {
        String w = words(text(s));
        return w.isEmpty() ? java.util.List.of() : java.util.Arrays.asList(w.split(" "));
    }
}
