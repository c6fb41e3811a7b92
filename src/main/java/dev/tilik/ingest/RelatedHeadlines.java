package dev.tilik.ingest;

import dev.tilik.text.CharSpan;
import dev.tilik.text.Lines;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of other articles' headlines a page prints between or after its paragraphs ("- Jembatan Gantung di Cikaso
 * Putus Diterjang Arus", one headline a line, after a "Baca juga:" or with no marker at all): site furniture, never
 * text, whatever the site. Read by its shape alone, with no site's name and no language's words: two or more
 * consecutive lines, each opening with a bullet ({@code -} or {@code •}) and written as a headline — three words or
 * more, no sentence end, the words in lower case short ones only (title case: "di", "dan", "yang", "saat"; a sentence's
 * "menerapkan" is no headline's) — and not a list the text introduces (the line before them ending in a colon:
 * "Empat anggota yang gugur adalah:"), unless that line is furniture itself ("Baca juga:").
 *
 * <p>So is a list that prints each other article's headline over the line of its own time stamp ("Banjir susulan
 * rendam dua desa" then "Senin, 3 Mar 2025 17:25 WIB"), bulleted or not, in title case or not: two or more such pairs in
 * a row ({@link #timestamped}), each a line with no sentence end over a line that is only a date written with its
 * year and a clock time. A page's own time stamp stands alone; the dates of such a list are never the article's.
 *
 * <p>So are other articles' headlines a page prints one at a time between its paragraphs, with no bullet and no marker
 * ({@link #interleaved}): two or more lines in one body, each written as a headline — four words or more in title case,
 * the first a capital, no sentence end — right after a paragraph that ends a sentence and before one that is running text. One such line
 * alone may be the page's own subheading, and stays text.
 */
final class RelatedHeadlines {
    /** The longest word in lower case a headline in title case writes ("di", "yang", "saat", "sejak"). */
    private static final int SHORT_WORD = 5;
    private static final int MIN_LINES = 2;
    private static final int MIN_WORDS = 3;
    /** The fewest words of an unbulleted headline between paragraphs ({@link #interleaved}). */
    private static final int MIN_INTERLEAVED_WORDS = 4;

    /** What separates a line's words, and what is no letter or digit of a word: compiled once, not per word. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]");

    private RelatedHeadlines() {
    }

    /**
     * The lines of {@code region} in {@code text} that are such a list, each its own span; lines starting inside one of
     * {@code furniture} (boilerplate found already, in order) are never part of one.
     */
    static List<CharSpan> find(String text, CharSpan region, List<CharSpan> furniture) {
        List<CharSpan> lines = new ArrayList<>();
        for (CharSpan raw : Lines.of(text, region)) {
            CharSpan line = raw.trim(text);
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        List<CharSpan> found = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && !covered(lines.get(j), furniture) && headline(lines.get(j).coveredText(text))) {
                j++;
            }
            if (j - i >= MIN_LINES && !introduced(text, lines, i, furniture)) {
                found.addAll(lines.subList(i, j));
            }
            int k = i;
            while (k + 1 < lines.size() && !covered(lines.get(k), furniture) && !covered(lines.get(k + 1), furniture)
                    && stamped(text, lines.get(k), lines.get(k + 1))) {
                k += 2;
            }
            if (k - i >= 2 * MIN_LINES) {
                found.addAll(lines.subList(i, k));
                j = Math.max(j, k);
            }
            i = Math.max(j, i + 1);
        }
        List<CharSpan> between = interleaved(text, lines, furniture);
        if (between.size() >= MIN_LINES) {
            found.addAll(between);
        }
        found.sort(java.util.Comparator.comparingInt(CharSpan::start));
        return found;
    }

    /**
     * The lines written as a headline with no bullet ({@link #titled}) that stand between two paragraphs of running
     * text: the line before ends a sentence (".", "!", "?" or a closing quotation mark) and is no headline itself, the
     * line after is none either and writes a word of more than {@link #SHORT_WORD} letters in lower case ("Perahu
     * Wisata Tenggelam di Danau Biru" between two paragraphs of a report on another accident). Lines inside
     * {@code furniture} are never among them.
     */
    private static List<CharSpan> interleaved(String text, List<CharSpan> lines, List<CharSpan> furniture) {
        List<CharSpan> out = new ArrayList<>();
        for (int k = 1; k + 1 < lines.size(); k++) {
            CharSpan line = lines.get(k);
            String own = line.coveredText(text);
            if (covered(line, furniture) || !Character.isUpperCase(own.codePointAt(0))
                    || !titled(own, MIN_INTERLEAVED_WORDS)) {
                continue;
            }
            String before = lines.get(k - 1).coveredText(text);
            String after = lines.get(k + 1).coveredText(text);
            if (!before.isEmpty() && ".!?\"\u201D".indexOf(before.charAt(before.length() - 1)) >= 0
                    && !titled(before, MIN_WORDS) && !titled(after, MIN_WORDS) && running(after)) {
                out.add(line);
            }
        }
        return out;
    }

    /** True when {@code line} writes a word of more than {@link #SHORT_WORD} letters in lower case: running text. */
    private static boolean running(String line) {
        for (String w : SPACES.split(line)) {
            String letters = NOT_LETTERS.matcher(w).replaceAll("");
            if (letters.length() > SHORT_WORD && Character.isLowerCase(letters.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line that is only a date with its year and a clock time, a weekday before it and a time zone after it allowed:
     * "Selasa, 14 Jun 2022 09:40 WIB", "Sunday, 3 March 2025, 09.10", "14/06/2022 09:40". Read by its shape.
     */
    private static final java.util.regex.Pattern TIMESTAMP = java.util.regex.Pattern.compile(
            "(?:\\p{L}+\\.?,?\\s+)?(?:\\d{1,2}\\s+\\p{L}+\\.?\\s+\\d{4}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}|\\p{L}+\\.?\\s+\\d{1,2},?\\s+\\d{4})"
                    + ",?\\s+\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:\\s+\\p{Lu}{2,4})?");

    /** True when {@code stamp} is a time stamp line ({@link #TIMESTAMP}). */
    static boolean timestamp(String stamp) {
        return TIMESTAMP.matcher(stamp).matches();
    }

    /** A headline line (three words or more, no sentence end, no time stamp itself) over its time stamp line. */
    private static boolean stamped(String text, CharSpan head, CharSpan stamp) {
        String h = head.coveredText(text);
        return !h.isEmpty() && ".!?:;\"\u201D\u2019'".indexOf(h.charAt(h.length() - 1)) < 0
                && h.split("\\s+").length >= MIN_WORDS && !timestamp(h) && timestamp(stamp.coveredText(text));
    }

    private static boolean introduced(String text, List<CharSpan> lines, int first, List<CharSpan> furniture) {
        if (first == 0) {
            return false;
        }
        CharSpan before = lines.get(first - 1);
        return before.coveredText(text).endsWith(":") && !covered(before, furniture);
    }

    private static boolean covered(CharSpan line, List<CharSpan> furniture) {
        for (CharSpan s : furniture) {
            if (s.start() <= line.start() && line.start() < s.end()) {
                return true;
            }
        }
        return false;
    }

    /** A bulleted line written as a headline: "- Nelayan Hilang di Teluk Wetan Ditemukan Selamat". */
    static boolean headline(String line) {
        if (line.length() < 3 || (line.charAt(0) != '-' && line.charAt(0) != '\u2022')
                || !Character.isWhitespace(line.charAt(1))) {
            return false;
        }
        return titled(line.substring(2).strip(), MIN_WORDS);
    }

    /**
     * A line written as a headline, bullet or none: {@code minWords} words or more, no sentence end, its words in lower
     * case short ones only ("Perahu Wisata Tenggelam di Danau Biru").
     */
    static boolean titled(String rest, int minWords) {
        if (rest.isEmpty() || ".!?:;,\"\u201D\u2019'".indexOf(rest.charAt(rest.length() - 1)) >= 0) {
            return false;
        }
        String[] words = rest.split("\\s+");
        if (words.length < minWords) {
            return false;
        }
        for (String w : words) {
            String letters = w.replaceAll("[^\\p{L}\\p{N}]", "");
            if (!letters.isEmpty() && Character.isLowerCase(letters.charAt(0)) && letters.length() > SHORT_WORD) {
                return false;
            }
        }
        return true;
    }
}
