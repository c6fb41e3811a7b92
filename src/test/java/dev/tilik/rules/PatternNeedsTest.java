package dev.tilik.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.bench.StoryCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PatternNeeds}: what a match must hold is read right from the source (literals, the
 * longest match), never claims more than RE2/J matches (every text a pattern finds or matches
 * whole passes the test), and keeps most lines of copy away from the machine.
 */
class PatternNeedsTest {
    /** Patterns written to reach every part of the reading, beside the rules' own. */
    private static final List<String> CRAFTED = List.of("ADVERTISEMENT", "Simak Video:.*", "Baca juga( |:).*", "\\[Gambas:.*\\]",
            "(Pilihan Editor|Terpopuler|Ikuti kami.*)", ".*\\bcookies?\\b.*", "Log ?in", "Editor's Picks?", "x{2,3}y+", "ab{0}c",
            "(?i)Kasus", "(?-i:Jika)\\b.{0,5}", "(?P<n>sk)y|(?:s)+k", "[]a]bc|[^)]+\\)", "\\d+ orang", "a\\.b", "k{3}", "S{1,}",
            "(?:ab|cd)(?:ef|gh)", "^x$", "\\p{L}+ kata", "\\pL{1,4}", "a{,3}", "[[:alpha:]]{2}z", "(a|)b", "a*?b+?c??",
            "[-\u2013\u2014]{1,2} x", "a, (b) ?[-\u2013]", "[.:]y|[\\-)]z", "[^-]k", "[a-]s", "[-a]s", "[\u017Fx]y", "(?:[:(]a)?[-]b",
            "(?:Tutup|Ikuti kami.*)|x{2}", "(Kasus|a|)", "((sky|ab))", "(ab|k)+", "(?i:Log ?in|x)", "(a)(b|k)", "a||b");
    private static final String[] PIECES = {"a", "b", "c", "k", "K", "\u212A", "s", "S", "\u017F", "x", "X", "y", "z", " ", ".",
        ")", "(", "[", "]", ":", "'", "-", "\u2013", "ADVERTISEMENT", "Advertisement", "simak video:", "SIMAK VIDEO:", "Baca juga",
        "cookie", "COOKIES", "Log in", "Login", "Editor's Pick", "Gambas:", "Kasus", "jika", "Jika", "orang", "1", "22",
        "Terpopuler", "Ikuti Kami", "sky", "ssk", "kata", "é", "😀", "\n", "setiap", "akan", "if", "would", "Berita Terkait",
        "\u2014", ", ", "JAKARTA, KOMPAS.com - ", "Suara.com \u2013 "};

    @TempDir
    static Path dir;

    @Test
    void literalsAndBoundsAreReadFromTheSource() {
        assertThat(PatternNeeds.of("ADVERTISEMENT")).isEqualTo(new PatternNeeds(Set.of("advertisement"), 13));
        assertThat(PatternNeeds.of("Simak Video:.*").anyOf()).containsExactly("simak video:");
        assertThat(PatternNeeds.of("Simak Video:.*").maxChars()).isEqualTo(Integer.MAX_VALUE);
        assertThat(PatternNeeds.of("(Pilihan Editor|Terpopuler|Tutup)")).isEqualTo(
                new PatternNeeds(Set.of("pilihan editor", "terpopuler", "tutup"), 14));
        assertThat(PatternNeeds.of(".*\\bcookies?\\b.*").anyOf()).containsExactly("cookie");
        assertThat(PatternNeeds.of(".*\\((Foto|Sumber foto)\\s*:[^)]*\\)").anyOf()).containsExactly("foto");
        assertThat(PatternNeeds.of("\\bsetiap\\s+\\S+[^.;]{0,100}?\\bakan\\b").anyOf()).containsExactly("setiap");
        assertThat(PatternNeeds.of("[A-Z][A-Za-z .,]{1,40} \\(([A-Z][A-Za-z .]{1,30})\\) ?[-–—]{1,2} ").anyOf()).containsExactly(" (");
        assertThat(PatternNeeds.of("Log ?in")).isEqualTo(new PatternNeeds(Set.of("log"), 6, List.of(Set.of("in"))));
        assertThat(PatternNeeds.of("(ANTARA FOTO|Foto)\\s?[:/].{0,100}").maxChars()).isEqualTo(11 + 2 + 2 + 2 * 100);
        assertThat(PatternNeeds.of("[abc]").maxChars()).isEqualTo(2);
    }

