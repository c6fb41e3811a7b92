package dev.tilik.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar in a real terminal (tmux): what a fact-checker does over SSH, checked on screen
 * and in the note file.
 */
class TuiEndToEndIT {
    private static final Duration START = Duration.ofSeconds(60);
    private static final String FIRST_FINDING = "deny vs conditional";

    private static Path jar;
    private static Path articles;

    @TempDir
    Path tmp;

    @BeforeAll
    static void locate() {
        jar = Reader.jar();
        articles = Reader.articles();
        assumeTrue(Tmux.available(), "tmux is not installed (.ci/run installs it)");
    }

    private String command(Path notes, String... extra) {
        return Reader.command(tmp, notes, "", extra);
    }

    /** Starts the reader on the samples and waits for its first finding. */
    private Tmux openReader(int width, int height, Path notes) {
        Tmux t = Tmux.start(width, height, command(notes));
        t.waitFor("the first finding", s -> s.contains(FIRST_FINDING), START);
        return t;
    }

    /** Opens the verdict menu, picks a verdict by digit and waits until the finding's header shows it. */
    static void chooseVerdict(Tmux t, String digit, String label) {
        t.press("v");
        t.waitForText("needs sources");
        t.press(digit);
        t.waitFor("the verdict in the finding header", s -> s.contains("HIGH \u00B7 " + label), Tmux.DEFAULT_WAIT);
    }

    private static void openNoteEditor(Tmux t) {
        t.press("e");
        t.waitFor("the note editor", s -> s.toLowerCase().contains("note"), Tmux.DEFAULT_WAIT);
    }

    static void quit(Tmux t) {
        t.press("q");
        assertThat(t.waitForExit(Tmux.DEFAULT_WAIT)).isZero();
    }

    @Test
    void verdictAndNoteReachTheNoteFile() throws IOException {
        Path notes = tmp.resolve("notes.json");
        try (Tmux t = openReader(100, 30, notes)) {
            chooseVerdict(t, "2", "confirmed");
            openNoteEditor(t);
            t.type("Checked against the AFP wire");
            t.press("Enter");
            t.waitForText("Checked against the AFP wire");
            quit(t);
        }
        JsonNode review = reviewWithNote(notes, "Checked against the AFP wire");
        assertThat(review.get("verdict").asText()).isEqualTo("confirmed");
        assertThat(review.get("type").asText()).isEqualTo("deny_vs_conditional");
        assertThat(tmp.resolve("notes.md")).content(StandardCharsets.UTF_8).contains("Checked against the AFP wire");
    }

    /** Issue 11 row 1: the pasted lines used to run as keys (verdict changed, reader quit). */
    @Test
    void aMultiLinePasteIntoTheNoteEditorIsKeptAsText() throws IOException {
        pasteIntoANoteAfterAVerdict(100, 30, t -> t.paste("source: x\nv1\nq\n"), "source: x v1 q");
    }

    /**
     * The same paste from a terminal that does not bracket pastes: each line break arrives as Enter
     * with the rest of the paste behind it, and stays in the note as a space (it used to save the
     * first line and run {@code v}, {@code 1}: the verdict reset to unreviewed).
     */
    @Test
    void anUnmarkedMultiLinePasteStaysInTheNoteEditor() throws IOException {
        pasteIntoANoteAfterAVerdict(80, 24, t -> t.press("End").pasteUnmarked(" sumber:\nversi 1 dari BNPB\nv1\nq"),
                "sumber: versi 1 dari BNPB v1 q");
    }

    /** Verdict 2, the note editor, {@code paste}; the paste must be the note, the verdict unchanged. */
    private void pasteIntoANoteAfterAVerdict(int width, int height, java.util.function.Consumer<Tmux> paste, String note)
            throws IOException {
        Path notes = tmp.resolve("notes.json");
        try (Tmux t = openReader(width, height, notes)) {
            chooseVerdict(t, "2", "confirmed");
            openNoteEditor(t);
            paste.accept(t);
            t.waitForText(note);
            t.press("Enter");
            t.waitFor("the note saved", s -> s.contains("note saved"), Tmux.DEFAULT_WAIT);
            assertThat(t.screen()).contains("HIGH \u00B7 confirmed").doesNotContain("[exited");
            quit(t);
        }
        JsonNode review = reviewWithNote(notes, note);
        assertThat(review.get("verdict").asText()).isEqualTo("confirmed");
    }

