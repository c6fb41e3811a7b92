package dev.tilik.language;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * English: OpenNLP's UD English (EWT) sentence, part-of-speech and lemma models; the Snowball
 * English stemmer; Lucene's English stop set.
 */
final class English {
    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    /** English function words Lucene's short stop set lacks; grammar, not any story. */
    private static final List<String> STOP_EXTRA = List.of("has", "have", "had", "was", "were", "been", "being", "is",
            "are", "am", "do", "does", "did", "would", "could", "should", "might", "must", "can", "may", "shall", "will",
            "he", "she", "it", "its", "they", "them", "their", "we", "our", "us", "you", "your", "i", "me", "my", "his",
            "her", "him", "who", "whom", "which", "what", "when", "where", "why", "how", "also", "from", "about", "after",
            "before", "over", "under", "up", "down", "out", "more", "most", "than", "so", "very", "just", "only", "some",
            "any", "all", "each", "other", "said", "says", "say", "told", "saying", "according", "on", "at", "to", "by",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "week",
            "last", "first", "new", "one", "two", "three", "while", "since", "because", "whether", "there", "here");

    static final LanguageProfile PROFILE = new LanguageProfile("en", "eng",
            LanguageProfile.Sentences.bundled("en", SENTENCE_MODEL), new LanguageProfile.Tagging(POS_MODEL, LEMMA_MODEL),
            English::forms, StopWords.of(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, STOP_EXTRA), null);

    private English() {
    }

    /** The word and its Snowball stem; a fresh stemmer per call (Snowball's holds state). */
    static Set<String> forms(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        EnglishStemmer s = new EnglishStemmer();
        s.setCurrent(w);
        s.stem();
        Set<String> out = new LinkedHashSet<>();
        out.add(w);
        out.add(s.getCurrent());
        return out;
    }
}
