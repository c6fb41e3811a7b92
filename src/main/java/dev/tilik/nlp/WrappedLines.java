package dev.tilik.nlp;

import dev.tilik.text.CharSpan;
import dev.tilik.text.Lines;
import java.util.ArrayList;
import java.util.List;

/**
 * The paragraphs of a region whose text may be hard-wrapped: a page copied with a line break every seventy or so
 * characters breaks its sentences mid-clause ("… Tim penyelamat\nmenemukan dua pendaki …"), and a line is otherwise
 * read as a paragraph, so the sentence splitter cut each such sentence in two. A line continues on the next when it
 * is at least {@value #MIN_WRAPPED} characters long and ends in a word written in lower case (or one followed by a
 * comma), with no closing punctuation, and the next line opens with a word all in lower-case letters and holds at
 * least {@value #MIN_NEXT_WORDS} words: a new paragraph or a quotation opens with a capital or a mark, a title or a
 * dateline ends in a capitalised word, and site furniture ("zoom-in-white", "comment") is one word. Only a text wrapped
 * so throughout is joined: {@value #MIN_WRAPS} such breaks or more in the region. One or two are a page's own paragraph
 * breaks as often as a wrap (a quotation's lines set apart, a caption's), and joining them regrouped what the sentences
 * said on one story for two flags meeting no must (docs/ACCURACY.md, branch h45st).
 */
final class WrappedLines {
    /** Shorter lines are a heading, a dateline or a list item, never a wrapped line of prose. */
    static final int MIN_WRAPPED = 40;
    /** A continuation holds at least this many words. */
    static final int MIN_NEXT_WORDS = 3;
    /** How many lines must run on before the region is read as hard-wrapped. */
    static final int MIN_WRAPS = 3;

    private WrappedLines() {
    }

    /**
     * The paragraphs of {@code region}: its non-empty lines, trimmed; in a hard-wrapped region a wrapped line joined with
     * the lines it runs on to.
     */
    static List<CharSpan> paragraphs(CharSequence text, CharSpan region) {
        List<CharSpan> lines = new ArrayList<>();
        for (CharSpan raw : Lines.of(text, region)) {
            lines.add(raw.trim(text));
        }
        int wraps = 0;
        for (int k = 0; k + 1 < lines.size(); k++) {
            if (runsOn(text, lines.get(k), lines.get(k + 1))) {
                wraps++;
            }
        }
        boolean wrapped = wraps >= MIN_WRAPS;
        List<CharSpan> paragraphs = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            CharSpan line = lines.get(i);
            if (line.isEmpty()) {
                i++;
                continue;
            }
            int end = line.end();
            int j = i;
            while (wrapped && j + 1 < lines.size() && runsOn(text, lines.get(j), lines.get(j + 1))) {
                j++;
                end = lines.get(j).end();
            }
            paragraphs.add(new CharSpan(line.start(), end));
            i = j + 1;
        }
        return paragraphs;
    }

    /** True when {@code line} breaks off mid-sentence and {@code next} carries the sentence on. */
    static boolean runsOn(CharSequence text, CharSpan line, CharSpan next) {
        if (line.length() < MIN_WRAPPED || next.isEmpty()) {
            return false;
        }
        String s = line.coveredText(text);
        String n = next.coveredText(text);
        int end = s.length();
        if (s.charAt(end - 1) == ',') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        if (start == end || start > 0 && !Character.isWhitespace(s.charAt(start - 1))
                || !Character.isLowerCase(s.charAt(start))) {
            return false;
        }
        String[] words = n.split("\\s+");
        return words.length >= MIN_NEXT_WORDS && words[0].chars().allMatch(Character::isLowerCase);
    }
}