    /** The checklist's 100 KB paste: cut to the note limit with a word, nothing run as keys, the reader alive. */
    @Test
    void aHundredKilobytePasteIsCutToTheNoteLimitAndSaid() throws IOException {
        Path notes = tmp.resolve("notes.json");
        Path big = tmp.resolve("paste.txt");
        Files.writeString(big, ("v1q\n" + "x".repeat(95) + "\n").repeat(1000)); // 100,000 characters
        try (Tmux t = openReader(100, 30, notes)) {
            chooseVerdict(t, "2", "confirmed");
            openNoteEditor(t);
            t.pasteFile(big);
            t.waitFor("the limit said", s -> s.contains("of the 100,000 pasted characters left out"), Tmux.DEFAULT_WAIT);
            t.press("Enter");
            t.waitFor("the note saved at its limit", s -> s.contains("note saved, at its limit"), Tmux.DEFAULT_WAIT);
            assertThat(t.screen()).contains("HIGH \u00B7 confirmed").doesNotContain("[exited");
            quit(t);
        }
        JsonNode review = new ObjectMapper().readTree(notes.toFile()).get("findings").get(0);
        assertThat(review.get("verdict").asText()).isEqualTo("confirmed");
        assertThat(review.get("note").asText()).isEqualTo(("v1q " + "x".repeat(95) + " ").repeat(40).strip());
    }

    /**
     * The claim rating the ClaimReview export carries, chosen in the reader at 80×24: r and a digit,
     * shown beside the verdict, in the note file at once, and again on a reopen at 200×60.
     */
    @Test
    void aRatingChosenInTheReaderReachesTheNoteFileAndComesBack() throws IOException {
        Path notes = tmp.resolve("notes.json");
        try (Tmux t = openReader(80, 24, notes)) {
            chooseVerdict(t, "2", "confirmed");
            t.press("r");
            t.waitForText("Tidak dapat diverifikasi");
            t.press("4");
            t.waitFor("the rating beside the verdict", s -> s.contains("Verdict confirmed  Rating Salah"),
                    Tmux.DEFAULT_WAIT);
            await("the rating in the note file").atMost(Tmux.DEFAULT_WAIT)
                    .until(() -> Files.exists(notes) && Files.readString(notes).contains("\"rating\" : \"salah\""));
            quit(t);
        }
        try (Tmux t = Tmux.start(200, 60, command(notes))) {
            t.waitFor("the reopened reader", s -> s.contains("resumed at finding 2, after the last you reviewed"), START);
            t.press("p");
            t.waitFor("the rating again", s -> s.contains("Verdict confirmed  Rating Salah"), Tmux.DEFAULT_WAIT);
            quit(t);
        }
        assertThat(tmp.resolve("notes.md")).content(StandardCharsets.UTF_8).contains("Rating: Salah");
    }

    /** v 2 Q typed at once (Q for quit): the verdict's save was cut off by the exit, two runs in three. */
    @Test
    void qRightAfterAVerdictKeepsTheVerdict() throws IOException {
        Path notes = tmp.resolve("notes.json");
        try (Tmux t = openReader(80, 24, notes)) {
            t.press("v");
            t.waitForText("needs sources");
            t.press("2");
            t.press("Q");
            assertThat(t.waitForExit(Tmux.DEFAULT_WAIT)).isZero();
        }
        assertThat(Reader.verdicts(notes)).containsExactly("confirmed");
    }

    @Test
    void reopeningRestoresTheVerdictAndGoesOnAtTheFirstUnreviewedFinding() throws IOException {
        Path notes = tmp.resolve("notes.json");
        try (Tmux t = openReader(100, 30, notes)) {
            chooseVerdict(t, "3", "divergence");
            quit(t);
        }
        try (Tmux t = Tmux.start(100, 30, command(notes))) {
            t.waitFor("the reader going on at the first unreviewed finding",
                    s -> s.contains("Finding 2/") && s.contains("resumed at finding 2, after the last you reviewed"), START);
            t.press("p");
            t.waitFor("the first finding with its verdict", s -> s.contains(FIRST_FINDING)
                    && s.contains("HIGH \u00B7 divergence"), Tmux.DEFAULT_WAIT);
            quit(t);
        }
    }

    /**
     * v 1 after a verdict takes it back: the note file then holds no verdict, and a reopen shows the
     * finding unreviewed and opens on it (nothing is recorded on it any more).
     */
    @Test
    void aVerdictTakenBackWithV1StaysGoneAfterQuitAndReopen() throws IOException {
        Path notes = tmp.resolve("notes.json");
        try (Tmux t = openReader(80, 24, notes)) {
            chooseVerdict(t, "2", "confirmed");
            quit(t);
        }
        assertThat(Reader.verdicts(notes)).containsExactly("confirmed");
        try (Tmux t = Tmux.start(80, 24, command(notes))) {
            t.waitFor("the reader going on at the first unreviewed finding", s -> s.contains("Finding 2/"), START);
            t.press("p");
            t.waitFor("the first finding with its verdict", s -> s.contains("HIGH \u00B7 confirmed"), Tmux.DEFAULT_WAIT);
            chooseVerdict(t, "1", "unreviewed");
            quit(t);
        }
        assertThat(Reader.verdicts(notes)).isEmpty();
        assertThat(tmp.resolve("notes.md")).content(StandardCharsets.UTF_8).doesNotContain("**confirmed**");
        try (Tmux t = Tmux.start(80, 24, command(notes))) {
            t.waitFor("the first finding, unreviewed", s -> s.contains(FIRST_FINDING) && s.contains("HIGH \u00B7 unreviewed")
                    && s.contains("reviewed 0/"), START);
            quit(t);
        }
    }

