package dev.tilik.nlp;

import dev.tilik.text.CharSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's maximum-entropy tokenizer (the English UD model; it keeps Indonesian "1.500",
 * "Rp43", "18/10" and "Suara.com" whole). OpenNLP cuts the text at white space and then decides,
 * character by character, where to split each piece, reading nothing but that piece: so each
 * piece's cuts are worked out once and remembered (most pieces are words met again and again),
 * and the text's tokens are OpenNLP's own. Not thread-safe: one per pipeline.
 */
public final class OpenNlpTokenizer implements Tokenizer {
    /** Most pieces remembered; a long run over many articles keeps the first ones. */
    private static final int MAX_REMEMBERED = 20_000;
    private final TokenizerME tokenizer;
    /** A piece of text between white space → its tokens' offsets in it, start and end in turn. */
    private final Map<String, int[]> remembered = new HashMap<>();

    public OpenNlpTokenizer(TokenizerModel model) {
        this.tokenizer = new TokenizerME(model);
    }

    @Override
    public List<CharSpan> tokenize(String text, CharSpan region) {
        String covered = region.coveredText(text);
        Span[] pieces = WhitespaceTokenizer.INSTANCE.tokenizePos(covered);
        List<CharSpan> tokens = new ArrayList<>(pieces.length + pieces.length / 4);
        for (Span p : pieces) {
            int[] cuts = cuts(covered.substring(p.getStart(), p.getEnd()));
            int at = region.start() + p.getStart();
            for (int k = 0; k < cuts.length; k += 2) {
                tokens.add(new CharSpan(at + cuts[k], at + cuts[k + 1]));
            }
        }
        return tokens;
    }

    /** The tokens OpenNLP makes of {@code piece} (no white space in it), as offsets into it. */
    private int[] cuts(String piece) {
        int[] had = remembered.get(piece);
        if (had != null) {
            return had;
        }
        Span[] spans = tokenizer.tokenizePos(piece);
        int[] cuts = new int[spans.length * 2];
        for (int i = 0; i < spans.length; i++) {
            cuts[2 * i] = spans[i].getStart();
            cuts[2 * i + 1] = spans[i].getEnd();
        }
        if (remembered.size() < MAX_REMEMBERED) {
            remembered.put(piece, cuts);
        }
        return cuts;
    }
}
