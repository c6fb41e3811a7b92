package dev.tilik.nlp;

import dev.tilik.text.CharSpan;
import java.util.List;

/**
 * Splits a region of a text into sentences, returned as spans of the whole text (not of the
 * region), trimmed of white space, in order. Implementations need not be thread-safe.
 */
public interface SentenceSplitter {
    List<CharSpan> split(String text, CharSpan region);
}