    /**
     * Keys typed while a folder loads wait and run on the findings: {@code n v 2} typed on the loading
     * screen used to be dropped without a word, the reader opening on the first finding unreviewed.
     * The folder is the samples many times over, so the load lasts long enough to type into.
     */
    @Test
    void keysTypedWhileLoadingRunOnTheFindingsWhenTheyShow() throws IOException {
        Path big = bigFolder();
        Path notes = tmp.resolve("notes.json");
        try (Tmux t = Tmux.start(80, 24, Reader.command(tmp, notes, "", big))) {
            t.waitFor("the loading screen", s -> s.contains("Loading and analysing"), START);
            t.press("n", "v", "2");
            t.waitFor("the keys said to wait", s -> s.contains("Keys typed: n v 2") && s.contains("they run when the findings show"),
                    Tmux.DEFAULT_WAIT);
            t.waitFor("the second finding with the verdict typed ahead", s -> s.contains("Finding 2/")
                    && s.contains("\u00B7 confirmed ") && s.contains("reviewed 1/"), Duration.ofSeconds(180));
            await("the verdict in the note file").atMost(Tmux.DEFAULT_WAIT)
                    .until(() -> Reader.verdicts(notes).equals(List.of("confirmed")));
            quit(t);
        }
    }

    /**
     * A connection dropped while keys typed ahead wait for the load used to lose them: the verdict
     * and the note typed on the loading screen never reached the note file. The hang-up save now
     * waits for the load (bounded) and runs them first.
     */
    @Test
    void hangUpWhileLoadingKeepsTheVerdictAndNoteTypedAhead() throws IOException {
        Path big = bigFolder();
        Path notes = tmp.resolve("notes.json");
        Tmux t = Tmux.start(80, 24, Reader.command(tmp, notes, "", big));
        String pid;
        try {
            t.waitFor("the loading screen", s -> s.contains("Loading and analysing"), START);
            t.press("v", "2", "e");
            t.type("Tanya KPU");
            t.waitFor("the keys said to wait", s -> s.contains("Keys typed: v 2 e") && s.contains("they run when the findings show")
                    && s.contains("Loading and analysing"), Tmux.DEFAULT_WAIT);
            pid = String.valueOf(Reader.pid(notes));
        } finally {
            t.close(); // SIGHUP before the load ends, as on a dropped SSH connection
        }
        await("the verdict and the note typed ahead on disk").atMost(Duration.ofSeconds(240))
                .until(() -> Reader.verdicts(notes).equals(List.of("confirmed"))
                        && Files.readString(notes).contains("Tanya KPU"));
        await("the reader to exit after the hang-up").atMost(Tmux.DEFAULT_WAIT)
                .until(() -> !Files.exists(Path.of("/proc", pid)));
    }

