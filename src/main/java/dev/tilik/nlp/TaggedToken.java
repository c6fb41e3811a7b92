package dev.tilik.nlp;

import dev.tilik.text.CharSpan;
import java.util.Objects;

/**
 * One token of a tagged sentence: where it stands, its part of speech (Universal Dependencies
 * tags: {@code PROPN}, {@code NOUN}, {@code VERB}, {@code AUX}, {@code DET} …) and its lemma
 * ("said" → "say"). OpenNLP's English tokens may join two words ("Korea's", "didn't"); their tag and
 * lemma then hold one part per word, joined by {@code +} ("PROPN+PART", "korea+'s").
 */
public record TaggedToken(CharSpan span, String tag, String lemma) {
    public TaggedToken {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(lemma, "lemma");
    }
}
