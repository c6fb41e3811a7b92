package dev.tilik.findings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tilik.ingest.Article;
import dev.tilik.ingest.FolderLoader;
import dev.tilik.ingest.Progress;
import dev.tilik.model.Qualifier;
import dev.tilik.model.Stance;
import dev.tilik.rules.Rules;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.StanceBasis;
import dev.tilik.statements.NumberMention;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A gold-statement oracle: builds the statements a gold file (seeds.json schema) describes, so
 * the findings engine can be measured on perfect input, apart from extraction errors. Test
 * scaffolding only: qualifiers of figures are read from the word before the figure.
 */
final class GoldStory {
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("senin", DayOfWeek.MONDAY), Map.entry("selasa", DayOfWeek.TUESDAY),
            Map.entry("rabu", DayOfWeek.WEDNESDAY), Map.entry("kamis", DayOfWeek.THURSDAY),
            Map.entry("jumat", DayOfWeek.FRIDAY), Map.entry("sabtu", DayOfWeek.SATURDAY),
            Map.entry("minggu", DayOfWeek.SUNDAY), Map.entry("monday", DayOfWeek.MONDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sunday", DayOfWeek.SUNDAY));
    private static final Map<String, double[]> MAGNITUDES = Map.of(
            "puluhan", new double[] {20, 99}, "ratusan", new double[] {200, 999},
            "ribuan", new double[] {2000, 9999}, "puluhan ribu", new double[] {20000, 99999},
            "hundreds", new double[] {200, 999}, "thousands", new double[] {2000, 9999});

    private GoldStory() {
    }

    static JsonNode gold(Path file) throws IOException {
        return new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The folder read by the real ingest stage, with the gold file's statements and dates. */
    static List<ArticleStatements> load(JsonNode gold, Path folder, Rules rules) {
        Map<String, Article> loaded = new HashMap<>();
        FolderLoader.load(folder, rules, Progress.NONE).articles().forEach(a -> loaded.put(a.fileName(), a));
        List<ArticleStatements> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = gold.get("articles").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Article a = loaded.get(e.getKey());
            if (a == null) {
                throw new IllegalArgumentException("ingest did not load " + e.getKey());
            }
            out.add(article(e.getValue(), ArticleFixture.of(a)));
        }
        return out;
    }

    /**
     * The oracle's stand-in for the extractor's stance basis: a hedge or no-comment that refuses or
     * negates a cue ("declined to deny", "enggan membantah", "menolak mengonfirmasi") comes from its cue;
     * any other ("mungkin", "neither confirmed nor denied", "menolak berkomentar") from a marker word.
     */
    private static final java.util.regex.Pattern REFUSED_CUE = java.util.regex.Pattern.compile(
            "(?i)\\b(tidak|tak|enggan|menolak|menolak untuk|declined to|refused to|did not|would not)\\s+"
                    + "(membantah|menyangkal|mengonfirmasi|membenarkan|deny|confirm)");

    private static ArticleStatements article(JsonNode g, ArticleFixture a) {
        String text = a.text();
        for (JsonNode d : g.path("dates")) {
            String t = d.get("text").asText();
            LocalDate date = LocalDate.parse(d.get("date").asText());
            Matcher y = YEAR.matcher(t);
            DayOfWeek wd = WEEKDAYS.get(t.split("[\\s(,]")[0].toLowerCase(Locale.ROOT));
            a.date(t, wd, date.getDayOfMonth(), date.getMonthValue(), y.find() ? Integer.valueOf(y.group()) : null);
        }
        for (JsonNode s : g.path("statements")) {
            String match = s.get("match").asText();
            ArticleFixture.StatementSpec spec = a.say(match, s.get("speaker").asText(),
                    s.hasNonNull("party") ? s.get("party").asText() : null, Stance.of(s.get("stance").asText()),
                    s.hasNonNull("topic") ? s.get("topic").asText() : null);
            if (s.path("quote").asBoolean(false)) {
                spec.quote();
            }
            String sentence = a.sentenceAt(a.find(match)).coveredText(text);
            String stance = s.get("stance").asText();
            if (stance.equals("hedge") || stance.equals("no_comment")) {
                spec.basis(REFUSED_CUE.matcher(sentence).find() ? StanceBasis.CUE : StanceBasis.MARKER);
            }
            for (JsonNode n : s.path("numbers")) {
                number(spec, sentence, n);
            }
            spec.done();
        }
        return a.build();
    }

    private static void number(ArticleFixture.StatementSpec spec, String sentence, JsonNode n) {
        String v = n.get("value").asText();
        String unit = n.hasNonNull("unit") ? n.get("unit").asText() : null;
        if (MAGNITUDES.containsKey(v)) {
            double[] r = MAGNITUDES.get(v);
            int at = sentence.toLowerCase(Locale.ROOT).indexOf(v);
            spec.number(at < 0 ? v : sentence.substring(at, at + v.length()), null, r[0], r[1], Qualifier.MAGNITUDE, unit);
            return;
        }
        double value = Double.parseDouble(v);
        String written = written(sentence, (long) value);
        String before = sentence.substring(0, sentence.indexOf(written)).toLowerCase(Locale.ROOT).strip();
        Qualifier q = n.path("approx").asBoolean(false) ? Qualifier.APPROX : Qualifier.EXACT;
        double low = value;
        double high = value;
        if (before.endsWith("setidaknya") || before.endsWith("sedikitnya") || before.endsWith("at least")) {
            q = Qualifier.AT_LEAST;
            high = Double.POSITIVE_INFINITY;
        } else if (before.endsWith("hingga") || before.endsWith("sampai") || before.endsWith("up to")) {
            q = Qualifier.UP_TO;
            low = 0;
        } else if (before.endsWith("lebih dari") || before.endsWith("more than")) {
            q = Qualifier.MORE_THAN;
            high = Double.POSITIVE_INFINITY;
        }
        spec.number(written, value, low, high, q, unit);
    }

    private static String written(String sentence, long value) {
        for (String f : List.of(String.format(Locale.ROOT, "%,d", value).replace(',', '.'),
                String.format(Locale.ROOT, "%,d", value), Long.toString(value))) {
            if (sentence.contains(f)) {
                return f;
            }
        }
        throw new IllegalArgumentException("figure " + value + " not in: " + sentence);
    }
}
