package dev.tilik.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.bench.StoryCorpus;
import dev.tilik.rules.LanguageRules;
import dev.tilik.rules.PatternNeeds;
import dev.tilik.rules.RulePattern;
import dev.tilik.rules.Rules;
import dev.tilik.rules.RulesLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dateline past the opening lines is kept only when its prefix names the article's outlet, so a body line that names
 * the outlet nowhere need not reach the source patterns (generated copy; invented outlets).
 */
class LaterDatelineTest {
    private static Rules rules;
    private static BoilerplateStripper stripper;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        rules = RulesLoader.load(Path.of("rules"));
        stripper = new BoilerplateStripper(rules.languages().values().stream().map(LanguageRules::boilerplate).toList());
    }

    /** Every line of generated copy that the gate lets through to the source patterns names the outlet. */
    @Test
    void generatedBodyLinesReachTheSourcePatternsOnlyWhenTheyNameTheOutlet() throws Exception {
        ArticleParser parser = new ArticleParser(rules);
        List<RulePattern> prefixes = new ArrayList<>();
        rules.languages().values().forEach(lr -> prefixes.addAll(lr.boilerplate().sourcePrefix()));
        Path generated = dir.resolve("story");
        new StoryCorpus(5).write(generated, 80);
        int dashed = 0;
        int through = 0;
        List<String> unnamed = new ArrayList<>();
        try (Stream<Path> all = Files.list(generated)) {
            for (Path p : all.sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                Article a = parser.parse(p.getFileName().toString(), new Decoded(text, "UTF-8", List.of()), "0".repeat(64));
                if (a.source() == null) {
                    continue;
                }
                OutletNames outlets = OutletNames.NONE.with(a.source());
                for (String raw : text.split("\n")) {
                    String line = raw.strip();
                    String folded = PatternNeeds.fold(line);
                    if (line.isEmpty() || prefixes.stream().noneMatch(r -> r.needs().mayFind(folded))) {
                        continue;
                    }
                    dashed++;
                    if (stripper.mayBeLaterDateline(line, folded, outlets)) {
                        through++;
                        if (!outlets.named(line)) {
                            unnamed.add(line);
                        }
                    }
                }
            }
        }
        assertThat(dashed).as("lines the patterns' literals let through").isGreaterThan(100);
        assertThat(through).isPositive();
        assertThat(unnamed).isEmpty();
    }

    /** No prefix of a line is named when the whole line, read code point by code point, holds no name: a capital sigma too. */
    @Test
    void aLineMayNameTheOutletWheneverOneOfItsPrefixesDoes() {
        OutletNames greek = OutletNames.NONE.with("ΚΑΘΗΜΕΡΙΝΗΣ");
        String line = "ΚΑΘΗΜΕΡΙΝΗΣ.GR - Η κυβέρνηση αρνήθηκε.";
        assertThat(greek.named("ΚΑΘΗΜΕΡΙΝΗΣ")).isTrue();
        assertThat(greek.named(line)).as("the sigma before '.G' is no final sigma in the whole line").isFalse();
        assertThat(greek.mayNameTheStartOf(line)).isTrue();
        assertThat(OutletNames.NONE.with("İzmir Haber").mayNameTheStartOf("İZMİR HABER - Vali açıkladı.")).isTrue();
        assertThat(OutletNames.NONE.with("Warta Lintang").mayNameTheStartOf("Kotabaru - Bupati meresmikan jembatan.")).isFalse();
        assertThat(OutletNames.NONE.mayNameTheStartOf("Kotabaru, Warta Lintang - ")).isFalse();

        List<OutletNames> outlets = List.of(greek, OutletNames.NONE.with("İzmir Haber"), OutletNames.NONE.with("ΑΣ Σ"),
                OutletNames.NONE.with("Warta.com"), OutletNames.of("Suara Σας", "https://jateng.kabarpagi.co.id/x"));
        String alphabet = "ΣσςΑΣ.'- İiIı̇\u0307WartaKABARPAGIzmirHaber\uD835\uDC00Ss,Σ:";
        Random rnd = new Random(33);
        int named = 0;
        for (int t = 0; t < 5_000; t++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + rnd.nextInt(24);
            for (int i = 0; i < n; i++) {
                int at = rnd.nextInt(alphabet.length() - 1);
                sb.append(Character.isHighSurrogate(alphabet.charAt(at)) ? alphabet.substring(at, at + 2) : alphabet.charAt(at));
            }
            if (rnd.nextInt(3) == 0) {
                sb.insert(rnd.nextInt(sb.length() + 1), List.of("ΑΣ", "Σας", "Warta", "kabarpagi", "İzmir", "ΚΑΘΗΜΕΡΙΝΗΣ").get(rnd.nextInt(6)));
            }
            String s = sb.toString();
            for (OutletNames o : outlets) {
                for (int k = 0; k <= s.length(); k++) {
                    if (o.named(s.substring(0, k))) {
                        named++;
                        assertThat(o.mayNameTheStartOf(s)).as("%s, prefix %d", s, k).isTrue();
                    }
                }
            }
        }
        assertThat(named).isGreaterThan(300);
    }
}
