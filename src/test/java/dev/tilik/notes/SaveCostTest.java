package dev.tilik.notes;

import static dev.tilik.analysis.AnalysisFixtures.article;
import static dev.tilik.analysis.AnalysisFixtures.document;
import static dev.tilik.analysis.AnalysisFixtures.evidence;
import static dev.tilik.analysis.AnalysisFixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.tilik.analysis.Analysis;
import dev.tilik.findings.Evidence;
import dev.tilik.findings.Finding;
import dev.tilik.model.FindingType;
import dev.tilik.model.Severity;
import dev.tilik.model.Stance;
import dev.tilik.nlp.Document;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a save costs, counted (never timed), and the hang-up save never waiting behind one. */
class SaveCostTest {
    private static final Instant T0 = Instant.parse("2024-10-25T08:30:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
    private static final int ARTICLES = 40;
    private static final int PER_ARTICLE = 10;

    @TempDir
    Path dir;

    /** 40 articles of 10 statements; 60 findings each citing 20 statements: 1,200 cited, 400 held. */
    private static Analysis folder() {
        List<ArticleStatements> articles = new ArrayList<>();
        List<Document> docs = new ArrayList<>();
        List<Statement> all = new ArrayList<>();
        for (int a = 0; a < ARTICLES; a++) {
            StringBuilder text = new StringBuilder();
            if (a % 2 == 0) { // half the articles name their address in a header, half name none
                text.append("URL: https://example.org/").append(a).append("\n\n");
            }
            for (int i = 0; i < PER_ARTICLE; i++) {
                text.append("Kalimat ").append(a).append('-').append(i).append(" dikatakan. ");
            }
            Document doc = document(String.format("%03d.txt", a), text.toString(), null);
            List<Statement> ss = new ArrayList<>();
            for (int i = 0; i < PER_ARTICLE; i++) {
                ss.add(statement(doc, "s" + i, "Kalimat " + a + "-" + i + " dikatakan.", "Juru bicara", "DPRK",
                        Stance.DENY, "troops"));
            }
            docs.add(doc);
            all.addAll(ss);
            articles.add(article(doc, ss.toArray(Statement[]::new)));
        }
        List<Finding> findings = new ArrayList<>();
        for (int f = 0; f < 60; f++) {
            List<Evidence> ev = new ArrayList<>();
            for (int k = 0; k < 20; k++) {
                int i = (f * 7 + k * 19) % all.size();
                ev.add(evidence(docs.get(i / PER_ARTICLE), all.get(i), k % 2));
            }
            findings.add(new Finding("f" + f, FindingType.DENY_VS_ASSERT, Severity.HIGH, "test#f", "troops",
                    "finding " + f, "because", ev));
        }
        return new Analysis("articles", "rules", articles, findings, List.of());
    }

    @Test
    void aSaveReadsEachStatementOnceHoweverManyFindingsCiteIt() {
        Analysis analysis = folder();
        ReviewSession session = ReviewSession.fresh(analysis);
        for (Finding f : analysis.findings()) {
            session = session.withVerdict(f, Verdict.DIVERGENCE, T0); // each looks its 20 statements up
        }
        NoteStore store = NoteStore.open(dir.resolve("tilik-notes.json"), SaveSteps.REAL, CLOCK);
        assertThat(store.save(session).status()).isEqualTo(SaveResult.Status.SAVED);
        assertThat(store.save(session.withNote(analysis.findings().get(3), "later", T0)).status())
                .isEqualTo(SaveResult.Status.SAVED);
        assertThat(MarkdownExport.render(ReviewSession.fresh(analysis))).contains("finding 59"); // 1,200 more lookups

        // 2,400+ lookups by id; a scan per lookup would read ~200 statements for each.
        assertThat(analysis.statementsRead()).isEqualTo((long) ARTICLES * PER_ARTICLE);
    }

    /**
     * The first save of a session renders every finding, and every cited statement's line names its
     * article's address: each article's header is parsed once (with an address or without one), not
     * once or twice per statement cited from it — 1,200 cited here, from 40 articles.
     */
    @Test
    void theFirstSaveParsesEachCitedArticlesHeaderOnce() throws Exception {
        Analysis analysis = folder();
        ReviewSession session = ReviewSession.fresh(analysis).withVerdict(analysis.findings().get(0), Verdict.CONFIRMED, T0);
        NoteStore store = NoteStore.open(dir.resolve("tilik-notes.json"), SaveSteps.REAL, CLOCK);
        assertThat(store.save(session).status()).isEqualTo(SaveResult.Status.SAVED);

        long cited = analysis.findings().stream().mapToLong(f -> f.evidence().size()).sum();
        long files = analysis.findings().stream().flatMap(f -> f.evidence().stream()).map(Evidence::fileName)
                .distinct().count();
        assertThat(cited).isEqualTo(60 * 20);
        String md = Files.readString(dir.resolve("tilik-notes.md"));
        assertThat(md).contains("000.txt (<https://example.org/0>), Juru bicara", "001.txt, Juru bicara");
        assertThat(analysis.headersRead()).as("one parse per article cited, with an address or without")
                .isEqualTo(files);
        assertThat(stamped(MarkdownExport.render(session))).isEqualTo(md);
        assertThat(analysis.headersRead()).as("kept for the next rendering").isEqualTo(files);
    }

    /**
     * The save on quitting comes right after the autosave of the last verdict: it renders nothing and
     * looks no statement up; a save after one more verdict looks up only that finding's statements
     * (its section of the Markdown made again, the others kept) — counted, never timed.
     */
    @Test
    void aSaveTouchesOnlyWhatChangedSinceTheLastOne() throws Exception {
        Analysis.Reads reads = new Analysis.Reads();
        Analysis analysis = folder().counted(reads);
        List<Finding> findings = analysis.findings();
        ReviewSession autosaved = ReviewSession.fresh(analysis).withVerdict(findings.get(0), Verdict.CONFIRMED, T0);
        int[] renders = {0};
        MarkdownExport.Sections sections = new MarkdownExport.Sections();
        Path notes = dir.resolve("tilik-notes.json");
        NoteStore store = NoteStore.open(notes, SaveSteps.REAL, CLOCK, s -> {
            renders[0]++;
            return sections.render(s);
        });
        reads.reset();
        assertThat(store.save(autosaved).status()).isEqualTo(SaveResult.Status.SAVED);
        assertThat(reads.statementLookups()).as("the first save renders every finding").isGreaterThanOrEqualTo(60 * 20);

        reads.reset();
        ReviewSession quitting = new ReviewSession(analysis, new java.util.LinkedHashMap<>(autosaved.reviews())); // equal, not the same
        assertThat(store.save(quitting).status()).isEqualTo(SaveResult.Status.UNCHANGED);
        assertThat(renders[0]).as("the save on quitting renders nothing").isEqualTo(1);
        assertThat(reads.statementLookups()).isZero();
        assertThat(reads.articleLists()).isZero();

        ReviewSession oneMore = quitting.withVerdict(findings.get(7), Verdict.DIVERGENCE, T0);
        reads.reset();
        assertThat(store.save(oneMore).status()).isEqualTo(SaveResult.Status.SAVED);
        assertThat(reads.statementLookups()).as("only finding 8's 20 statements (its side and stance, its snapshot kept)")
                .isPositive().isLessThanOrEqualTo(2 * 20);
        String md = Files.readString(dir.resolve("tilik-notes.md"));
        assertThat(md).as("the same text as a whole rendering").isEqualTo(stamped(MarkdownExport.render(oneMore)));
        assertThat(store.saveLast(oneMore).status()).isEqualTo(SaveResult.Status.UNCHANGED);
        assertThat(renders[0]).isEqualTo(2);
    }

    /** A save that could not write its Markdown is not taken as done: the next save of the same notes writes it. */
    @Test
    void aSaveWhoseMarkdownFailedIsNotSkippedNextTime() throws Exception {
        Analysis analysis = folder();
        ReviewSession session = ReviewSession.fresh(analysis).withVerdict(analysis.findings().get(0), Verdict.CONFIRMED, T0);
        Path notes = dir.resolve("tilik-notes.json");
        Files.createDirectory(dir.resolve("tilik-notes.md")); // a folder where the Markdown goes: its write fails
        NoteStore store = NoteStore.open(notes, SaveSteps.REAL, CLOCK);
        SaveResult first = store.save(session);
        assertThat(first.status()).isEqualTo(SaveResult.Status.SAVED);
        assertThat(first.problems()).anySatisfy(p -> assertThat(p.message()).contains("Markdown rendering not written"));
        Files.delete(dir.resolve("tilik-notes.md"));
        store.save(session);
        assertThat(dir.resolve("tilik-notes.md")).isRegularFile();
    }

    @Test
    void theHangUpSaveDoesNotWaitForASaveStillRendering() throws Exception {
        Analysis analysis = folder();
        ReviewSession older = ReviewSession.fresh(analysis).withVerdict(analysis.findings().get(0), Verdict.CONFIRMED, T0);
        ReviewSession latest = older.withVerdict(analysis.findings().get(1), Verdict.DIVERGENCE, T0);
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        NoteStore store = NoteStore.open(dir.resolve("tilik-notes.json"), SaveSteps.REAL, CLOCK, s -> {
            if (s == older) { // the long save: held in its rendering until released
                rendering.countDown();
                await(release);
            }
            return MarkdownExport.render(s);
        });
        CompletableFuture<SaveResult> autosave = CompletableFuture.supplyAsync(() -> store.save(older));
        rendering.await();

        // Under one lock for the whole save this would wait for `release` forever.
        SaveResult last = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> store.saveLast(latest));
        assertThat(last.status()).isEqualTo(SaveResult.Status.SAVED);

        release.countDown();
        assertThat(autosave.get().status()).isEqualTo(SaveResult.Status.UNCHANGED); // overtaken: writes nothing
        assertThat(store.save(older).status()).isEqualTo(SaveResult.Status.UNCHANGED); // after the last save
        String json = Files.readString(dir.resolve("tilik-notes.json"));
        assertThat(json).contains("\"verdict\" : \"divergence\"", "\"verdict\" : \"confirmed\"");
        assertThat(NoteStore.open(dir.resolve("tilik-notes.json")).restore(analysis).verdict("f1"))
                .isEqualTo(Verdict.DIVERGENCE);
    }