    /**
     * A class of caseless chars that are no letters is one of them ("[-–—]", a dateline's dash); every part a match
     * holds is kept beside the best, so a line with the comma and space of a dateline but no dash holds none.
     */
    @Test
    void aClassOfDashesIsNeededBesideTheBestLiteral() {
        PatternNeeds dateline = PatternNeeds.of("[A-Z][A-Za-z]+, ([A-Z][A-Za-z.]*) ?[-\u2013\u2014]{1,2} ");
        assertThat(dateline.anyOf()).containsExactly(", ");
        assertThat(dateline.allOf()).contains(Set.of("-", "\u2013", "\u2014"));
        assertThat(dateline.mayFind(PatternNeeds.fold("JAKARTA, Kompas.com \u2013 Warga"))).isTrue();
        assertThat(dateline.mayFind(PatternNeeds.fold("Warga, kata dia, pulang sore."))).isFalse();
        assertThat(PatternNeeds.of("(?:x, )?[-]{1,3} ").mayFind("x, a b")).isFalse();
        for (String notRead : List.of("[a-z]", "[^-]", "[a-]", "[-a]", "[\\d-]", "[[:punct:]]", "[\u017F]", "[\u0345]")) {
            assertThat(PatternNeeds.of(notRead + "q")).as(notRead).isEqualTo(new PatternNeeds(Set.of("q"), 3));
        }
    }

    /**
     * A pattern's top-level alternatives (inside a group around it all) are tested one by one for a whole line: a line of
     * running text holding one short branch's word is no match of the menu words, where the whole's needs (any
     * branch's word, the longest branch's bound) let it through to the machine.
     */
    @Test
    void aWholeLineIsTestedBranchByBranch() {
        RulePattern menu = RulePattern.of("(Pilihan Editor|Komentar|Daftar|Ikuti kami.*)");
        String running = PatternNeeds.fold("Juru bicara Kremlin menolak berkomentar soal daftar kapal itu.");
        assertThat(menu.needs().mayMatchWhole(running)).isTrue();
        assertThat(menu.mayMatchWhole(running)).isFalse();
        assertThat(menu.mayMatchWhole(PatternNeeds.fold("KOMENTAR"))).isTrue();
        assertThat(menu.mayMatchWhole(PatternNeeds.fold("Ikuti kami di Instagram, daftar sekarang"))).isTrue();
        assertThat(PatternNeeds.ofBranches("(?P<n>Tutup|Bagikan)")).containsExactly(PatternNeeds.of("Tutup"), PatternNeeds.of("Bagikan"));
        assertThat(PatternNeeds.ofBranches("(?:Tutup|Bagikan)|Baca juga:.*"))
                .containsExactly(PatternNeeds.of("(?:Tutup|Bagikan)"), PatternNeeds.of("Baca juga:.*"));
        assertThat(PatternNeeds.ofBranches("(Tutup|Bagikan)+")).containsExactly(PatternNeeds.of("(Tutup|Bagikan)+"));
        assertThat(PatternNeeds.ofBranches("(a)(b|c)")).containsExactly(PatternNeeds.of("(a)(b|c)"));
        assertThat(PatternNeeds.ofBranches("ADVERTISEMENT")).containsExactly(PatternNeeds.of("ADVERTISEMENT"));
    }

    /** On generated copy every line that passes the rules' whole-line test is a boilerplate line: the machine runs on no other. */
    @Test
    void generatedCopyReachesTheMachineOnlyOnItsBoilerplateLines() throws Exception {
        List<RulePattern> lines = new ArrayList<>();
        for (LanguageRules lr : RulesLoader.load(Path.of("rules")).languages().values()) {
            lines.addAll(lr.boilerplate().lines());
        }
        Path generated = dir.resolve("story-lines");
        new StoryCorpus(3).write(generated, 60);
        int passed = 0;
        List<String> needless = new ArrayList<>();
        try (Stream<Path> all = Files.list(generated)) {
            for (Path p : all.sorted().toList()) {
                for (String raw : Files.readString(p, StandardCharsets.UTF_8).split("\n")) {
                    String line = raw.strip();
                    String folded = PatternNeeds.fold(line);
                    if (!line.isEmpty() && lines.stream().anyMatch(r -> r.mayMatchWhole(folded))) {
                        passed++;
                        if (lines.stream().noneMatch(r -> r.matcher(line).matches())) {
                            needless.add(line);
                        }
                    }
                }
            }
        }
        assertThat(passed).isGreaterThan(20);
        assertThat(needless).isEmpty();
    }

