package dev.tilik.nlp;

import dev.tilik.text.CharSpan;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Sentence splitting with an OpenNLP sentence model, one paragraph at a time (a line, or the lines of a hard-wrapped
 * paragraph, {@link WrappedLines}), then two
 * repairs the model cannot make: a split right after a listed abbreviation is undone, and
 * sentences glued without a space ("di RusiaVladimir Putin") are split. Not thread-safe.
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
        for (CharSpan line : WrappedLines.paragraphs(text, region)) {
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
}
