package dev.tilik.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.bench.StoryCorpus;
import dev.tilik.ingest.ArticleParser;
import dev.tilik.ingest.Decoded;
import dev.tilik.text.CharSpan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link GreedyTags} tags a sentence a word at a time as OpenNLP's one-path tagger tags it whole, and
 * a document's {@link Tagging#tagsThrough} tags a sentence only as far as asked, the rest later from there.
 */
class GreedyTagsTest {
    @TempDir
    static Path dir;

    /** Every English sentence of the fixtures, the samples and a generated folder, as the tagger's words. */
    private static List<String[]> englishSentences(NlpModels models) throws Exception {
        new StoryCorpus(3).write(dir, 80);
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(Path.of("src/test/resources/fixtures"), Path.of("articles"), dir)) {
            try (Stream<Path> all = Files.walk(folder)) {
                all.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        NlpPipeline pipeline = models.pipeline(Samples.rules());
        ArticleParser parser = new ArticleParser(Samples.rules());
        List<String[]> out = new ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Document d = pipeline.process(parser.parse(f.getFileName().toString(), new Decoded(text, "UTF-8", List.of()), "0".repeat(64)));
            if (!d.tagged()) {
                continue;
            }
            for (int s = 0; s < d.sentences().size(); s++) {
                List<CharSpan> tokens = d.tagging().tokens(s);
                if (!tokens.isEmpty()) {
                    out.add(tokens.stream().map(t -> t.coveredText(text)).toArray(String[]::new));
                }
            }
        }
        return out;
    }

    @Test
    void aWordAtATimeGivesOpenNlpsOnePathTagsStoppedAnywhere() throws Exception {
        NlpModels models = NlpModels.load();
        POSModel one = EnglishTagger.onePath(models.englishTagging().pos());
        POSTaggerME whole = new POSTaggerME(one, POSTagFormat.UD);
        GreedyTags greedy = new GreedyTags(one, (MaxentModel) one.getArtifact("pos.model"));
        Random random = new Random(7);
        List<String[]> sentences = englishSentences(models);
        for (String[] words : sentences) {
            GreedyTags.Sentence s = greedy.new Sentence(words);
            int stop = random.nextInt(words.length);
            s.through(stop);
            assertThat(s.done()).isEqualTo(stop + 1);
            s.through(words.length - 1);
            String[] tags = new String[words.length];
            for (int i = 0; i < words.length; i++) {
                tags[i] = s.tag(i);
            }
            assertThat(tags).as(String.join(" ", words)).containsExactly(whole.tag(words));
        }
        assertThat(sentences).hasSizeGreaterThan(300);
    }

    @Test
    void aSentenceIsTaggedOnlyAsFarAsAskedAndTheRestLaterAsWhole() throws Exception {
        NlpModels models = NlpModels.load();
        NlpPipeline pipeline = models.pipeline(Samples.rules());
        ArticleParser parser = new ArticleParser(Samples.rules());
        String text = "Harbour officials in Westmere said on Monday that the new ferry had passed every safety check "
                + "before it left the dock with two hundred passengers on board.";
        Document partly = pipeline.process(parser.parse("ferry.txt", new Decoded(text, "UTF-8", List.of()), "0".repeat(64)));
        Document whole = pipeline.process(parser.parse("ferry.txt", new Decoded(text, "UTF-8", List.of()), "0".repeat(64)));
        assertThat(partly.tagged()).isTrue();
        int words = partly.tagging().tokens(0).size();
        List<TaggedToken> all = whole.tagging().tags(0);

        List<TaggedToken> first = partly.tagging().tagsThrough(0, 3);
        assertThat(first).hasSize(4).isEqualTo(all.subList(0, 4));
        assertThat(partly.tagging().tagsThrough(0, 1)).isSameAs(first);
        assertThat(partly.tagging().tagsThrough(0, 9)).hasSize(10).isEqualTo(all.subList(0, 10));
        assertThat(partly.tagging().tags(0)).hasSize(words).isEqualTo(all);
        assertThat(partly.tagging().tagsThrough(0, 2)).hasSize(words);
    }
}
