package dev.tilik.shell;

import static dev.tilik.review.ReviewFixtures.DENY_VS_ASSERT;
import static dev.tilik.review.ReviewFixtures.DENY_VS_CONDITIONAL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.notes.NoteStore;
import dev.tilik.review.Rating;
import dev.tilik.review.ReviewFixtures;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scripted sessions through piped streams on JLine's dumb terminal, as {@code printf '…' | tilik shell} runs them. */
class ShellTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-10-25T08:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static final String NUMBERS_ID = ReviewFixtures.NUMBERS;

    private Path notes() {
        return dir.resolve("tilik-notes.json");
    }

    private String run(String script, boolean interactive, Path history) throws IOException {
        NoteStore store = NoteStore.open(notes());
        ShellState state = new ShellState(store.restore(ReviewFixtures.analysis()), store, CLOCK);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Terminal t = new DumbTerminal("tilik-test", "dumb",
                new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), out, StandardCharsets.UTF_8)) {
            assertThat(Shell.run(state, t, history, interactive).ok()).isTrue();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private String run(String script) throws IOException {
        return run(script, false, null);
    }

    private ReviewSession saved() {
        return NoteStore.open(notes()).restore(ReviewFixtures.analysis());
    }

    @Test
    void aScriptedSessionListsStepsAndRecordsAVerdictNoteAndRatingInTheNoteFile() throws IOException {
        String out = run("list\nnext\nverdict confirmed\nnote Both in one article.\nrate salah\nquit\n");

        assertThat(out).isEqualTo("""
                3 findings; notes in %s. Type help, or list.
                > 1. [high] deny vs conditional: DPRK denies; Kim Jong Gyu: if true, lawful (unreviewed)
                  2. [high] deny vs assert: DPRK denies; NIS says troops sent (unreviewed)
                  3. [high] numbers disagree: 1,500 vs thousands (unreviewed)
                Finding 2 of 3 · deny vs assert · severity high · rule findings.json#deny_vs_assert
                DPRK denies; NIS says troops sent
                They disagree.

                  [1] A 001_detik.txt · Kim Song (DPRK) [DENY]
                      "Kami tidak pernah mengirimkan tentara ke Rusia," kata Kim Song.
                  [2] A 001_detik.txt · NIS (ROK) [ASSERT]
                      Sekitar 1.500 tentara dikirim, ujar NIS.

                Verdict: unreviewed
                Note: (none)
                > 2. [high] deny vs assert: DPRK denies; NIS says troops sent (confirmed)
                Note saved on finding 2 (deny vs assert: DPRK denies; NIS says troops sent).
                Rating on finding 2 (deny vs assert: DPRK denies; NIS says troops sent): Salah
                Notes are in %s.
                """.formatted(notes(), notes()));
        ReviewSession saved = saved();
        assertThat(saved.verdict(DENY_VS_ASSERT)).isEqualTo(Verdict.CONFIRMED);
        assertThat(saved.note(DENY_VS_ASSERT)).isEqualTo("Both in one article.");
        assertThat(saved.review(DENY_VS_ASSERT).orElseThrow().rating()).isEqualTo(Rating.SALAH);
        assertThat(saved.verdict(DENY_VS_CONDITIONAL)).isEqualTo(Verdict.UNREVIEWED);
        assertThat(NotesMarkdown.of(notes())).contains("**confirmed**", "> Both in one article.");
    }

    /** Finding 2 saved "confirmed", with "needs sources" set aside for it (another reader's, a merge's). */
    private void confirmedWithNeedsSourcesSetAside() {
        NoteStore store = NoteStore.open(notes());
        ReviewSession s = store.restore(ReviewFixtures.analysis());
        dev.tilik.findings.Finding f = s.findings().stream().filter(x -> x.id().equals(DENY_VS_ASSERT)).findFirst()
                .orElseThrow();
        dev.tilik.review.Review r = s.withVerdict(f, Verdict.CONFIRMED, CLOCK.instant()).review(f.id()).orElseThrow();
        dev.tilik.review.Review aside = new dev.tilik.review.Review(r.findingId(), r.type(), r.title(), r.snapshot(),
                r.verdict(), r.note(), r.created(), r.updated(), r.compared(), r.rating(), r.formerIds(), r.draft(),
                List.of(dev.tilik.review.SetAside.ofVerdict(Verdict.NEEDS_SOURCES, Verdict.CONFIRMED,
                        Instant.parse("2024-10-25T07:42:00Z"))));
        java.util.Map<String, dev.tilik.review.Review> reviews = new java.util.LinkedHashMap<>(s.reviews());
        reviews.put(f.id(), aside);
        assertThat(store.save(new ReviewSession(s.analysis(), reviews)).ok()).isTrue();
    }

    /**
     * The reader's {@code b} had no shell command: a verdict set aside in a merge could be seen ({@code show})
     * and not taken back. {@code takeback} does it, saves, says how to swap back, and says why on a finding
     * with nothing set aside.
     */
    @Test
    void takebackChoosesTheVerdictSetAsideAgainAndTakebackAgainSwapsBack() throws IOException {
        confirmedWithNeedsSourcesSetAside();

        String out = run("takeback 1\ntakeback 2\n");
        assertThat(out).contains("Nothing set aside on finding 1 (deny vs conditional")
                .contains("Took back verdict \u201Cneeds sources\u201D on finding 2 (deny vs assert: DPRK denies; NIS says "
                        + "troops sent); \u201Cconfirmed\u201D set aside (takeback 2 again swaps them back).");
        assertThat(saved().verdict(DENY_VS_ASSERT)).isEqualTo(Verdict.NEEDS_SOURCES);
        assertThat(saved().setAside(DENY_VS_ASSERT)).extracting(dev.tilik.review.SetAside::valueLabel)
                .containsExactly("confirmed");

        assertThat(run("show 2\ntakeback\n")).contains("Set aside: verdict \"confirmed\" (08:30) set aside for "
                + "\"needs sources\" \u00B7 takeback takes it back");
        assertThat(saved().verdict(DENY_VS_ASSERT)).isEqualTo(Verdict.CONFIRMED);
        assertThat(saved().setAside(DENY_VS_ASSERT)).extracting(dev.tilik.review.SetAside::valueLabel)
                .containsExactly("needs sources");
        assertThat(run("help takeback\n")).contains("Usage: takeback [N|ID]", "swaps them back");
    }

    /**
     * A verdict chosen after the merge that set one aside is what {@code takeback} sets aside in its turn, and the
     * line says so: it named the verdict the merge had kept ({@code insteadLabel}), long since replaced — the reader's
     * {@code b} was mended for this in round sixteen, the shell's command was not.
     */
    @Test
    void takebackNamesTheVerdictItSetsAsideNotTheOneTheMergeKept() throws IOException {
        confirmedWithNeedsSourcesSetAside();

        String out = run("verdict 2 divergence\ntakeback 2\n");

        assertThat(saved().setAside(DENY_VS_ASSERT)).extracting(dev.tilik.review.SetAside::valueLabel)
                .containsExactly("divergence");
        assertThat(out).contains("Took back verdict \u201Cneeds sources\u201D on finding 2 (deny vs assert: DPRK denies; "
                + "NIS says troops sent); \u201Cdivergence\u201D set aside").doesNotContain("\u201Cconfirmed\u201D set aside");
    }

    /**
     * {@code tilik shell --help} (and the root's command list) named the shell's commands by hand and left out
     * {@code takeback}, added in round sixteen: a user reading the help never learnt of it. Every command the shell
     * answers to (the names its unknown-command line lists) is named there.
     */
    @Test
    void theShellsHelpNamesEveryCommandTheShellHas() throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("the commands are ([^)]*)\\)")
                .matcher(run("frobnicate\n"));
        assertThat(m.find()).isTrue();
        String described = String.join(" ", dev.tilik.cli.ShellCommand.class
                .getAnnotation(picocli.CommandLine.Command.class).description());
        for (String command : m.group(1).split(", ")) {
            assertThat(described).as("tilik shell --help names %s", command).containsPattern("\\b" + command + "\\b");
        }
    }

    /**
     * A new user's review (round 31, D2): the shell listed verdicts as {@code not_a_contradiction} where the reader
     * says "false alarm", and a bare {@code verdict} said the finding's number was missing: it is the verdict.
     */
    @Test
    void verdictsAreNamedAsTheReaderNamesThemAndABareVerdictAsksForTheVerdict() throws IOException {
        String out = run("verdict\nverdict 3 needs sources\nshow 3\n");
        assertThat(out).contains("verdict: which verdict? 1 unreviewed, 2 confirmed, 3 divergence, 4 false alarm, "
                        + "5 needs sources (verdict [N|ID] VERDICT)")
                .contains("  3. [high] numbers disagree: 1,500 vs thousands (needs sources)")
                .contains("Verdict: needs sources")
                .doesNotContain("Missing required parameter", "needs_sources");
        assertThat(saved().verdict(ReviewFixtures.NUMBERS)).isEqualTo(Verdict.NEEDS_SOURCES);
    }

    @Test
    void mistakesGetOneLineAnswersAndTheSessionGoesOn() throws IOException {
        String out = run("frobnicate\nverdict maybe\nshow 9\nprev\nverdict 3 not_a_contradiction\nnote\n");
        assertThat(out).contains("unknown command: frobnicate (the commands are list, show, next, prev, verdict, note,")
                .contains("verdict: \"maybe\" is not a verdict: expected one of 1 unreviewed, 2 confirmed, 3 divergence, "
                        + "4 false alarm, 5 needs sources")
                .contains("No finding 9 (1 to 3, or an id).")
                .contains("Already at the first finding.")
                .contains("  3. [high] numbers disagree: 1,500 vs thousands (false alarm)")
                .contains("(no note)")
                .doesNotContain("Exception", "\tat ");
        assertThat(saved().verdict(ReviewFixtures.NUMBERS)).isEqualTo(Verdict.NOT_A_CONTRADICTION);
    }

    @Test
    void endOfInputWithoutQuitStillSaves() throws IOException {
        run("show " + DENY_VS_CONDITIONAL + "\nverdict divergence");
        assertThat(saved().verdict(DENY_VS_CONDITIONAL)).isEqualTo(Verdict.DIVERGENCE);
    }

    @Test
    void helpListsEveryCommandFromTheTree() throws IOException {
        String out = run("help\nhelp verdict\n");
        assertThat(out).contains("list", "show", "next", "prev", "verdict", "note", "rate", "takeback", "save", "export", "quit")
                .contains("Usage: verdict [N|ID] [VERDICT...]", "Usage: COMMAND [ARGUMENTS] (help COMMAND tells one command's)")
                .doesNotContain("Usage:  ").doesNotContain("[COMMAND]");
    }

    @Test
    void exportsPrintOrWriteAtomically() throws IOException {
        Path md = dir.resolve("out.md");
        String out = run("verdict confirmed\nrate benar\nexport claimreview --reviewer \"Cek Fakta\"\nexport md -o " + md + "\n");
        assertThat(out).contains("\"@type\" : \"ClaimReview\"", "\"alternateName\" : \"Benar\"", "\"name\" : \"Cek Fakta\"")
                .contains("Exported to " + md + ".");
        assertThat(Files.readString(md, StandardCharsets.UTF_8)).startsWith("# Tilik notes: articles");
    }

    /**
     * The shell's export lacked what {@code tilik export} has: {@code --reviewed} (Markdown of the
     * reviewed findings only) and ClaimReview's {@code --url}. Both now, through the command line's
     * code, with its refusal of an address that is not http(s) and its word when none is given.
     */
    @Test
    void exportTakesReviewedAndUrlAsTheCommandLineDoes() throws IOException {
        Path md = dir.resolve("reviewed.md");
        String out = run("verdict 1 confirmed\nrate 1 benar\nexport md --reviewed -o " + md
                + "\nexport claimreview --url https://cek.example/fakta-1\nexport claimreview --url cekfakta\nexport claimreview\n");
        assertThat(Files.readString(md, StandardCharsets.UTF_8)).contains("Reviewed findings only")
                .isEqualTo(dev.tilik.notes.MarkdownExport.reviewed(saved()));
        assertThat(out).contains("\"url\" : \"https://cek.example/fakta-1\"")
                .contains("export: --url: expected the http(s) address of the page publishing the fact-check, got cekfakta")
                .contains("export: no url in the ClaimReview export: give the address of the page that publishes the fact-check with --url URL");
        assertThat(out.split("no url in the ClaimReview", -1)).as("said only where no url was given").hasSize(2);
        assertThat(run("help export\n")).contains("--reviewed", "--url=URL");
    }

    /**
     * Round forty (h40ux): at 80 columns the shell wrapped a printed export like its own lines, so a ClaimReview
     * string and an address were cut in two, the second half indented: copied from the terminal, the JSON-LD did not
     * parse. An export prints as the file would hold it; the shell's own lines still wrap.
     */
    @Test
    void anExportPrintedAtEightyColumnsIsTheExportLineForLineWhileTheShellsOwnLinesWrap() throws IOException {
        NoteStore store = NoteStore.open(notes());
        ShellState state = new ShellState(store.restore(ReviewFixtures.analysis()), store, CLOCK);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String url = "https://cek.example/" + "fakta-".repeat(20) + "1";
        String script = "verdict 1 confirmed\nrate 1 benar\nexport claimreview --url " + url + "\nexport md\nlist\n";
        try (Terminal t = new DumbTerminal("tilik-test", "dumb",
                new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), out, StandardCharsets.UTF_8)) {
            t.setSize(new org.jline.terminal.Size(80, 24));
            assertThat(Shell.run(state, t, null, true).ok()).isTrue();
        }
        String printed = out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
        String json = printed.substring(printed.indexOf("[ {"), printed.indexOf("\n} ]") + 4);
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get(0).get("url").asText())
                .isEqualTo(url);
        String md = dev.tilik.notes.MarkdownExport.render(saved());
        assertThat(md.lines().filter(l -> l.length() > 80)).isNotEmpty();
        assertThat(printed).contains(md);
        String listed = printed.substring(printed.lastIndexOf("tilik> list"));
        assertThat(listed.lines().skip(1)).allSatisfy(l -> assertThat(dev.tilik.text.Columns.width(l)).isLessThan(80));
    }

    @Test
    void anExportThatCannotBeWrittenSaysWhyInWords() throws IOException {
        Path md = dir.resolve("no/such/folder/out.md");
        String out = run("export md -o " + md + "\n");
        assertThat(out).contains("error: export not written: no such file or folder: ").doesNotContain("Exported to");
        assertThat(md).doesNotExist();
    }

    @Test
    void anInteractiveSessionPromptsAndKeepsHistory() throws IOException {
        Path history = dir.resolve("state/shell-history");
        Files.createDirectories(history.getParent());
        String out = run("list\nquit\n", true, history);
        assertThat(out).contains("tilik> ");
        assertThat(Files.readString(history, StandardCharsets.UTF_8)).contains("list", "quit");
    }

    /** Issue 11 row 12: "note 1 cek" wrote "1 cek" on the current finding instead of "cek" on finding 1. */
    @Test
    void noteTakesAFindingNumberOrIdFirstAsVerdictAndRateDo() throws IOException {
        String first = ReviewSession.fresh(ReviewFixtures.analysis()).findings().get(0).id();
        String out = run("next\nnote 1 cek\nnote " + NUMBERS_ID + " angka\nnote \"3 sumber\"\nnote 9 x\nhelp note\n");

        assertThat(saved().note(first)).isEqualTo("cek");
        assertThat(saved().note(NUMBERS_ID)).isEqualTo("angka");
        assertThat(saved().note(DENY_VS_ASSERT)).as("the current finding: naming one does not move").isEqualTo("3 sumber");
        assertThat(out).contains("No finding 9 (1 to 3, or an id).")
                .contains("Usage: note [--clear] [[N|ID] TEXT...]").contains("quote it");
        assertThat(saved().findings().stream().map(f -> saved().note(f.id()))).doesNotContain("1 cek", "9 x");
    }

    /**
     * {@code note 3 …} and {@code verdict 2 3} used to write to finding 3 and make it the current one,
     * replacing its note with only "Note saved." said: the reply names the finding written and the
     * note it replaced (with the line that puts it back), and the current finding stays.
     */
    @Test
    void writingToANamedFindingSaysWhichAndWhatItReplacedAndLeavesTheCurrentOne() throws IOException {
        run("note 3 catatan awal\n");
        String out = run("next\nnote 3 saksi mata berbeda\nverdict 3 confirmed\nnote 2 --clear\nshow\n");

        assertThat(out).contains("Note saved on finding 3 (numbers disagree: 1,500 vs thousands).",
                "It replaced: catatan awal", "To put it back: note 3 catatan awal",
                "  3. [high] numbers disagree: 1,500 vs thousands (confirmed, note)",
                "Note removed from finding 2 (deny vs assert: DPRK denies; NIS says troops sent).",
                "Finding 2 of 3 · deny vs assert");
        assertThat(out).doesNotContain("> 3.", "Finding 3 of 3");
        assertThat(saved().note(NUMBERS_ID)).isEqualTo("saksi mata berbeda");
        assertThat(saved().verdict(NUMBERS_ID)).isEqualTo(Verdict.CONFIRMED);

        String back = run("note 3 catatan awal\n");
        assertThat(back).contains("It replaced: saksi mata berbeda");
        assertThat(saved().note(NUMBERS_ID)).isEqualTo("catatan awal");
        assertThat(run("note 3 \"3 saksi\"\nnote 3 lagi\n")).contains("To put it back: note 3 \"3 saksi\"");
    }

    /**
     * A note typed in the reader and never saved with Enter (the reader hung up or quit with its editor open) is
     * kept in the note file as a draft, which the reader offers again. The shell said "Note: (none)" on that
     * finding, nothing at its start, and {@code note 3 TEXT} then dropped the draft with nothing said: the words
     * typed before the hang-up were gone without the user ever having seen them in the shell. Now the greeting,
     * {@code list}, {@code show} and {@code note 3} say it is there, and writing the note says what it replaced
     * and the line that saves the draft instead.
     */
    @Test
    void aDraftTypedInTheReaderIsShownAndANoteWrittenOverItSaysWhatItReplaced() throws IOException {
        NoteStore store = NoteStore.open(notes());
        ReviewSession s = store.restore(ReviewFixtures.analysis());
        dev.tilik.findings.Finding numbers = s.findings().get(2);
        assertThat(numbers.id()).isEqualTo(NUMBERS_ID);
        assertThat(store.save(s.withDraft(numbers, "angka 1.500 dari NIS, cek", CLOCK.instant())).ok()).isTrue();

        String out = run("list\nshow 3\nnote 3\nnote 3 sudah dicek\n");

        assertThat(out).contains(
                "A note typed in the reader and never saved waits on finding 3 (show 3 prints it).",
                "  3. [high] numbers disagree: 1,500 vs thousands (unreviewed, draft note)",
                "Note: (none)\nDraft from the reader (typed, never saved with Enter): angka 1.500 dari NIS, cek\n"
                        + "To save it as the note: note 3 angka 1.500 dari NIS, cek",
                "(no note)\nDraft from the reader",
                "Note saved on finding 3 (numbers disagree: 1,500 vs thousands).\n"
                        + "It replaced the draft from the reader (typed, never saved with Enter): angka 1.500 dari NIS, cek\n"
                        + "To save it as the note instead: note 3 angka 1.500 dari NIS, cek");
        assertThat(saved().note(NUMBERS_ID)).isEqualTo("sudah dicek");

        run("note 3 angka 1.500 dari NIS, cek\n");
        assertThat(saved().note(NUMBERS_ID)).as("the line given saves the draft's words").isEqualTo("angka 1.500 dari NIS, cek");
        assertThat(run("show 3\n")).doesNotContain("Draft from the reader").doesNotContain("never saved waits");
    }

    /**
     * {@code verdict 2 3} meant as "finding 2: divergence" set finding 3 to confirmed (the verdict
     * came first then): finding 3's verdict was replaced with only its list line printed, nothing said
     * of what it had been; {@code rate} alike. The reply now says what was replaced and how to put it back.
     */
    @Test
    void aVerdictOrRatingThatReplacesAnotherSaysWhatItReplacedAndHowToPutItBack() throws IOException {
        run("verdict divergence 3\nrate salah 3\n");

        String out = run("verdict confirmed 3\nrate benar 3\nverdict 3 confirmed\nrate 3 benar\n");

        assertThat(out).contains("It replaced: divergence", "To put it back: verdict 3 divergence",
                "It replaced: Salah", "To put it back: rate 3 salah");
        assertThat(out.split("It replaced", -1)).as("the same value again replaces nothing").hasSize(3);
        assertThat(saved().verdict(NUMBERS_ID)).isEqualTo(Verdict.CONFIRMED);

        run("verdict divergence 3\n");
        assertThat(saved().verdict(NUMBERS_ID)).isEqualTo(Verdict.DIVERGENCE);
        assertThat(run("verdict 3 unreviewed\n")).as("back to unreviewed replaces a verdict too")
                .contains("To put it back: verdict 3 divergence");
        assertThat(run("verdict 3 2\n")).as("an unreviewed finding had nothing to lose").doesNotContain("It replaced");
    }

    /**
     * A note is the rest of the line as typed: quotation marks, apostrophes, backslashes, a word
     * starting with {@code -} or {@code @}, and a {@code --clear} inside the text used to be eaten,
     * refused, replaced by a file's contents or taken as "remove the note".
     */
    @Test
    void aNoteKeepsTheRestOfTheLineAsTyped() throws IOException {
        Path file = dir.resolve("secret.txt");
        Files.writeString(file, "isi berkas");
        var ids = ReviewSession.fresh(ReviewFixtures.analysis()).findings().stream().map(f -> f.id()).toList();
        String out = run("note 1 dia berkata \"tidak benar\", kata Ma'ruf di C:\\data\n"
                + "note 2 -5% turun, lihat @" + file + "\n"
                + "note 3 sudah dicek\nnote 3 hapus --clear nanti\n");

        assertThat(saved().note(ids.get(0))).isEqualTo("dia berkata \"tidak benar\", kata Ma'ruf di C:\\data");
        assertThat(saved().note(ids.get(1))).isEqualTo("-5% turun, lihat @" + file);
        assertThat(saved().note(ids.get(2))).isEqualTo("hapus --clear nanti");
        assertThat(out).doesNotContain("Unknown option", "Note removed");

        assertThat(run("note 3 --clear\n")).contains("Note removed from finding 3");
        assertThat(saved().note(ids.get(2))).isEmpty();
    }

    /** Issue 11 row 11: after a failed save the shell still said "Note saved.". */
    @Test
    void aFailedSaveIsSaidNeverCalledSaved() throws IOException {
        dev.tilik.notes.SaveSteps full = new dev.tilik.notes.SaveSteps() {
            @Override
            public int write(java.nio.channels.FileChannel channel, java.nio.ByteBuffer buf) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        NoteStore store = NoteStore.open(notes(), full, CLOCK);
        ShellState state = new ShellState(store.restore(ReviewFixtures.analysis()), store, CLOCK);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Terminal t = new DumbTerminal("tilik-test", "dumb", new ByteArrayInputStream(
                "note cek\nverdict confirmed\nrate salah\nquit\n".getBytes(StandardCharsets.UTF_8)), bytes,
                StandardCharsets.UTF_8)) {
            assertThat(Shell.run(state, t, null, false).ok()).isFalse();
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).doesNotContain("Note saved").contains("error: ", "NOT saved: the change is kept in this session")
                .contains("Notes NOT saved.");
        assertThat(out.split("NOT saved: the change", -1)).hasSize(4);
        assertThat(notes()).doesNotExist();
    }

    @Test
    void exportTakesDashFLikeTheCommandLine() throws IOException {
        String out = run("verdict confirmed\nrate benar\nexport -f claimreview\nexport --format md\nexport md -f claimreview\n");
        assertThat(out).contains("\"@type\" : \"ClaimReview\"", "# Tilik notes: articles")
                .contains("export: two formats given (md and -f claimreview); give one");
    }

    @Test
    void textFromArticlesAndNotesCannotDriveTheTerminal() throws IOException {
        String out = run("note evil\u001b[2J\u009b\u202Eend\nnote\nexport md\n");
        assertThat(out).contains("evil^[[2J<U+009B><U+202E>end");
        assertThat(out.chars()).noneMatch(c -> (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f) || c == 0x202E);
    }

    /** The Markdown rendering beside the note file. */
    private static final class NotesMarkdown {
        static String of(Path notes) throws IOException {
            return Files.readString(notes.resolveSibling("tilik-notes.md"), StandardCharsets.UTF_8);
        }
    }

    /** A new user's list showed no sign of the notes written; it says "note" now. */
    @Test
    void listMarksTheFindingsThatHaveANote() throws IOException {
        String out = run("note 2 the figure comes from one ministry only\nlist\n");
        List<String> lines = out.lines().filter(l -> l.matches("[> ] [0-9]+\\. .*")).toList();
        assertThat(lines).filteredOn(l -> l.contains(" 2. ")).singleElement().asString().endsWith(", note)");
        assertThat(lines).filteredOn(l -> !l.contains(" 2. ")).allSatisfy(l -> assertThat(l).doesNotContain(", note)"));
    }

    /** A rating chosen with rate was shown by show only; the list says it too. */
    @Test
    void listShowsTheRatingChosen() throws IOException {
        String out = run("verdict 2 confirmed\nrate 2 salah\nlist\n");
        List<String> lines = out.lines().filter(l -> l.matches("[> ] [0-9]+\\. .*")).toList();
        List<String> listed = lines.subList(lines.size() - 3, lines.size()); // the list's three findings
        assertThat(listed).filteredOn(l -> l.contains(" 2. ")).singleElement().asString().endsWith("(confirmed, rated Salah)");
        assertThat(listed).filteredOn(l -> !l.contains(" 2. ")).hasSize(2)
                .allSatisfy(l -> assertThat(l).doesNotContain("rated"));
    }

    /**
     * verdict and rate took the value first, note and show the finding first. Now every command
     * takes the finding first; the old order still works when the words read only one way, and
     * words that read both ways ({@code verdict 2 3}) write nothing and say what to type.
     */
    @Test
    void verdictAndRateTakeTheFindingFirstAsNoteDoesAndTheOldOrderWhenUnambiguous() throws IOException {
        run("verdict 3 divergence\nrate 3 salah\n");
        assertThat(saved().verdict(NUMBERS_ID)).isEqualTo(Verdict.DIVERGENCE);
        assertThat(saved().review(NUMBERS_ID).orElseThrow().rating()).isEqualTo(dev.tilik.review.Rating.SALAH);

        run("verdict needs_sources 3\nrate benar 3\n");
        assertThat(saved().verdict(NUMBERS_ID)).isEqualTo(Verdict.NEEDS_SOURCES);
        assertThat(saved().review(NUMBERS_ID).orElseThrow().rating()).isEqualTo(dev.tilik.review.Rating.BENAR);

        String out = run("verdict 2 3\n");
        assertThat(out).contains("verdict 2 3 reads two ways", "verdict N VERDICT");
        assertThat(saved().verdict(NUMBERS_ID)).isEqualTo(Verdict.NEEDS_SOURCES);

        assertThat(run("help verdict\n")).contains("Usage: verdict [N|ID] [VERDICT...]", "The finding comes first");
        assertThat(run("help rate\n")).contains("Usage: rate [N|ID] [RATING...]", "The finding comes first");
    }

    /**
     * A rating or verdict typed as the reader shows it, in several words ("Belum terbukti", "needs
     * sources"), was split by picocli and refused in its words ("Unmatched argument at index 3"); an
     * unknown command was too ("Unmatched argument at index 0: 'clear'").
     */
    @Test
    void ratingsAndVerdictsAreTakenAsTheReaderShowsThemAndMistakesInPlainWords() throws IOException {
        run("rate 3 Belum terbukti\nverdict 3 needs sources\n");
        assertThat(saved().review(NUMBERS_ID).orElseThrow().rating()).isEqualTo(dev.tilik.review.Rating.BELUM_TERBUKTI);
        assertThat(saved().verdict(NUMBERS_ID)).isEqualTo(Verdict.NEEDS_SOURCES);

        run("rate tidak dapat diverifikasi 3\nverdict false alarm 3\n");
        assertThat(saved().review(NUMBERS_ID).orElseThrow().rating())
                .isEqualTo(dev.tilik.review.Rating.TIDAK_DAPAT_DIVERIFIKASI);
        assertThat(saved().verdict(NUMBERS_ID)).isEqualTo(Verdict.NOT_A_CONTRADICTION);

        String out = run("clear\nshow 1 2\nrate 3 hampir benar\n");
        assertThat(out).contains("unknown command: clear (the commands are list,", "show: \"2\" left over (help show")
                .contains("expected one of benar, sebagian_benar")
                .doesNotContain("Unmatched argument", "index 0");
        assertThat(saved().review(NUMBERS_ID).orElseThrow().rating())
                .isEqualTo(dev.tilik.review.Rating.TIDAK_DAPAT_DIVERIFIKASI);
    }

    /**
     * A reader that opened the notes after the shell did was never said: the shell warned only on
     * opening. Now the first save that would meet theirs says it, before the reply, once.
     */
    @Test
    void aSaveAboutToMeetAnotherReadersNotesSaysSoOnce() throws Exception {
        Process other = new ProcessBuilder("sleep", "30").start();
        try {
            dev.tilik.notes.ReaderLock mine = dev.tilik.notes.ReaderLock.take(notes());
            assertThat(mine.held()).isTrue();
            mine.release(); // the shell's own lock went (its reader quit); another reader takes the notes
            dev.tilik.notes.Owner theirs = new dev.tilik.notes.Owner(other.pid(), dev.tilik.notes.Owner.current().host(),
                    other.info().startInstant().orElseThrow());
            java.nio.file.Files.writeString(dev.tilik.notes.ReaderLock.of(notes()),
                    "{\"reader\":1,\"pid\":" + theirs.pid() + ",\"host\":\"" + theirs.host() + "\",\"started\":\""
                            + theirs.started() + "\"}");
            assertToldOnceBeforeTheFirstReply(mine, other);
        } finally {
            other.destroy();
        }
    }

    /**
     * The shell that opened the notes first holds their lock; a reader opened after it was told, the
     * shell never: its saves met the reader's unsaid. Now its first save after the reader opened says so.
     */
    @Test
    void aShellHoldingTheNotesIsToldOfAReaderOpenedAfterIt() throws Exception {
        Process other = new ProcessBuilder("sleep", "30").start();
        try {
            dev.tilik.notes.ReaderLock mine = dev.tilik.notes.ReaderLock.take(notes());
            assertThat(mine.held()).isTrue();
            dev.tilik.notes.Owner theirs = new dev.tilik.notes.Owner(other.pid(), dev.tilik.notes.Owner.current().host(),
                    other.info().startInstant().orElseThrow());
            dev.tilik.notes.ReaderLock.take(notes(), theirs); // the reader opened later, in another process
            assertToldOnceBeforeTheFirstReply(mine, other);
            mine.release();
        } finally {
            other.destroy();
        }
    }

    /**
     * Round forty's session: a shell opened on notes another reader held said {@code warning: another reader has
     * these notes open …} on opening and again at its first save, three lines apart (and the opening one, printed
     * before the shell's own lines, broke "saves" at the 80th column). It is said once now, with the greeting.
     */
    @Test
    void anotherReaderIsSaidOnceOnOpeningNotAgainAtTheFirstSave() throws Exception {
        Process other = new ProcessBuilder("sleep", "30").start();
        try {
            dev.tilik.notes.Owner theirs = new dev.tilik.notes.Owner(other.pid(), dev.tilik.notes.Owner.current().host(),
                    other.info().startInstant().orElseThrow());
            dev.tilik.notes.ReaderLock.take(notes(), theirs); // the reader opened first, in another process
            dev.tilik.notes.ReaderLock mine = dev.tilik.notes.ReaderLock.take(notes());
            String said = runOn(notes(), mine, "verdict 1 confirmed\nquit\n");
            String warning = "warning: another reader has these notes open (pid " + other.pid();
            assertThat(said).startsWith(warning).contains("(confirmed)");
            assertThat(said.split(java.util.regex.Pattern.quote(warning), -1)).as("said once").hasSize(2);
            mine.release();
        } finally {
            other.destroy();
        }
    }

    /** Round forty-one's session: the shell's {@code export -o tilik-notes.json} wrote over the notes it exported. */
    @Test
    void anExportNeverWritesOverTheNoteFile() throws IOException {
        run("verdict 1 confirmed\n");

        String out = run("export -o " + notes() + "\n");

        assertThat(out).contains("export: refused: ", "is the note file these notes are saved in")
                .doesNotContain("Exported to");
        assertThat(Files.readString(notes(), StandardCharsets.UTF_8)).startsWith("{");
        assertThat(saved().verdict(DENY_VS_CONDITIONAL)).isEqualTo(Verdict.CONFIRMED);
    }

    /**
     * The shell's last line named the note file as given ({@code Notes are in tilik-notes.json.}), the reader's
     * the absolute path: both say the absolute, normalised path now.
     */
    @Test
    void theLastLineNamesTheNoteFileByItsAbsolutePath() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        assertThat(runOn(dir.resolve("sub/../tilik-notes.json"), null, "verdict 1 confirmed\n"))
                .endsWith("Notes are in " + notes().toAbsolutePath().normalize() + ".\n");
    }

    /** What a piped shell over the notes at {@code file}, watching {@code lock} (null: none), prints for {@code script}. */
    private String runOn(Path file, dev.tilik.notes.ReaderLock lock, String script) throws IOException {
        NoteStore store = NoteStore.open(file);
        ShellState state = new ShellState(store.restore(ReviewFixtures.analysis()), store, CLOCK).watching(lock);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Terminal t = new DumbTerminal("tilik-test", "dumb",
                new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), out, StandardCharsets.UTF_8)) {
            Shell.run(state, t, null, false);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A shell watching {@code mine} gives a verdict and a note: another reader ({@code other}) said once, first. */
    private void assertToldOnceBeforeTheFirstReply(dev.tilik.notes.ReaderLock mine, Process other) throws IOException {
        String said = runOn(notes(), mine, "verdict 1 confirmed\nnote 1 asked\nquit\n");
        String warning = "warning: another reader has these notes open (pid " + other.pid();
        assertThat(said).contains(warning + ", since ");
        assertThat(said.indexOf(warning)).as("before the first reply").isLessThan(said.indexOf("(confirmed)"));
        assertThat(said.split(java.util.regex.Pattern.quote(warning), -1)).as("said once").hasSize(2);
    }
    /**
     * Two windows on one folder, a shell and another reader: the other's verdict saved between two
     * commands is merged in before the next one reads the notes, said once, and the shell's own
     * verdict on another finding is kept beside it in the note file (no conflict copy).
     */
    @Test
    void anotherReadersVerdictSavedBetweenCommandsIsMergedAndShownAndBothAreKept() throws IOException {
        NoteStore store = NoteStore.open(notes());
        ShellState state = new ShellState(store.restore(ReviewFixtures.analysis()), store, CLOCK);
        NoteStore theirs = NoteStore.open(notes());
        java.io.InputStream second = new java.io.InputStream() {
            private java.io.InputStream rest;

            @Override
            public int read() throws IOException {
                if (rest == null) { // the other reader saves once the first command is read
                    ReviewSession other = theirs.restore(ReviewFixtures.analysis());
                    theirs.save(other.withVerdict(other.analysis().finding(DENY_VS_ASSERT).orElseThrow(),
                            Verdict.NOT_A_CONTRADICTION, Instant.parse("2024-10-25T08:31:00Z")));
                    rest = new ByteArrayInputStream("list\nquit\n".getBytes(StandardCharsets.UTF_8));
                }
                return rest.read();
            }
        };
        java.io.InputStream in = new java.io.SequenceInputStream(
                new ByteArrayInputStream("verdict 1 confirmed\n".getBytes(StandardCharsets.UTF_8)), second);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Terminal t = new DumbTerminal("tilik-test", "dumb", in, out, StandardCharsets.UTF_8)) {
            Shell.run(state, t, null, false);
        }
        String said = out.toString(StandardCharsets.UTF_8);
        assertThat(said).contains("merged another reader's notes: 1 finding from theirs");
        assertThat(said.substring(said.indexOf("merged another reader's notes"))).contains("NIS says troops sent (false alarm)");
        assertThat(said).doesNotContain("conflict");
        ReviewSession onDisk = saved();
        assertThat(onDisk.verdict(DENY_VS_ASSERT)).isEqualTo(Verdict.NOT_A_CONTRADICTION);
        assertThat(onDisk.verdict(onDisk.findings().get(0).id())).isEqualTo(Verdict.CONFIRMED);
        assertThat(dev.tilik.notes.NotePaths.sideFiles(notes())).isEmpty();
    }
}
