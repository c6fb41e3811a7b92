package dev.tilik.notes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.analysis.Analysis;
import dev.tilik.analysis.Analyzer;
import dev.tilik.findings.Finding;
import dev.tilik.ingest.Problem;
import dev.tilik.ingest.Progress;
import dev.tilik.model.FindingType;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import dev.tilik.rules.Rules;
import dev.tilik.rules.RulesLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a fact-checker finds in the note file after closing and reopening: a verdict taken back with
 * "unreviewed" is gone from it, and an article removed between two opens is named with the saved
 * reviews that cite it, those reviews kept.
 */
class ReviewsBetweenOpensTest {
    private static final Instant T0 = Instant.parse("2024-10-25T08:30:00Z");
    private static final Instant T1 = T0.plusSeconds(60);

    @TempDir
    Path dir;
    private Path articles;
    private Path notes;
    private Rules rules;

    @BeforeEach
    void copyTheSampleArticles() throws Exception {
        articles = Files.createDirectories(dir.resolve("articles"));
        try (Stream<Path> files = Files.list(Path.of("articles"))) {
            for (Path f : files.toList()) {
                Files.copy(f, articles.resolve(f.getFileName()));
            }
        }
        notes = dir.resolve("tilik-notes.json");
        rules = RulesLoader.load(Path.of("rules"));
    }

    private Analysis analyse() throws Exception {
        return new Analyzer().analyze(articles, rules, Progress.NONE);
    }

    private NoteStore open(Instant at) {
        return NoteStore.open(notes, SaveSteps.REAL, Clock.fixed(at, ZoneOffset.UTC));
    }

    private static Finding first(Analysis a, FindingType type) {
        return a.findings().stream().filter(f -> f.type() == type).findFirst().orElseThrow();
    }

    /** v then 1 on a finding whose verdict was the only thing saved: after save, quit and reopen, no verdict. */
    @Test
    void aVerdictTakenBackWithUnreviewedIsGoneAfterAReopen() throws Exception {
        Analysis analysis = analyse();
        Finding f = first(analysis, FindingType.DENY_VS_CONDITIONAL);
        open(T0).save(ReviewSession.fresh(analysis).withVerdict(f, Verdict.CONFIRMED, T0));
        assertThat(Files.readString(notes, StandardCharsets.UTF_8)).contains("\"confirmed\"");

        NoteStore second = open(T1);
        ReviewSession reopened = second.restore(analyse());
        assertThat(reopened.verdict(f.id())).isEqualTo(Verdict.CONFIRMED);
        SaveResult cleared = second.save(reopened.withVerdict(f, Verdict.UNREVIEWED, T1));
        assertThat(cleared.status()).isEqualTo(SaveResult.Status.SAVED);

        assertThat(Files.readString(notes, StandardCharsets.UTF_8)).doesNotContain("confirmed").contains("\"findings\" : [ ]");
        assertThat(Files.readString(NotePaths.markdown(notes), StandardCharsets.UTF_8))
                .contains("0 reviewed").doesNotContain("**confirmed**");
        ReviewSession third = open(T1.plusSeconds(60)).restore(analyse());
        assertThat(third.verdict(f.id())).isEqualTo(Verdict.UNREVIEWED);
        assertThat(third.reviewed(f.id())).isFalse();
        assertThat(third.reviews()).isEmpty();
    }

    /** A note and a rating outlive the verdict taken back: the finding reads "no verdict yet", not unreviewed. */
    @Test
    void aVerdictTakenBackKeepsTheNoteBesideIt() throws Exception {
        Analysis analysis = analyse();
        Finding f = first(analysis, FindingType.DENY_VS_CONDITIONAL);
        NoteStore store = open(T0);
        ReviewSession s = ReviewSession.fresh(analysis).withVerdict(f, Verdict.CONFIRMED, T0).withNote(f, "ask the envoy", T0);
        store.save(s);
        store.save(s.withVerdict(f, Verdict.UNREVIEWED, T1));
        ReviewSession reopened = open(T1).restore(analyse());
        assertThat(reopened.verdict(f.id())).isEqualTo(Verdict.UNREVIEWED);
        assertThat(reopened.note(f.id())).isEqualTo("ask the envoy");
        assertThat(reopened.verdictLabel(f.id())).isEqualTo("no verdict yet");
    }

    /** An article removed and another edited between two opens: both named, the verdict on the removed one's finding kept. */
    @Test
    void anArticleRemovedBetweenTwoOpensIsNamedWithTheReviewsThatCiteIt() throws Exception {
        Analysis before = analyse();
        Finding f = first(before, FindingType.DENY_VS_CONDITIONAL);
        open(T0).save(ReviewSession.fresh(before).withVerdict(f, Verdict.CONFIRMED, T0).withNote(f, "checked", T0));
        String gone = f.evidence().get(f.evidence().size() - 1).fileName();
        String kept = f.evidence().stream().map(e -> e.fileName()).filter(n -> !n.equals(gone)).findFirst().orElseThrow();
        Files.delete(articles.resolve(gone));
        Files.writeString(articles.resolve(kept), Files.readString(articles.resolve(kept), StandardCharsets.UTF_8)
                + "\nParagraf tambahan.\n", StandardCharsets.UTF_8);

        Analysis after = analyse();
        NoteStore store = open(T1);
        assertThat(store.changedArticles(after)).extracting(Problem::toString)
                .anySatisfy(p -> assertThat(p).contains(gone).contains("no longer in the folder, cited by 1 saved review"))
                .anySatisfy(p -> assertThat(p).contains(kept).contains("changed since the notes were saved"));
        ReviewSession reopened = store.restore(after);
        assertThat(reopened.orphans()).singleElement().satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.CONFIRMED);
            assertThat(r.note()).isEqualTo("checked");
        });
        store.save(reopened);
        assertThat(Files.readString(notes, StandardCharsets.UTF_8)).contains("\"confirmed\"").contains("checked");
    }

    /** Nothing to say when every article a review cites is still there. */
    @Test
    void anUntouchedFolderSaysNothing() throws Exception {
        Analysis analysis = analyse();
        Finding f = first(analysis, FindingType.DENY_VS_CONDITIONAL);
        open(T0).save(ReviewSession.fresh(analysis).withVerdict(f, Verdict.CONFIRMED, T0));
        assertThat(open(T1).changedArticles(analyse())).isEmpty();
    }
}
