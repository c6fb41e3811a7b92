package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.ingest.Article;
import dev.tilik.model.Stance;
import dev.tilik.nlp.Document;
import dev.tilik.nlp.LanguageGuess;
import dev.tilik.text.CharSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The propositions pass's first look before the split: one statement more, in neither of the propositions that move, must
 * not move them. The story's subject (claims written only in the folder's background words, here a blast's "leda", "korban",
 * "tni", "garut", "lokasi") grows in the first look to more than a fifth of the folder, and its centroid moves with every
 * statement that joins it: a proposition at the bar from it was taken or not by a statement anywhere, and the split after
 * scattered what was taken (docs/ACCURACY.md, branches h35gr and h36gr: a 23-member proposition at cosine 0.50023 on the
 * ammunition-blast story). A merge into such a proposition needs a margin above the bar there.
 */
class SubjectMarginTest {

    /** The subject's claims, by their words: each in article {@code i % 10}. */
    private static final String[][] SUBJECT = {
            {"lokasi", "tni"}, {"garut", "tni", "korban"}, {"korban", "leda", "garut"}, {"lokasi", "garut", "tni"},
            {"korban", "garut"}, {"korban", "leda", "lokasi"}, {"leda", "lokasi"}, {"tni", "garut", "leda"},
            {"leda", "garut", "lokasi"}, {"korban", "lokasi"}, {"leda", "garut", "korban"}};
    /** The victims' families' claims: in articles 1 and 4. */
    private static final String[][] FAMILIES = {{"korban", "keluarga"}, {"anak", "santunan"}};
    /** The one statement more, in article 9: a claim on the subject's words. */
    private static final String[] MORE = {"korban", "lokasi"};

    private record Claim(String file, String label, List<String> keys) {
    }

    /** The folder's claims, by article file and then in writing order; with {@link #MORE} when {@code more}. */
    private static List<Claim> folder(boolean more) {
        List<Claim> out = new ArrayList<>();
        for (int i = 0; i < SUBJECT.length; i++) {
            out.add(new Claim(file(i % 10), "s" + i, List.of(SUBJECT[i])));
        }
        for (int i = 0; i < FAMILIES.length; i++) {
            out.add(new Claim(file((i * 3 + 1) % 10), "p" + i, List.of(FAMILIES[i])));
        }
        // other claims of the story, two by two, to make a folder large enough to have a background
        for (int j = 0; out.size() < 44; j++) {
            out.add(new Claim(file(j % 10), "u" + j + "a", List.of("u" + j, "v" + j)));
            out.add(new Claim(file((j + 1) % 10), "u" + j + "b", List.of("u" + j, "v" + j)));
        }
        if (more) {
            out.add(new Claim(file(9), "more", List.of(MORE)));
        }
        return out;
    }

    private static String file(int article) {
        return String.format("%03d_a_id.txt", article);
    }

    /** The folder's grouping, as sets of the claims' labels (the statement more left out), after the pass's clustering. */
    private static Set<Set<String>> grouping(boolean more) {
        List<Claim> claims = folder(more);
        Map<String, List<Claim>> byFile = new TreeMap<>();
        claims.forEach(c -> byFile.computeIfAbsent(c.file(), f -> new ArrayList<>()).add(c));
        List<ArticleStatements> articles = new ArrayList<>();
        List<Statement> all = new ArrayList<>();
        List<Propositions.Read> reads = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        byFile.forEach((file, list) -> {
            Article a = new Article(file, "x", file, "UTF-8", List.of(), new CharSpan(0, 1), "Outlet", null, null, List.of());
            List<Statement> statements = new ArrayList<>();
            for (Claim c : list) {
                Statement s = new Statement(file + "#" + (statements.size() + 1), file, new CharSpan(0, 1), new CharSpan(0, 1), "Rudi",
                        null, null, "kata", null, false, null, Stance.ASSERT, null, List.of(), List.of());
                statements.add(s);
                all.add(s);
                reads.add(new Propositions.Read(c.keys().stream().map(k -> new ClaimWords.Word(k, k, false)).toList(), Set.of(),
                        false, Set.of(), Set.of()));
                labels.add(c.label());
            }
            articles.add(new ArticleStatements(new Document(a, new LanguageGuess("id", 1, 1), List.of(new CharSpan(0, 1))),
                    statements, List.of()));
        });
        Propositions.Clusters c = Propositions.cluster(articles, s -> null,
                new Propositions.Reads(all, reads.toArray(new Propositions.Read[0])));
        Map<PropositionGroup, Set<String>> groups = new IdentityHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            PropositionGroup g = c.groupOf()[i];
            if (g != null && !labels.get(i).equals("more")) {
                groups.computeIfAbsent(g, x -> new TreeSet<>()).add(labels.get(i));
            }
        }
        return Set.copyOf(groups.values().stream().map(Set::copyOf).toList());
    }

    @Test
    void oneStatementMoreInNeitherGroupDoesNotMoveTheGrouping() {
        Set<Set<String>> without = grouping(false);
        Set<Set<String>> with = grouping(true);
        assertThat(with).as("the statements both folders hold, grouped alike").isEqualTo(without);
    }

    @Test
    void theFolderHasABackgroundAndTheSubjectIsMoreThanAFifth() {
        // the case is the one the margin is for: a folder with a background (no word held by half its statements)
        Map<String, Integer> held = new HashMap<>();
        folder(true).forEach(c -> c.keys().forEach(k -> held.merge(k, 1, Integer::sum)));
        assertThat(folder(true)).hasSizeGreaterThanOrEqualTo(Propositions.BACKGROUND_FOLDER);
        assertThat(held.values()).allMatch(d -> d * 2 <= folder(true).size());
        assertThat(SUBJECT.length * 5).isGreaterThan(folder(true).size());
    }
}
