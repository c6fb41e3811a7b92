package dev.tilik.findings;

import dev.tilik.rules.NumericRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sentences that break down the count of the sentence right before them ("per Senin pagi, tercatat 20 korban."
 * then "Rinciannya, 8 orang meninggal dunia dan 12 orang luka-luka."): opened by one of the rules' {@code numeric
 * .breakdowns} and writing no date of their own, they speak for the moment of the sentence before, not for the
 * article's publication. {@link NumericDetector} dates their figures so.
 */
final class Breakdowns {
    private final List<String> words;
    private final Map<String, List<Voice>> byFile;

    private Breakdowns(List<String> words, Map<String, List<Voice>> byFile) {
        this.words = words;
        this.byFile = byFile;
    }

    /** The breakdown sentences among {@code voices}, by the rules' words. */
    static Breakdowns of(NumericRule rule, List<Voice> voices) {
        Map<String, List<Voice>> byFile = new HashMap<>();
        if (!rule.breakdowns().isEmpty()) {
            for (Voice v : voices) {
                if (!v.headline()) {
                    byFile.computeIfAbsent(v.fileName(), k -> new ArrayList<>()).add(v);
                }
            }
            byFile.values().forEach(l -> l.sort(Comparator.comparingInt(v -> v.statement().sentence().start())));
        }
        return new Breakdowns(rule.breakdowns(), byFile);
    }

    /**
     * The voice of the sentence right before {@code v} (nothing but spaces between) whose moment {@code v} speaks for,
     * when {@code v}'s sentence opens with a breakdown word and writes no date, and that sentence writes one; else
     * null.
     */
    Voice before(Voice v) {
        if (words.isEmpty() || !v.statement().dates().isEmpty() || !opensWithBreakdown(v)) {
            return null;
        }
        String text = v.article().document().text();
        int start = v.statement().sentence().start();
        Voice out = null;
        for (Voice o : byFile.getOrDefault(v.fileName(), List.of())) {
            int end = o.statement().sentence().end();
            if (end <= start && text.substring(end, start).isBlank()) {
                out = o;
            }
        }
        return out == null || out.statement().dates().isEmpty() || opensWithBreakdown(out) ? null : out;
    }

    /** True when the voice's sentence opens (past any quotation mark) with a breakdown word, then a comma or space. */
    private boolean opensWithBreakdown(Voice v) {
        String sentence = v.sentenceText().toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < sentence.length() && !Character.isLetterOrDigit(sentence.charAt(i))) {
            i++;
        }
        for (String w : words) {
            if (sentence.startsWith(w, i) && sentence.length() > i + w.length()
                    && !Character.isLetterOrDigit(sentence.charAt(i + w.length()))) {
                return true;
            }
        }
        return false;
    }
}
