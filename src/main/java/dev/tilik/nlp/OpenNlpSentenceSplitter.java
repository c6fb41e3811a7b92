package dev.tilik.nlp;

import dev.tilik.text.CharSpan;
import dev.tilik.text.Lines;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Sentence splitting with an OpenNLP sentence model, one paragraph at a time, then two
 * repairs the model cannot make: a split right after a listed abbreviation is undone, and
 * sentences glued without a space ("di RusiaVladimir Putin") are split. A paragraph is a line, and the lines after it
 * that a break only wraps ({@link Lines#wrapsAt}: copy keeping a page's line ends mid-sentence, a quotation broken
 * over lines), so a sentence or a quotation wrapped over lines is read whole. Not thread-safe.
 */
public final class OpenNlpSentenceSplitter implements SentenceSplitter {
    private final SentenceDetectorME detector;
    private final SentenceRepairs repairs;

    public OpenNlpSentenceSplitter(SentenceModel model, SentenceRepairs repairs) {
        this.detector = new SentenceDetectorME(model);
        this.repairs = repairs;
    }

    @Override
    public List<CharSpan> split(String text, CharSpan region) {
        List<CharSpan> sentences = new ArrayList<>();
        for (CharSpan raw : paragraphs(text, region)) {
            CharSpan line = raw.trim(text);
            if (line.isEmpty()) {
                continue;
            }
            List<CharSpan> found = new ArrayList<>();
            for (Span s : detector.sentPosDetect(line.coveredText(text))) {
                CharSpan span = new CharSpan(line.start() + s.getStart(), line.start() + s.getEnd()).trim(text);
                if (!span.isEmpty()) {
                    found.add(span);
                }
            }
            sentences.addAll(repairs.apply(text, found));
        }
        return sentences;
    }

    /** The region's lines, each joined to the next while the break between them only wraps ({@link Lines#wrapsAt}). */
    static List<CharSpan> paragraphs(String text, CharSpan region) {
        List<CharSpan> out = new ArrayList<>();
        CharSpan open = null;
        for (CharSpan line : Lines.of(text, region)) {
            if (open != null && Lines.wrapsAt(text, open.end()) && !line.trim(text).isEmpty()) {
                open = new CharSpan(open.start(), line.end());
            } else {
                if (open != null) {
                    out.add(open);
                }
                open = line;
            }
        }
        if (open != null) {
            out.add(open);
        }
        return out;
    }
}
