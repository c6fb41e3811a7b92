package dev.tilik.nlp;

import dev.tilik.text.CharSpan;
import java.util.List;

/** Splits a region of a text into tokens, as spans of the whole text. Need not be thread-safe. */
public interface Tokenizer {
    List<CharSpan> tokenize(String text, CharSpan region);
}