    @Test
    void whatIsNotReadPromisesNothing() {
        for (String source : List.of("\\Qa.b\\E", "a\\x41", "\\n", "(?<=a)b", "(a", "[ab", "a\\", "ab|c*", ".*", "(a|b\\Q)")) {
            assertThat(PatternNeeds.of(source).mayMatchWhole(PatternNeeds.fold("zzz"))).as(source).isTrue();
            assertThat(PatternNeeds.ofBranches(source)).as(source).anyMatch(n -> n.mayMatchWhole(PatternNeeds.fold("zzz")));
        }
        assertThat(PatternNeeds.fold("ABC \u017Fk\u212A é")).isEqualTo("abc skk é");
    }

    @Test
    void everyTextAPatternFindsOrMatchesWholePassesTheTest() throws Exception {
        List<RulePattern> patterns = new ArrayList<>();
        for (LanguageRules lr : RulesLoader.load(Path.of("rules")).languages().values()) {
            patterns.addAll(lr.boilerplate().lines());
            patterns.addAll(lr.boilerplate().cutFrom());
            patterns.addAll(lr.boilerplate().sourcePrefix());
            patterns.addAll(lr.statements().conditionalPatterns());
        }
        assertThat(patterns).hasSizeGreaterThan(20);
        for (String s : CRAFTED) {
            patterns.add(RulePattern.of(s));
        }
        List<String> texts = new ArrayList<>(lines());
        Random random = new Random(8);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int pieces = 1 + random.nextInt(8);
            for (int k = 0; k < pieces; k++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            texts.add(sb.toString());
        }
        int found = 0;
        int whole = 0;
        int skipped = 0;
        for (String t : texts) {
            String folded = PatternNeeds.fold(t);
            for (RulePattern p : patterns) {
                if (p.matcher(t).find()) {
                    found++;
                    assertThat(p.needs().mayFind(folded)).as("%s finds in %s", p, t).isTrue();
                } else if (!p.needs().mayFind(folded)) {
                    skipped++;
                }
                if (p.matcher(t).matches()) {
                    whole++;
                    assertThat(p.needs().mayMatchWhole(folded)).as("%s matches %s", p, t).isTrue();
                    assertThat(p.mayMatchWhole(folded)).as("%s matches %s, branch by branch", p, t).isTrue();
                }
            }
        }
        assertThat(found).isGreaterThan(5_000);
        assertThat(whole).isGreaterThan(1_000);
        assertThat(skipped).isGreaterThan(texts.size() * patterns.size() / 2);
    }

    /** Most lines of real and generated copy cannot be a boilerplate line: the machine never runs on them. */
    @Test
    void mostLinesOfCopyAreNoBoilerplateLineAtAGlance() throws Exception {
        List<RulePattern> lines = new ArrayList<>();
        for (LanguageRules lr : RulesLoader.load(Path.of("rules")).languages().values()) {
            lines.addAll(lr.boilerplate().lines());
        }
        int may = 0;
        List<String> all = lines();
        for (String t : all) {
            String folded = PatternNeeds.fold(t.strip());
            if (lines.stream().anyMatch(p -> p.needs().mayMatchWhole(folded))) {
                may++;
            }
        }
        assertThat(may).isLessThan(all.size() / 4);
    }

    private static List<String> lines() throws IOException {
        Path generated = dir.resolve("story");
        if (!Files.exists(generated)) {
            new StoryCorpus(2).write(generated, 40);
        }
        List<String> out = new ArrayList<>();
        for (Path folder : List.of(Path.of("src/test/resources/fixtures"), Path.of("articles"), generated)) {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path p : all.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    for (String line : Files.readString(p, StandardCharsets.UTF_8).split("\n")) {
                        if (!line.isBlank()) {
                            out.add(line);
                        }
                    }
                }
            }
        }
        return out;
    }
}
