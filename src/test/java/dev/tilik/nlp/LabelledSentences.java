package dev.tilik.nlp;

import dev.tilik.text.CharSpan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A labelled sentence-boundary set: one sentence per line, a blank line between paragraphs,
 * {@code #} comments, a leading {@code +} glues a sentence to the previous one without a space.
 * {@link #text} is the rebuilt text (paragraphs on their own lines); {@link #boundaries} the gold
 * sentence starts that are not paragraph starts (those are given away by the line breaks).
 */
record LabelledSentences(String text, Set<Integer> boundaries, int sentences) {

    static LabelledSentences read(String resource) throws IOException {
        InputStream in = LabelledSentences.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException(resource + " not found");
        }
        StringBuilder text = new StringBuilder();
        Set<Integer> boundaries = new HashSet<>();
        int count = 0;
        boolean paragraphOpen = false;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (line.isBlank()) {
                    paragraphOpen = false;
                    continue;
                }
                boolean glued = line.startsWith("+");
                String sentence = (glued ? line.substring(1) : line).strip();
                if (paragraphOpen) {
                    if (!glued) {
                        text.append(' ');
                    }
                    boundaries.add(text.length());
                } else if (text.length() > 0) {
                    text.append('\n');
                }
                text.append(sentence);
                paragraphOpen = true;
                count++;
            }
        }
        return new LabelledSentences(text.toString(), Set.copyOf(boundaries), count);
    }

    /** Precision and recall of the sentence starts {@code found} against the gold boundaries. */
    Score score(List<CharSpan> found) {
        Set<Integer> predicted = new HashSet<>();
        for (CharSpan s : found) {
            if (s.start() > 0 && text.charAt(s.start() - 1) != '\n') {
                predicted.add(s.start());
            }
        }
        Set<Integer> right = new HashSet<>(predicted);
        right.retainAll(boundaries);
        List<String> wrong = new ArrayList<>();
        for (int p : predicted) {
            if (!boundaries.contains(p)) {
                wrong.add("split at: " + context(p));
            }
        }
        for (int b : boundaries) {
            if (!predicted.contains(b)) {
                wrong.add("missed: " + context(b));
            }
        }
        return new Score(right.size(), predicted.size(), boundaries.size(), wrong);
    }

    private String context(int at) {
        return (text.substring(Math.max(0, at - 30), at) + "|" + text.substring(at, Math.min(text.length(), at + 30)))
                .replace("\n", "\\n");
    }

    record Score(int right, int predicted, int gold, List<String> errors) {
        double precision() {
            return predicted == 0 ? 1 : (double) right / predicted;
        }

        double recall() {
            return gold == 0 ? 1 : (double) right / gold;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "precision %.3f (%d/%d), recall %.3f (%d/%d)",
                    precision(), right, predicted, recall(), right, gold);
        }
    }
}
