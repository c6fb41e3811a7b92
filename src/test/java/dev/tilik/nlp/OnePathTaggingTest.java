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
import java.util.stream.Stream;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link EnglishTagger} tags with a beam of one: on every English sentence of the fixtures, the
 * sample articles and a generated folder, its tags are those of OpenNLP's tagger with its default
 * beam of three over the same tokens, so the statements read the same tags as before.
 */
class OnePathTaggingTest {
    @TempDir
    static Path dir;

    @Test
    void theSameTagsAsTheDefaultBeamOnEveryEnglishSentence() throws Exception {
        new StoryCorpus(1).write(dir, 120);
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(Path.of("src/test/resources/fixtures"), Path.of("articles"), dir)) {
            try (Stream<Path> all = Files.walk(folder)) {
                all.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        NlpModels models = NlpModels.load();
        NlpPipeline pipeline = models.pipeline(Samples.rules());
        POSTaggerME threePaths = new POSTaggerME(models.englishTagging().pos(), POSTagFormat.UD);
        ArticleParser parser = new ArticleParser(Samples.rules());
        int sentences = 0;
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Document d = pipeline.process(parser.parse(f.getFileName().toString(), new Decoded(text, "UTF-8", List.of()), "0".repeat(64)));
            if (!d.tagged()) {
                continue;
            }
            List<TaggedToken> tokens = d.tokens();
            for (CharSpan s : d.sentences()) {
                List<TaggedToken> in = tokens.stream().filter(t -> s.contains(t.span())).toList();
                if (in.isEmpty()) {
                    continue;
                }
                String[] words = in.stream().map(t -> t.span().coveredText(text)).toArray(String[]::new);
                assertThat(in.stream().map(TaggedToken::tag).toList()).as("%s: %s", f, s.coveredText(text))
                        .containsExactly(threePaths.tag(words));
                sentences++;
            }
        }
        assertThat(sentences).isGreaterThan(300);
    }

    @Test
    void theOnePathModelIsMadeOncePerModel() throws Exception {
        NlpModels.TaggingModels m = NlpModels.load().englishTagging();
        assertThat(EnglishTagger.onePath(m.pos())).isSameAs(EnglishTagger.onePath(m.pos())).isNotSameAs(m.pos());
        assertThat(EnglishTagger.onePath(m.pos()).getManifestProperty("BeamSize")).isEqualTo("1");
    }
}
