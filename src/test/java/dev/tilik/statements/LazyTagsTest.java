package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.ingest.Article;
import dev.tilik.ingest.FolderLoader;
import dev.tilik.ingest.Progress;
import dev.tilik.nlp.Document;
import dev.tilik.nlp.NlpModels;
import dev.tilik.nlp.NlpPipeline;
import dev.tilik.nlp.TaggedToken;
import dev.tilik.nlp.Tagging;
import dev.tilik.rules.Rules;
import dev.tilik.text.CharSpan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * English sentences are tagged when something first reads their tags: the statements come out as
 * they did when every sentence was tagged first, while sentences whose tags nothing needs (no cue
 * word, no lemma that could be one) are never tagged; and tags read from several threads at once
 * are the tags read from one.
 */
class LazyTagsTest {
    private static final Rules RULES = TestDocuments.rules();
    private static final List<Article> ENGLISH = new ArrayList<>();
    private static NlpPipeline pipeline;

    @BeforeAll
    static void load() throws Exception {
        for (String f : new String[] {"en-news", "en-hard", "findings-shells-en", "flood-any"}) {
            ENGLISH.addAll(FolderLoader.load(Path.of("src/test/resources/fixtures", f), RULES, Progress.NONE).articles());
        }
        pipeline = NlpModels.load().pipeline(RULES);
    }

    @Test
    void statementsAreThoseOfEverySentenceTaggedFirst() {
        StatementExtractor extractor = new StatementExtractor(RULES);
        int tagged = 0;
        int sentences = 0;
        for (Article a : ENGLISH) {
            Document lazy = pipeline.process(a);
            if (!lazy.tagged()) {
                continue;
            }
            Counting counting = new Counting(lazy.tagging());
            List<Statement> lazily = extractor.extract(new Document(a, lazy.language(), lazy.sentences(), counting)).statements();
            Document eager = pipeline.process(a);
            eager.tokens();
            assertThat(lazily).as(a.fileName()).isEqualTo(extractor.extract(eager).statements());
            tagged += counting.tagged.size();
            sentences += lazy.sentences().size();
        }
        assertThat(sentences).as("English sentences in the fixtures").isGreaterThan(40);
        assertThat(tagged).as("sentences tagged of %d", sentences).isLessThan(sentences);
    }

    @Test
    void aSentenceWithoutACueIsNeverTagged() {
        String text = "Heavy rain fell on the valley overnight.\nThe river rose by two metres, the agency said.\n";
        Article a = new Article("t.txt", text, "0".repeat(64), "UTF-8", List.of(), null, null, null, null, List.of());
        Document d = pipeline.process(a);
        Counting counting = new Counting(d.tagging());
        List<Statement> found = new StatementExtractor(RULES)
                .extract(new Document(a, d.language(), d.sentences(), counting)).statements();
        assertThat(found).hasSize(1);
        assertThat(d.sentences()).hasSize(2);
        assertThat(counting.tagged).containsExactly(1);
    }

    @Test
    void tagsReadFromManyThreadsAreTheTagsReadFromOne() throws Exception {
        Article a = ENGLISH.stream().max(java.util.Comparator.comparingInt(x -> x.text().length())).orElseThrow();
        List<TaggedToken> one = pipeline.process(a).tokens();
        for (int round = 0; round < 5; round++) {
            Document d = pipeline.process(a);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<TaggedToken>>> all = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    int from = t;
                    all.add(pool.submit(() -> {
                        List<TaggedToken> out = new ArrayList<>();
                        int n = d.sentences().size();
                        for (int k = 0; k < n; k++) {
                            int i = (from * 7 + k) % n;
                            d.tagging().lemmas(d.sentences().get(i).coveredText(d.text()).split(" ")[0]);
                            d.tagging().tags(i);
                        }
                        for (int i = 0; i < n; i++) {
                            out.addAll(d.tagging().tags(i));
                        }
                        return out;
                    }));
                }
                for (Future<List<TaggedToken>> f : all) {
                    assertThat(f.get()).isEqualTo(one);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** A document's tagging that notes which sentences' tags were read. */
    private static final class Counting implements Tagging {
        final Set<Integer> tagged = ConcurrentHashMap.newKeySet();
        private final Tagging real;

        Counting(Tagging real) {
            this.real = real;
        }

        @Override
        public boolean tagged() {
            return real.tagged();
        }

        @Override
        public List<CharSpan> tokens(int sentence) {
            return real.tokens(sentence);
        }

        @Override
        public List<TaggedToken> tags(int sentence) {
            tagged.add(sentence);
            return real.tags(sentence);
        }

        @Override
        public List<String> lemmas(String word) {
            return real.lemmas(word);
        }
    }
}
