package dev.tilik.nlp;

import dev.tilik.text.CharSpan;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * OpenNLP's maximum-entropy tokenizer (the English UD model; it keeps Indonesian "1.500",
 * "Rp43", "18/10" and "Suara.com" whole). Not thread-safe: one per pipeline.
 */
public final class OpenNlpTokenizer implements Tokenizer {
    private final TokenizerME tokenizer;

    public OpenNlpTokenizer(TokenizerModel model) {
        this.tokenizer = new TokenizerME(model);
    }

    @Override
    public List<CharSpan> tokenize(String text, CharSpan region) {
        Span[] spans = tokenizer.tokenizePos(region.coveredText(text));
        List<CharSpan> tokens = new ArrayList<>(spans.length);
        for (Span s : spans) {
            tokens.add(new CharSpan(region.start() + s.getStart(), region.start() + s.getEnd()));
        }
        return tokens;
    }
}