    /**
     * A save that merges another reader's notes renders the merged Markdown; it must do so outside the
     * store's lock too, or the hang-up save waits behind a rendering that grows with the folder.
     */
    @Test
    void theHangUpSaveDoesNotWaitForAMergingSaveStillRendering() throws Exception {
        Analysis analysis = folder();
        Path notes = dir.resolve("tilik-notes.json");
        ReviewSession older = ReviewSession.fresh(analysis).withVerdict(analysis.findings().get(0), Verdict.CONFIRMED, T0);
        ReviewSession latest = older.withVerdict(analysis.findings().get(1), Verdict.DIVERGENCE, T0);
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean held = new java.util.concurrent.atomic.AtomicBoolean();
        NoteStore store = NoteStore.open(notes, SaveSteps.REAL, CLOCK, s -> {
            // the merged session's rendering (it holds the other reader's verdict on f3): held once
            if (s.verdict("f3") == Verdict.NEEDS_SOURCES && !s.reviews().containsKey("f1") && held.compareAndSet(false, true)) {
                rendering.countDown();
                await(release);
            }
            return MarkdownExport.render(s);
        });
        NoteStore.open(notes, SaveSteps.REAL, CLOCK).save(ReviewSession.fresh(analysis)
                .withVerdict(analysis.findings().get(3), Verdict.NEEDS_SOURCES, T0)); // another reader's save
        CompletableFuture<SaveResult> autosave = CompletableFuture.supplyAsync(() -> store.save(older));
        try {
            rendering.await();
            SaveResult last = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> store.saveLast(latest));
            assertThat(last.status()).isEqualTo(SaveResult.Status.SAVED);
        } finally {
            release.countDown();
        }
        assertThat(autosave.get().merged()).isNotNull();
        ReviewSession onDisk = NoteStore.open(notes).restore(analysis);
        assertThat(onDisk.verdict("f1")).isEqualTo(Verdict.DIVERGENCE);
        assertThat(onDisk.verdict("f3")).isEqualTo(Verdict.NEEDS_SOURCES);
        assertThat(read(dir.resolve("tilik-notes.md"))).as("the last save's Markdown, not the older one's")
                .contains("Verdict: **" + Verdict.DIVERGENCE.label() + "**", "Verdict: **" + Verdict.NEEDS_SOURCES.label() + "**");
    }

    @Test
    void theHangUpSaveWritesTheNotesBeforeItRendersTheMarkdown() {
        Analysis analysis = folder();
        ReviewSession latest = ReviewSession.fresh(analysis).withVerdict(analysis.findings().get(2), Verdict.CONFIRMED, T0);
        Path notes = dir.resolve("tilik-notes.json");
        List<String> onDiskWhileRendering = new ArrayList<>();
        NoteStore store = NoteStore.open(notes, SaveSteps.REAL, CLOCK, s -> {
            onDiskWhileRendering.add(Files.exists(notes) ? read(notes) : "");
            return MarkdownExport.render(s);
        });
        assertThat(store.saveLast(latest).status()).isEqualTo(SaveResult.Status.SAVED);
        assertThat(onDiskWhileRendering).singleElement().asString().contains("\"verdict\" : \"confirmed\"");
        assertThat(read(dir.resolve("tilik-notes.md"))).contains("finding 2");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The rendering as the note file's Markdown holds it: with the stamp that tells Tilik's text from a hand edit. */
    private static String stamped(String md) {
        return new String(NotesMarkdown.stamped(md.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
