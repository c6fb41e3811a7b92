package dev.tilik.findings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A speaker described in words ("tim kurator", "pihak sekolah") who speaks on a stance cluster's side 0 in the same
 * article under the same words, in full once and short after ("Para tim kurator kepailitan … yang ditunjuk oleh
 * Pengadilan Niaga memastikan tidak akan …" and "…, ujar tim kurator"): one voice of the article, whatever person or
 * party each reading was given, its two claims one position told twice, not two sides. The shorter speaker's head
 * ({@link #head}) all among the longer's, two words at least, so a bare "warga" or "pihaknya", which may be anyone, is
 * never taken for the same voice. Side 0's heads are read once per cluster, by article, so a side-1 voice asks only
 * its own article's; each speaker phrase's head is read once for all the clusters that share {@code heads}.
 */
final class DescribedVoices {
    private final ClaimWords words;
    private final Map<String, List<Set<String>>> side0Heads = new HashMap<>();
    /** Each speaker phrase's head, kept across the clusters of one detection: a voice meets many clusters. */
    private final Map<String, Set<String>> heads;

    /** @param heads the speaker phrases' heads read so far, filled as it reads more (one thread's, not shared) */
    DescribedVoices(ClaimWords words, List<Voice> side0, Map<String, Set<String>> heads) {
        this.words = words;
        this.heads = heads;
        for (Voice u : side0) {
            Set<String> h = head(u.statement().speaker());
            if (h.size() >= 2) {
                side0Heads.computeIfAbsent(u.fileName(), f -> new ArrayList<>()).add(h);
            }
        }
    }

    /** Whether side-1 voice {@code v} is a side-0 speaker of its own article described again. */
    boolean toldAgain(Voice v) {
        List<Set<String>> heads = side0Heads.get(v.fileName());
        if (heads == null) {
            return false;
        }
        Set<String> mine = head(v.statement().speaker());
        return mine.size() >= 2 && heads.stream().anyMatch(h -> h.containsAll(mine) || mine.containsAll(h));
    }

    /**
     * The head of a speaker phrase as written: its content words, lower case, from the first up to the first word that
     * is none — a function word, a short form, a mark — after them ("Para tim kurator kepailitan PT …" is {tim, kurator,
     * kepailitan}, "tim kurator dalam keterangannya" {tim, kurator}): how one described speaker is met again in its
     * article, whatever occasion or relative clause its phrase runs on with.
     */
    Set<String> head(String speaker) {
        return heads.computeIfAbsent(speaker == null ? "" : speaker, this::read);
    }

    private Set<String> read(String speaker) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : ClaimWords.tokens(speaker)) {
            if (words.contentWord(t)) {
                out.add(t);
            } else if (!out.isEmpty()) {
                break;
            }
        }
        return java.util.Collections.unmodifiableSet(out);
    }
}
