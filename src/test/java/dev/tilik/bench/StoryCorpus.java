package dev.tilik.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes a synthetic folder of news articles on one story (North Korean troops in Russia) by
 * recombining the {@link Phrasebook} templates: several outlets (metadata block or dateline),
 * speakers of several parties each leaning to its usual stances, dated statements whose troop
 * figures grow over the story's weeks, an occasional wrong weekday, background sentences,
 * boilerplate between paragraphs and related-link lists at the end. About one article in six is
 * English. Deterministic: article {@code i} depends only on the seed and {@code i}, so the first
 * 20 articles of a 40-article folder are the 20-article folder.
 */
public final class StoryCorpus {
    static final LocalDate STORY_START = LocalDate.of(2024, 10, 18);
    static final int STORY_DAYS = 18;

    /** Party → the kinds of line it says (repeats weigh). */
    private static final Map<String, List<String>> LEANINGS = Map.of(
            "DPRK", List.of("deny", "deny", "deny", "conditional", "weapons.deny"),
            "ROK", List.of("assert", "assert", "assert", "confirm", "weapons.assert", "cooperation.assert"),
            "US", List.of("assert", "assert", "weapons.assert", "cooperation.assert"),
            "UA", List.of("assert", "assert", "hedge", "confirm"),
            "NATO", List.of("assert", "confirm"),
            "RU", List.of("deny.host", "no_comment", "no_comment", "hedge", "cooperation.assert"),
            "UN", List.of("no_comment"));
    private static final List<String> VOICES = List.of("DPRK", "DPRK", "DPRK", "ROK", "ROK", "ROK", "RU", "RU",
            "US", "US", "UA", "UA", "NATO", "UN");

    private final Phrasebook indonesian = Phrasebook.indonesian();
    private final Phrasebook english = Phrasebook.english();
    private final long seed;
    private final boolean declaresLanguage;

    public StoryCorpus(long seed) {
        this(seed, false);
    }

    private StoryCorpus(long seed, boolean declaresLanguage) {
        this.seed = seed;
        this.declaresLanguage = declaresLanguage;
    }

    /**
     * The same articles, each metadata block also naming its language ({@code Lang: id}), as the
     * header blocks {@code tilik add} writes do (and every article of the development sets); a
     * dateline article has no block and is written as before.
     */
    public StoryCorpus declaringLanguage() {
        return new StoryCorpus(seed, true);
    }

    /** Writes a folder to look at or to time by hand: {@code StoryCorpus DIR N [SEED]}. */
    public static void main(String[] args) throws IOException {
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        new StoryCorpus(seed).write(Path.of(args[0]), Integer.parseInt(args[1]));
    }

    /** Writes articles {@code 0 … n-1} into {@code folder} (created if needed); returns their paths in order. */
    public List<Path> write(Path folder, int n) throws IOException {
        Files.createDirectories(folder);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Random rnd = new Random(seed * 1_000_003L + i);
            Phrasebook pb = rnd.nextInt(6) == 0 ? english : indonesian;
            Phrasebook.Outlet outlet = pick(rnd, pb.outlets());
            Path file = folder.resolve(String.format(Locale.ROOT, "%03d_%s.txt", i, outlet.domain().replace('.', '_')));
            Files.writeString(file, article(rnd, pb, outlet), StandardCharsets.UTF_8);
            out.add(file);
        }
        return out;
    }

    /** The text of one article. */
    String article(Random rnd, Phrasebook pb, Phrasebook.Outlet outlet) {
        LocalDate published = STORY_START.plusDays(rnd.nextInt(STORY_DAYS + 1));
        String party;
        String kind;
        do {
            party = pick(rnd, VOICES);
            kind = pick(rnd, LEANINGS.get(party));
        } while (!pb.headlines().containsKey(kind));
        String headline = pick(rnd, pb.headlines().get(kind));
        List<String> body = new ArrayList<>();
        int statements = 4 + rnd.nextInt(6);
        for (int s = 0; s < statements; s++) {
            String p = pick(rnd, VOICES);
            body.add(line(rnd, pb, p, pick(rnd, LEANINGS.get(p)), published));
        }
        List<String> fillers = new ArrayList<>(pb.fillers());
        Collections.shuffle(fillers, rnd);
        body.addAll(fillers.subList(0, 2 + rnd.nextInt(2)));
        Collections.shuffle(body, rnd);
        body.add(0, line(rnd, pb, party, kind, published));
        StringBuilder text = new StringBuilder();
        if (outlet.hasHeader()) {
            List<String> h = pb.header();
            String date = "id".equals(pb.language())
                    ? published.getDayOfMonth() + " " + pb.months().get(published.getMonthValue() - 1) + " " + published.getYear()
                    : published.toString();
            text.append(h.get(0)).append(": ").append(headline).append('\n')
                    .append(h.get(1)).append(": ").append(date).append('\n')
                    .append(h.get(2)).append(": ").append(outlet.domain()).append('\n');
            if (declaresLanguage) {
                text.append("Lang: ").append(pb.language()).append('\n');
            }
            text.append('\n');
        } else {
            text.append(outlet.dateline());
        }
        for (int i = 0; i < body.size(); i++) {
            text.append(body.get(i));
            boolean samePara = i + 1 < body.size() && rnd.nextInt(3) == 0;
            text.append(samePara ? " " : "\n");
            if (!samePara && i > 0 && i + 1 < body.size() && rnd.nextInt(4) == 0) {
                text.append(pick(rnd, pb.inline()).replace("{H}", pick(rnd, pb.teasers()))).append('\n');
            }
        }
        if (rnd.nextBoolean()) {
            text.append(pb.related()).append('\n');
            for (int t = 2 + rnd.nextInt(4); t > 0; t--) {
                text.append("- ").append(pick(rnd, pb.teasers())).append('\n');
            }
        }
        return text.toString();
    }

    /** One line of {@code kind} by a speaker of {@code party}, dated up to three days before publication. */
    private static String line(Random rnd, Phrasebook pb, String party, String kind, LocalDate published) {
        LocalDate said = published.minusDays(rnd.nextInt(3));
        int weekday = said.getDayOfWeek().getValue() - 1;
        if (rnd.nextInt(15) == 0) {
            weekday = (weekday + 1) % 7; // a reporter's slip: the weekday does not match the date
        }
        String date = String.format(Locale.ROOT, pb.dateFormat(), pb.weekdays().get(weekday), said.getDayOfMonth(),
                said.getMonthValue(), pb.months().get(said.getMonthValue() - 1));
        String figureFormat = pick(rnd, pb.figures());
        String number = String.format(Locale.ROOT, "%,d", estimate(said)).replace(',', pb.grouping());
        String figure = figureFormat.contains("%s") ? String.format(Locale.ROOT, figureFormat, number) : figureFormat;
        return pick(rnd, pb.lines().get(kind))
                .replace("{S}", pick(rnd, pb.speakers().get(party)))
                .replace("{D}", date)
                .replace("{F}", figure);
    }

    /** The troop estimate going round on a day: it grows as the story goes on. */
    static int estimate(LocalDate day) {
        long d = day.toEpochDay() - STORY_START.toEpochDay();
        return d < 5 ? 1_500 : d < 10 ? 3_000 : d < 14 ? 10_000 : 12_000;
    }

    private static <T> T pick(Random rnd, List<T> from) {
        return from.get(rnd.nextInt(from.size()));
    }
}
