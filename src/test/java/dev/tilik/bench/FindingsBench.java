package dev.tilik.bench;

import dev.tilik.findings.FindingEngine;
import dev.tilik.ingest.Article;
import dev.tilik.model.Qualifier;
import dev.tilik.model.Stance;
import dev.tilik.nlp.Document;
import dev.tilik.nlp.LanguageGuess;
import dev.tilik.rules.Rules;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.DateMention;
import dev.tilik.statements.NumberMention;
import dev.tilik.statements.Statement;
import dev.tilik.text.CharSpan;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Timed harness (not a unit test): synthetic story folders of N, 2N, 4N and 8N articles, each
 * article with eight statements by parties of the rules on a handful of topics, with figures,
 * dates and quotations; prints the median time of the findings engine per size and its ratio to
 * the N baseline measured in the same run. Linear work doubles the time when the size doubles.
 * Run after {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt}:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.tilik.bench.FindingsBench [N]}.
 */
public final class FindingsBench {
    private static final String[] PARTIES = {"DPRK", "ROK", "RU", "US", "UN", "UA", "ROK+US"};
    private static final String[] TOPICS = {"troops", "weapons", "cooperation", "sanctions", "missiles"};
    private static final Stance[] STANCES = {Stance.ASSERT, Stance.DENY, Stance.CONFIRM, Stance.CONDITIONAL,
        Stance.HEDGE, Stance.NO_COMMENT, Stance.OTHER};
    private static final String[] NAMES = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
    private static final String[] WORDS = ("pasukan tentara rusia korea utara selatan laporan klaim bantah kirim "
            + "latihan perang hukum internasional pejabat menteri senjata rudal sanksi kerja sama militer").split(" ");

    private FindingsBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 250;
        Rules rules = RulesLoader.load(Path.of("rules"));
        FindingEngine engine = new FindingEngine(rules);
        for (int warm = 0; warm < 3; warm++) {
            engine.find(story(n, 99));
        }
        double base = 0;
        for (int k = 1; k <= 8; k *= 2) {
            List<ArticleStatements> story = story(n * k, k);
            long[] runs = new long[5];
            List<dev.tilik.findings.Finding> findings = List.of();
            for (int r = 0; r < runs.length; r++) {
                long t0 = System.nanoTime();
                findings = engine.find(story);
                runs[r] = System.nanoTime() - t0;
            }
            Arrays.sort(runs);
            double ms = runs[runs.length / 2] / 1e6;
            if (k == 1) {
                base = ms;
            }
            System.out.printf(Locale.ROOT, "%6d articles %7d statements %9.1f ms  x%5.2f  (%d findings)%n",
                    n * k, n * k * 8, ms, ms / base, findings.size());
            if (k == 8) {
                System.out.println("  by type at the largest size: " + findings.stream().collect(
                        java.util.stream.Collectors.groupingBy(f -> f.type().id(), java.util.TreeMap::new,
                                java.util.stream.Collectors.counting())));
            }
        }
    }

    static List<ArticleStatements> story(int articles, long seed) {
        Random rnd = new Random(seed);
        List<ArticleStatements> out = new ArrayList<>();
        for (int a = 0; a < articles; a++) {
            out.add(article(String.format(Locale.ROOT, "%06d.txt", a), rnd));
        }
        return out;
    }

    private static ArticleStatements article(String file, Random rnd) {
        StringBuilder text = new StringBuilder();
        List<CharSpan> sentences = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        List<DateMention> dates = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int start = text.length();
            int day = 1 + rnd.nextInt(28);
            DayOfWeek weekday = java.time.LocalDate.of(2024, 10, day).getDayOfWeek();
            String date = NAMES[weekday.getValue() - 1] + " (" + day + "/10)";
            int figure = 500 * (1 + rnd.nextInt(20));
            text.append("Pejabat ").append(i).append(" pada ").append(date).append(" berkata ");
            int numberAt = text.length();
            String fig = String.format(Locale.ROOT, "%,d", figure).replace(',', '.');
            text.append(fig).append(" tentara");
            for (int w = 0; w < 10; w++) {
                text.append(' ').append(WORDS[rnd.nextInt(WORDS.length)]);
            }
            text.append(". ");
            CharSpan sentence = new CharSpan(start, text.length() - 1);
            sentences.add(sentence);
            int dateAt = start + text.substring(start).indexOf(date);
            DateMention dm = new DateMention(new CharSpan(dateAt, dateAt + date.length()), date, weekday, day, 10, null);
            dates.add(dm);
            NumberMention nm = new NumberMention(new CharSpan(numberAt, numberAt + fig.length()), fig, (double) figure,
                    figure, figure, rnd.nextBoolean() ? Qualifier.EXACT : Qualifier.APPROX, "tentara");
            statements.add(new Statement(file + "#" + (i + 1), file, sentence, sentence, "Pejabat " + rnd.nextInt(40),
                    null, PARTIES[rnd.nextInt(PARTIES.length)], "berkata", null, rnd.nextInt(3) == 0, null,
                    STANCES[rnd.nextInt(STANCES.length)], TOPICS[rnd.nextInt(TOPICS.length)], List.of(nm), List.of(dm)));
        }
        java.time.LocalDate published = rnd.nextInt(10) == 0 ? java.time.LocalDate.of(2024, 10, 1 + rnd.nextInt(28)) : null;
        Article art = new Article(file, text.toString(), "0".repeat(64), "UTF-8", List.of(), null, null, null, published,
                List.of());
        return new ArticleStatements(new Document(art, new LanguageGuess("id", 0.99, 0.9), sentences), statements, dates);
    }
}
