package dev.tilik.ingest;

import dev.tilik.text.CharSpan;
import dev.tilik.text.Lines;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether an article's first body line is a headline: at least two and at most
 * {@value #MAX_WORDS} words, no final punctuation, no dateline prefix, and more body follows. A first
 * line holding two sentences is site furniture before the headline, so the next line is judged.
 */
final class HeadlineFinder {
    static final int MAX_WORDS = 20;
    private static final String FINAL = ".!?:;,\"'”’»)…";
    /** A sentence ending inside a line ("… iklan. Gabung …"): a headline is one phrase. */
    /** Compiled once: {@code String.split} compiles a pattern of more than one character on every call. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern INNER_SENTENCE = java.util.regex.Pattern.compile("\\p{Ll}[.!?] +\\p{Lu}");

    private HeadlineFinder() {
    }

    /**
     * The first body line of {@code region} when it looks like a headline, else null; a line opening with a header label written again ({@code labels}, among the
     * boilerplate too) judged on the words after it: "date 2024-10-29 Harga Beras Naik" is the
     * headline "Harga Beras Naik".
     */
    static CharSpan find(String text, CharSpan region, List<CharSpan> boilerplate, List<CharSpan> labels) {
        List<CharSpan> body = new ArrayList<>(3);
        for (CharSpan raw : Lines.of(text, region)) {
            CharSpan line = raw.trim(text);
            for (CharSpan label : labels) {
                if (label.start() == line.start() && label.end() < line.end()) {
                    line = new CharSpan(label.end(), line.end());
                }
            }
            if (!line.isEmpty() && !covered(line, boilerplate)) {
                body.add(line);
                if (body.size() == 3) {
                    break;
                }
            }
        }
        String opening = body.isEmpty() ? "" : body.get(0).coveredText(text);
        if (body.size() >= 3 && INNER_SENTENCE.matcher(opening).find() && FINAL.indexOf(opening.charAt(opening.length() - 1)) < 0) {
            body.remove(0); // "Baca berita tanpa iklan. Gabung …": two sentences of site furniture, not a headline
        }
        if (body.size() < 2) {
            return null;
        }
        CharSpan first = body.get(0);
        String line = first.coveredText(text);
        int words = SPACES.split(line, MAX_WORDS + 2).length;
        boolean dateline = boilerplate.stream().anyMatch(b -> b.overlaps(first));
        if (dateline || words < 2 || words > MAX_WORDS || FINAL.indexOf(line.charAt(line.length() - 1)) >= 0) {
            return null;
        }
        return first;
    }

    private static boolean covered(CharSpan line, List<CharSpan> boilerplate) {
        for (CharSpan b : boilerplate) {
            if (b.contains(line)) {
                return true;
            }
        }
        return false;
    }
}
