package dev.tilik.bench;

import dev.tilik.nlp.NlpModels;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The yardstick Tilik is measured against (issue 10): plain OpenNLP with the same models and
 * nothing of Tilik's — no rules, no header, no boilerplate, no statements, no findings.
 * <ul>
 *   <li>{@code BareOpenNlp load}: a JVM that loads the models Tilik loads for the sample articles
 *   (language, English sentences, English tokens), prints one line and exits: the start-up
 *   baseline ({@link StartupBench}).</li>
 *   <li>{@code BareOpenNlp DIR [THREADS]}: also reads every {@code .txt} in DIR and runs language
 *   detection, sentence detection and tokenisation of every sentence on THREADS threads (2), one
 *   {@code *ME} per thread: the throughput baseline ({@link ThroughputBench}).</li>
 * </ul>
 * Run with the jar on the classpath: {@code java -cp target/tilik.jar:target/test-classes
 * dev.tilik.bench.BareOpenNlp load}.
 */
public final class BareOpenNlp {
    private final LanguageDetectorModel language;
    private final SentenceModel sentences;
    private final TokenizerModel tokens;

    private BareOpenNlp(LanguageDetectorModel language, SentenceModel sentences, TokenizerModel tokens) {
        this.language = language;
        this.sentences = sentences;
        this.tokens = tokens;
    }

    /** Loads the three models, by the resource names Tilik uses. */
    static BareOpenNlp load() throws IOException {
        return new BareOpenNlp(new LanguageDetectorModel(open(NlpModels.LANGUAGE_MODEL)),
                new SentenceModel(open(NlpModels.ENGLISH_SENTENCES)), new TokenizerModel(open(NlpModels.ENGLISH_TOKENS)));
    }

    /** Every {@code .txt} file of {@code folder}, in name order, decoded as UTF-8. */
    static List<String> texts(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> sorted = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            List<String> out = new ArrayList<>(sorted.size());
            for (Path p : sorted) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            return out;
        }
    }

    /**
     * Language, sentences and tokens of every text on {@code threads} threads (texts handed out one
     * at a time); returns the number of tokens, so nothing is optimised away.
     */
    long process(List<String> texts, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<Long>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                parts.add(pool.submit(() -> {
                    LanguageDetectorME detector = new LanguageDetectorME(language);
                    SentenceDetectorME splitter = new SentenceDetectorME(sentences);
                    TokenizerME tokenizer = new TokenizerME(tokens);
                    long count = 0;
                    for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
                        String text = texts.get(i);
                        count += detector.predictLanguage(text).getLang().length();
                        for (Span s : splitter.sentPosDetect(text)) {
                            count += tokenizer.tokenizePos(s.getCoveredText(text).toString()).length;
                        }
                    }
                    return count;
                }));
            }
            long total = 0;
            for (Future<Long> f : parts) {
                total += f.get();
            }
            return total;
        } finally {
            pool.shutdown();
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: BareOpenNlp load | BareOpenNlp DIR [THREADS]");
            System.exit(2);
        }
        BareOpenNlp bare = load();
        if (args[0].equals("load")) {
            System.out.println("models loaded (bare OpenNLP, the yardstick for Tilik's start-up)");
            return;
        }
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        List<String> texts = texts(Path.of(args[0]));
        long tokens = bare.process(texts, threads);
        System.out.printf(Locale.ROOT, "%d articles, %d tokens%n", texts.size(), tokens);
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = BareOpenNlp.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("model " + resource + " is missing from the classpath");
        }
        return new BufferedInputStream(in);
    }
}
