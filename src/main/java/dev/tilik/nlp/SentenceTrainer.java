package dev.tilik.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains a sentence model from the project's own sentence data: one sentence per line, a blank
 * line between paragraphs, lines starting with {@code #} are comments. Sentences of a paragraph
 * are joined with one space, which is how they stand in news text. The abbreviation list goes
 * into the model, so "Jl." or "dll." never end a sentence even when the data has no example.
 * Training is deterministic and takes about a tenth of a second. Which data a language trains
 * from is its profile's word ({@code LanguageProfile.Sentences}).
 */
public final class SentenceTrainer {
    private SentenceTrainer() {
    }

    public static SentenceModel train(String language, String resource, Collection<String> abbreviations) throws IOException {
        List<SentenceSample> samples = read(resource);
        Dictionary abbrev = new Dictionary(true);
        for (String a : abbreviations) {
            if (!a.isBlank()) {
                abbrev.put(new opennlp.tools.util.StringList(a.strip()));
            }
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, 100);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        SentenceDetectorFactory factory = new SentenceDetectorFactory(language, true, abbrev, null);
        return SentenceDetectorME.train(language, new CollectionObjectStream<>(samples), factory, params);
    }

    static List<SentenceSample> read(String resource) throws IOException {
        InputStream in = SentenceTrainer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("sentence data " + resource + " is missing from the classpath");
        }
        List<SentenceSample> samples = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> paragraph = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (line.isBlank()) {
                    addSample(paragraph, samples);
                    paragraph.clear();
                } else {
                    paragraph.add(line.strip());
                }
            }
            addSample(paragraph, samples);
        }
        if (samples.isEmpty()) {
            throw new IOException("sentence data " + resource + " holds no sentences");
        }
        return samples;
    }

    private static void addSample(List<String> sentences, List<SentenceSample> samples) {
        if (sentences.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        for (String s : sentences) {
            if (text.length() > 0) {
                text.append(' ');
            }
            spans.add(new Span(text.length(), text.length() + s.length()));
            text.append(s);
        }
        samples.add(new SentenceSample(text, spans.toArray(new Span[0])));
    }
}