    /**
     * However long the load, nothing typed ahead is lost: the hang-up save waits two minutes at
     * most, and a kill does not wait at all. The keys are journalled beside the note file as they
     * come; a reader killed during its load (the same as a load that outlasts the hang-up save)
     * left them there, and the next opening runs them where they were meant to go and says so on its
     * first frame. On main's jar the second reader opened on nothing reviewed and said nothing.
     */
    @Test
    void aKillDuringTheLoadLosesNoKeyTypedAheadAndTheNextOpeningSaysWhatItRecovered() throws Exception {
        Path big = bigFolder();
        Path notes = tmp.resolve("notes.json");
        try (Tmux t = Tmux.start(80, 24, Reader.command(tmp, notes, "", big))) {
            t.waitFor("the loading screen", s -> s.contains("Loading and analysing"), START);
            t.press("v", "2", "e");
            t.type("Tanya KPU");
            t.waitFor("the keys said to wait", s -> s.contains("Keys typed: v 2 e") && s.contains("Loading and analysing"),
                    Tmux.DEFAULT_WAIT);
            long pid = Reader.pid(notes);
            Path journal = tmp.resolve(".notes.json.typed-ahead-" + pid);
            await("the twelve keys in the journal").atMost(Tmux.DEFAULT_WAIT)
                    .until(() -> Files.exists(journal) && Files.readAllLines(journal).size() == 13);
            Reader.run("kill", "-KILL", Long.toString(pid));
            t.waitFor("the reader killed", s -> s.contains("[exited 137]"), Tmux.DEFAULT_WAIT);
        }
        assertThat(notes).as("nothing was saved before the kill").doesNotExist();
        try (Tmux t = Tmux.start(80, 24, Reader.command(tmp, notes, "", big))) {
            String first = t.waitFor("the first finding frame", s -> s.contains("reviewed "), Duration.ofSeconds(180));
            assertThat(first).contains("recovered 1 verdict and 1 note typed ahead at ").contains("reviewed 1/")
                    .contains("\u00B7 confirmed");
            await("the verdict and the note recovered on disk").atMost(Tmux.DEFAULT_WAIT)
                    .until(() -> Reader.verdicts(notes).equals(List.of("confirmed"))
                            && Files.readString(notes).contains("Tanya KPU"));
            quit(t);
        }
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("the journal went once saved")
                    .noneMatch(n -> n.contains("typed-ahead"));
        }
    }

    /**
     * Two readers on one folder were told only at the second one's first save, if the saves met.
     * The second is told on its first frame (the first holds a lock file beside the notes), reads
     * and saves as before; the lock goes with its reader.
     */
    /**
     * Round forty (h40ux): a paragraph written into the Markdown rendering beside the notes, between two verdicts, went
     * with the second one, unsaid. It is kept in a copy now, and the status line names it (80×24, the reviewer's steps).
     */
    @Test
    void aParagraphWrittenIntoTheMarkdownIsKeptInACopyByTheNextVerdictAndSaid() throws IOException {
        Path notes = tmp.resolve("notes.json");
        Path md = tmp.resolve("notes.md");
        String mine;
        try (Tmux t = openReader(80, 24, notes)) {
            chooseVerdict(t, "2", "confirmed");
            await().atMost(10, TimeUnit.SECONDS).until(() -> Files.exists(md)
                    && Files.readString(md, StandardCharsets.UTF_8).contains("confirmed"));
            mine = Files.readString(md, StandardCharsets.UTF_8) + "\n## Draf saya\n\nDua sumber, dua angka.\n";
            Files.writeString(md, mine, StandardCharsets.UTF_8);
            chooseVerdict(t, "3", "divergence");
            String screen = t.waitFor("the copy named", s -> s.replaceAll("\\s+", " ").contains("that text is kept in"),
                    Tmux.DEFAULT_WAIT);
            assertThat(screen.replaceAll("\\s+", " ")).contains("notes.md: held text Tilik did not write");
            quit(t);
        }
        try (java.util.stream.Stream<Path> all = Files.list(tmp)) {
            List<Path> kept = all.filter(p -> p.getFileName().toString().startsWith("notes.edited-")).toList();
            assertThat(kept).singleElement().satisfies(p -> assertThat(p).content(StandardCharsets.UTF_8).isEqualTo(mine));
        }
        assertThat(md).content(StandardCharsets.UTF_8).contains("divergence").doesNotContain("Draf saya");
    }

    @Test
    void aSecondReaderOnTheSameNotesIsToldOnItsFirstFrame() throws Exception {
        Path notes = tmp.resolve("notes.json");
        try (Tmux first = openReader(100, 30, notes)) {
            long pid = Reader.pid(notes);
            assertThat(tmp.resolve(".notes.json.lock")).content().contains("\"pid\":" + pid);
            try (Tmux second = Tmux.start(80, 24, command(notes))) {
                String screen = second.waitFor("the second reader's first finding", s -> s.contains("reviewed 0/"), START);
                assertThat(screen.replaceAll("\\s+", " ")).contains("another reader has these notes open (pid " + pid);
                chooseVerdict(second, "2", "confirmed");
                quit(second);
            }
            assertThat(Reader.verdicts(notes)).containsExactly("confirmed");
            quit(first);
        }
        assertThat(tmp.resolve(".notes.json.lock")).as("gone with its reader").doesNotExist();
    }

    /**
     * Two windows on one folder, each giving a verdict on another finding: both verdicts are in the
     * note file (no conflict copy), and each window shows the other's within a few seconds.
     */
    @Test
    void twoReadersVerdictsAreBothKeptAndEachWindowShowsTheOthers() throws Exception {
        Path notes = tmp.resolve("notes.json");
        try (Tmux first = openReader(100, 30, notes)) {
            try (Tmux second = Tmux.start(100, 30, command(notes))) {
                second.waitFor("the second reader's first finding", s -> s.contains("reviewed 0/"), START);
                second.press("n");
                second.waitFor("the second finding", s -> s.contains("Finding 2/"), Tmux.DEFAULT_WAIT);
                chooseVerdict(second, "3", "divergence");
                chooseVerdict(first, "2", "confirmed");
                first.waitFor("the other window's verdict merged in", s -> s.contains("reviewed 2/"), START);
                second.waitFor("the other window's verdict shown", s -> s.contains("reviewed 2/"), START);
                second.press("p");
                second.waitFor("the first window's verdict on finding 1",
                        s -> s.contains("Finding 1/") && s.contains("HIGH \u00B7 confirmed"), Tmux.DEFAULT_WAIT);
                quit(second);
            }
            quit(first);
        }
        assertThat(Reader.verdicts(notes)).containsExactlyInAnyOrder("confirmed", "divergence");
        assertThat(dev.tilik.notes.NotePaths.sideFiles(notes)).isEmpty();
    }

    /**
     * A verdict set aside (two readers chose differently; a merge kept the later) shows in both windows of two
     * readers under the verdict kept, and b in one window takes it back, which the other window then shows, the
     * verdict it replaced set aside in its turn. The set-aside entry is written into the note file as a merge
     * writes it: two windows' keys pressed together did not make a conflict reliably under load, the second
     * reader's watch taking the first verdict in before its key was read (the merge itself: NoteStoreTest).
     */
    @Test
    void aVerdictSetAsideShowsInBothReadersWindowsAndBTakesItBack() throws Exception {
        Path notes = tmp.resolve("notes.json");
        try (Tmux t = openReader(100, 30, notes)) {
            chooseVerdict(t, "2", "confirmed");
            quit(t);
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode root = json.readTree(notes.toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) root.path("findings").get(0)).putArray("setAside").addObject()
                .put("field", "verdict").put("value", "needs_sources").put("instead", "confirmed")
                .put("chosen", "2024-10-25T07:42:00Z");
        json.writerWithDefaultPrettyPrinter().writeValue(notes.toFile(), root);
        try (Tmux first = Tmux.start(100, 30, command(notes))) {
            try (Tmux second = Tmux.start(80, 24, command(notes))) {
                for (Tmux t : new Tmux[] {first, second}) {
                    t.waitFor("the reader, on finding 2", s -> s.contains("Finding 2/"), START);
                    t.press("p");
                    t.waitFor("the verdict set aside, under the one kept", s -> s.contains("Verdict confirmed")
                            && s.contains("Set aside: verdict \u201Cneeds sources\u201D") && s.contains("b takes it back"),
                            Tmux.DEFAULT_WAIT);
                }
                first.press("b");
                // the verdict row, not the status line: the other reader's "your saves and theirs are merged"
                // notice may take the status line first
                first.waitFor("taken back", s -> s.contains("Verdict needs sources")
                        && s.contains("Set aside: verdict \u201Cconfirmed\u201D"), Tmux.DEFAULT_WAIT);
                second.waitFor("the other window's take-back shown", s -> s.contains("Verdict needs sources")
                        && s.contains("Set aside: verdict \u201Cconfirmed\u201D"), START);
                quit(second);
            }
            quit(first);
        }
        assertThat(Reader.verdicts(notes)).containsExactly("needs_sources");
        assertThat(Files.readString(notes, StandardCharsets.UTF_8)).contains("\"setAside\"", "\"value\" : \"confirmed\"")
                .doesNotContain("[conflict");
        assertThat(dev.tilik.notes.NotePaths.sideFiles(notes)).isEmpty();
    }

    /** The samples thirty times over: a folder whose load lasts long enough to type into. */
    private Path bigFolder() throws IOException {
        Path big = tmp.resolve("big");
        Files.createDirectories(big);
        try (var files = Files.list(articles)) {
            for (Path a : files.toList()) {
                String text = Files.readString(a, StandardCharsets.UTF_8);
                for (int i = 0; i < 30; i++) {
                    Files.writeString(big.resolve(i + "_" + a.getFileName()), text + "\nSalinan " + i + ".\n",
                            StandardCharsets.UTF_8);
                }
            }
        }
        return big;
    }

    @Test
    void fitsAt80x24And200x60AndSurvivesResizes() {
        Path notes = tmp.resolve("notes.json");
        try (Tmux t = openReader(80, 24, notes)) {
            String small = t.screen();
            assertLinesFit(small, 80);
            t.resize(200, 60);
            String big = t.waitFor("a re-layout at 200 columns", s -> s.contains(FIRST_FINDING) && widest(s) > 120,
                    Tmux.DEFAULT_WAIT);
            assertLinesFit(big, 200);
            t.resize(30, 8);
            t.waitFor("the too-small message", s -> s.toLowerCase().contains("too small"), Tmux.DEFAULT_WAIT);
            t.resize(100, 30);
            t.waitFor("the finding again", s -> s.contains(FIRST_FINDING), Tmux.DEFAULT_WAIT);
            quit(t);
        }
    }

    /**
     * Emoji in article text were drawn as 〓 (Lanterna writes half a surrogate pair at a time): the
     * terminal gets the emoji now, sequences as what keeps their two columns, and the panes' border
     * stays in one column on every row.
     */
    @Test
    void emojiInArticlesAreDrawnAndKeepTheBorderInItsColumn() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("story").resolve("articles"));
        String emoji = " \uD83D\uDE00 \uD83D\uDC4D\uD83C\uDFFD \uD83C\uDDEE\uD83C\uDDE9 \u2764\uFE0F "
                + "\uD83D\uDC69\u200D\uD83D\uDCBB \u5317";
        for (String source : new String[] {"Kabar Desa", "Warta Kita"}) {
            Files.writeString(folder.resolve(source.replace(' ', '_') + ".txt"), "title: Banjir Surut" + emoji
                    + "\nsource: " + source + "\n\nKepala desa mengatakan banjir sudah surut" + emoji + ".\n", StandardCharsets.UTF_8);
        }
        try (Tmux t = Tmux.start(100, 30, Reader.command(tmp, tmp.resolve("notes.json"), "", folder))) {
            String screen = t.waitFor("the articles", s -> s.contains("2 articles") && s.contains("Kepala desa"), START);
            assertThat(screen).contains("\uD83D\uDE00 \uD83D\uDC4D ID \u2764  \uD83D\uDC69 \u5317").doesNotContain("\u3013");
            List<Integer> borders = new ArrayList<>();
            for (String row : screen.lines().toList()) {
                assertThat(dev.tilik.text.Columns.width(row.stripTrailing())).as(row).isLessThanOrEqualTo(100);
                int bar = row.indexOf('\u2502');
                if (bar > 0 && !row.contains("reviewed")) { // the status bar has its own
                    borders.add(dev.tilik.text.Columns.width(row.substring(0, bar)));
                }
            }
            assertThat(borders).as("the border's column on each row\n%s", screen).hasSizeGreaterThan(5)
                    .allMatch(borders.get(0)::equals);
            quit(t);
        }
    }

    /** Issue 11 row 2: scrolling in a 1×1 window ended the reader with ArrayIndexOutOfBoundsException. */
    @Test
    void scrollingInATinyWindowAndBackDoesNotCrash() {
        Path notes = tmp.resolve("notes.json");
        try (Tmux t = openReader(100, 30, notes)) {
            // Each size is waited for on screen before its keys go: the keys used to race the resize,
            // and the way back to 100×30 could end at the size the reader last knew, leaving it blank.
            t.resize(1, 1);
            t.waitFor("the reader at 1×1", s -> s.strip().equals("T"), Tmux.DEFAULT_WAIT);
            t.press("G", "j");
            t.resize(20, 5);
            t.waitFor("the reader at 20×5", s -> s.contains("(20\u00D75)"), Tmux.DEFAULT_WAIT);
            t.press("G", "j");
            t.resize(100, 30);
            t.waitFor("the finding again", s -> s.contains(FIRST_FINDING) && s.contains("reviewed 0/"), Tmux.DEFAULT_WAIT);
            t.press("j");
            t.waitFor("the finding after j", s -> s.contains(FIRST_FINDING), Tmux.DEFAULT_WAIT);
            assertThat(t.screen()).doesNotContain("[exited");
            quit(t);
        }
    }

    /**
     * A window shrunk to 1×1 and grown back to its size faster than the reader answered the
     * signals: Lanterna saw the size it knew and told nobody, the terminal had cut the screen, and
     * the reader's next frames painted only the cells they changed over a blank screen (the flaky
     * {@link #scrollingInATinyWindowAndBackDoesNotCrash} met it). Every resize signal now redraws.
     */
    @Test
    void aResizeStormThatEndsWhereItBeganRedrawsTheWholeScreen() {
        Path notes = tmp.resolve("notes.json");
        try (Tmux t = openReader(100, 30, notes)) {
            for (int i = 0; i < 3; i++) {
                t.resizeStorm(new int[] {1, 1}, new int[] {20, 5}, new int[] {100, 30});
                t.waitFor("the whole screen drawn again", s -> s.contains("Tilik \u00B7") && s.contains(FIRST_FINDING)
                        && s.contains("reviewed 0/"), Tmux.DEFAULT_WAIT);
            }
            quit(t);
        }
    }

    /**
     * Esc pressed and the window resized at once (a menu closed, then the window maximised or a tmux
     * pane zoomed): Lanterna asked the terminal its size by a cursor report, the report ran into the
     * Esc before it, and the size read was a few columns by one row: the reader showed "Terminal"
     * alone until the next resize. After a resize signal the size is now the tty's ({@code stty size}).
     */
    @Test
    void anEscJustBeforeAResizeDoesNotShrinkTheReaderToOneRow() {
        Path notes = tmp.resolve("notes.json");
        try (Tmux t = openReader(80, 24, notes)) {
            for (int i = 0; i < 3; i++) {
                t.resize(200, 60);
                t.waitFor("a re-layout at 200 columns", s -> s.contains("Tilik \u00B7") && widest(s) > 120
                        && s.contains("reviewed 0/"), Tmux.DEFAULT_WAIT);
                t.press("Escape");
                t.resize(80, 24);
                String small = t.waitFor("the whole reader at 80×24", s -> s.contains("Tilik \u00B7")
                        && s.contains("reviewed 0/") && widest(s) <= 80, Tmux.DEFAULT_WAIT);
                assertThat(small).doesNotContain("too small");
            }
            quit(t);
        }
    }

    @Test
    void ctrlCSavesAndRestoresTheTerminal() throws IOException {
        Path notes = tmp.resolve("notes.json");
        String cmd = "stty -g > '" + tmp.resolve("stty.before") + "'; " + command(notes)
                + "; code=$?; stty -g > '" + tmp.resolve("stty.after") + "'; (exit $code)";
        try (Tmux t = Tmux.start(100, 30, cmd)) {
            t.waitFor("the first finding", s -> s.contains(FIRST_FINDING), START);
            t.press("v");
            t.waitForText("needs sources");
            t.press("5");
            t.press("C-c");
            assertThat(t.waitForExit(Tmux.DEFAULT_WAIT)).as("Ctrl-C is quit, not Lanterna's exit(1)").isZero();
        }
        assertThat(verdicts(notes)).contains("needs_sources");
        assertThat(Files.readString(tmp.resolve("stty.after"))).isEqualTo(Files.readString(tmp.resolve("stty.before")));
    }

    /**
     * The reader's loop crashing (a child whose backend throws on the first key typed while it loads):
     * the terminal's settings are the user's again ({@code stty -g} identical), the reader's screen is
     * left for the shell's, and the one line says it stopped on an error, with the status of a crash.
     */
    @Test
    void aCrashRestoresTheTerminalAndSaysWhy() throws IOException {
        String cmd = "stty -g > '" + tmp.resolve("stty.before") + "'; java -Dorg.slf4j.simpleLogger.logFile='"
                + tmp.resolve("child.log") + "' -cp '" + System.getProperty("java.class.path") + "' "
                + dev.tilik.tui.CrashingReaderChild.class.getName() + "; code=$?; stty -g > '" + tmp.resolve("stty.after")
                + "'; echo \"after the reader: $code\"; read line";
        try (Tmux t = Tmux.start(100, 30, cmd)) {
            t.waitFor("the reader loading", s -> s.contains("Loading and analysing"), START);
            assertThat(t.alternateScreen()).as("the reader's own screen while it runs").isTrue();
            t.press("n");
            String screen = t.waitFor("the shell after the crash", s -> s.contains("after the reader: "), START);
            assertThat(screen).contains("after the reader: 1", "the reader stopped on an error: a crash on purpose");
            assertThat(t.alternateScreen()).as("the reader's screen left for the shell's").isFalse();
        }
        assertThat(Files.readString(tmp.resolve("stty.after"))).isEqualTo(Files.readString(tmp.resolve("stty.before")));
        assertThat(Files.readString(tmp.resolve("child.log"))).contains("the reader crashed", "a crash on purpose");
    }

    @Test
    void ctrlZHandsTheTerminalBackAndResumes() throws Exception {
        Path notes = tmp.resolve("notes.json");
        String cmd = "stty -g > '" + tmp.resolve("stty.before") + "'; " + command(notes);
        try (Tmux t = Tmux.start(100, 30, cmd)) {
            t.waitFor("the first finding", s -> s.contains(FIRST_FINDING), START);
            String tty = t.paneTty();
            String before = Files.readString(tmp.resolve("stty.before")).strip();
            String pid = String.valueOf(Reader.pid(notes));
            t.press("C-z");
            await("the user's tty settings while suspended").atMost(Tmux.DEFAULT_WAIT)
                    .until(() -> run("stty", "-g", "-F", tty).strip(), before::equals);
            // The reader restores the terminal before it stops itself: a CONT sent in between is
            // lost and the process then stays stopped. Resume only once it is stopped.
            await("the reader stopped").atMost(Tmux.DEFAULT_WAIT).until(() -> processState(pid) == 'T');
            run("kill", "-CONT", pid);
            // Raw mode is back only if a single key, without Enter, moves to the next finding.
            t.waitFor("the reader after resuming", s -> s.contains("Finding 1/"), Tmux.DEFAULT_WAIT);
            t.press("n");
            t.waitFor("the next finding after resuming", s -> s.contains("Finding 2/"), Tmux.DEFAULT_WAIT);
            quit(t);
        }
    }

    /** Ctrl-S typed by habit must not stop the screen (XON/XOFF): the next key still redraws it. */
    @Test
    void ctrlSDoesNotFreezeTheScreen() throws Exception {
        Path notes = tmp.resolve("notes.json");
        String cmd = "stty -g > '" + tmp.resolve("stty.before") + "'; " + command(notes);
        try (Tmux t = Tmux.start(100, 30, cmd)) {
            t.waitFor("the first finding", s -> s.contains(FIRST_FINDING), START);
            String tty = t.paneTty();
            assertThat(run("stty", "-a", "-F", tty)).contains("-ixon");
            t.press("C-s");
            t.press("n");
            t.waitFor("the next finding after Ctrl-S", s -> s.contains("Finding 2/"), Tmux.DEFAULT_WAIT);
            quit(t);
            String before = Files.readString(tmp.resolve("stty.before")).strip();
            await("the user's tty settings back after quitting").atMost(Tmux.DEFAULT_WAIT)
                    .until(() -> run("stty", "-g", "-F", tty).strip(), before::equals);
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        return Reader.run(command);
    }

    @Test
    void hangUpLosesNothing() {
        hangUpAfter(t -> chooseVerdict(t, "4", "false alarm"),
                "the verdict on disk", notes -> verdicts(notes).contains("not_a_contradiction"));
    }

    /** A connection dropped while a note was being written used to lose the note: it is saved as typed. */
    @Test
    void hangUpWhileWritingANoteKeepsTheNote() {
        hangUpAfter(t -> {
            openNoteEditor(t);
            t.type("Belum selesai: cek rilis Kemlu");
            t.waitForText("Belum selesai: cek rilis Kemlu");
        }, "the note on disk", notes -> Files.exists(notes) && Files.readString(notes).contains("Belum selesai: cek rilis Kemlu"));
    }

    /**
     * The new-user review: a saved note, edited (Ctrl-U, "hal") and the connection dropped, came back
     * as "[draft] hal", the saved note gone. The saved note stays, the draft is kept beside it, and
     * the next opening (80×24) names it; e offers it and Esc twice drops it, the saved note kept.
     */
    @Test
    void aHangUpWhileEditingASavedNoteKeepsItAndTheDraftBesideIt() throws IOException {
        hangUpAfter(t -> {
            openNoteEditor(t);
            t.type("Modal divergence: sama");
            t.press("Enter");
            t.waitForText("note saved");
            openNoteEditor(t);
            t.press("C-u");
            t.type("hal");
            t.waitForText("hal");
        }, "the draft on disk", notes -> Files.exists(notes) && Files.readString(notes).contains("\"draft\" : \"hal\""));
        Path notes = tmp.resolve("notes.json");
        assertThat(reviewWithNote(notes, "Modal divergence: sama").get("draft").asText()).isEqualTo("hal");
        try (Tmux t = Tmux.start(80, 24, command(notes))) {
            // the status line wraps at 80 columns after the resume line: read it as one text
            t.waitFor("the draft named on opening", s -> s.replaceAll("\\s+", " ").contains("draft note kept on finding 1"), START);
            t.press("p");
            openNoteEditor(t);
            t.waitForText("the draft kept from last time");
            t.press("Escape");
            t.waitForText("again discards");
            t.press("Escape");
            t.waitForText("the draft is dropped");
            quit(t);
        }
        JsonNode kept = reviewWithNote(notes, "Modal divergence: sama");
        assertThat(kept.has("draft")).isFalse();
    }

    /** Opens the reader, does {@code work}, drops the connection and waits until {@code onDisk} holds. */
    private void hangUpAfter(java.util.function.Consumer<Tmux> work, String what, OnDisk onDisk) {
        Path notes = tmp.resolve("notes.json");
        Tmux t = openReader(100, 30, notes);
        String pid;
        try {
            work.accept(t);
            pid = String.valueOf(Reader.pid(notes));
        } finally {
            t.close(); // kills the tmux server: the program gets SIGHUP, as on a dropped SSH connection
        }
        await(what).atMost(Tmux.DEFAULT_WAIT).until(() -> onDisk.test(notes));
        // The hang-up save goes on to write the Markdown: the test's folder is removed only after
        // the process has gone, so the cleanup never races the last write.
        await("the reader to exit after the hang-up").atMost(Tmux.DEFAULT_WAIT)
                .until(() -> !Files.exists(Path.of("/proc", pid)));
        // An ordinary hang-up is no crash: it was logged as "ERROR the reader crashed … IllegalStateException".
        Path log = tmp.resolve("state").resolve("tilik").resolve("tilik.log");
        try {
            assertThat(Files.exists(log) ? Files.readString(log) : "").doesNotContain("the reader crashed", " ERROR ");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What the note file must show after a hang-up. */
    private interface OnDisk {
        boolean test(Path notes) throws IOException;
    }

    /** The state letter of a process from /proc (R, S, T for stopped, ...), or '?' when it is gone. */
    private static char processState(String pid) {
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2);
        } catch (IOException gone) {
            return '?';
        }
    }

    @Test
    void refusesWithoutATerminalInsteadOfHanging() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("java", "-jar", jar.toString(), "--notes", tmp.resolve("n.json").toString(),
                articles.toString())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectErrorStream(true);
        pb.environment().put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
        pb.environment().put("XDG_STATE_HOME", tmp.resolve("state").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("exits instead of hanging").isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(out.strip().lines().count()).isEqualTo(1);
        assertThat(out).contains("terminal");
    }

    private static JsonNode reviewWithNote(Path notes, String note) throws IOException {
        JsonNode root = new ObjectMapper().readTree(notes.toFile());
        assertThat(root.get("version").asInt()).isEqualTo(1);
        for (JsonNode f : root.get("findings")) {
            if (note.equals(f.path("note").asText())) {
                return f;
            }
        }
        throw new AssertionError("no review with note \"" + note + "\" in " + root.toPrettyString());
    }

    private static List<String> verdicts(Path notes) throws IOException {
        return Reader.verdicts(notes);
    }

    private static int widest(String screen) {
        return screen.lines().mapToInt(l -> l.stripTrailing().codePointCount(0, l.stripTrailing().length())).max().orElse(0);
    }

    private static void assertLinesFit(String screen, int width) {
        assertThat(screen.lines().count()).isGreaterThan(3);
        assertThat(widest(screen)).isLessThanOrEqualTo(width);
    }
}
