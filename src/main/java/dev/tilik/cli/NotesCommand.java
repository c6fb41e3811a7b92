package dev.tilik.cli;

import dev.tilik.analysis.Analysis;
import dev.tilik.ingest.Progress;
import dev.tilik.json.JsonFileException;
import dev.tilik.notes.AtomicWriter;
import dev.tilik.notes.MarkdownExport;
import dev.tilik.notes.NoteFolder;
import dev.tilik.notes.NoteMerge;
import dev.tilik.notes.NotePaths;
import dev.tilik.notes.NoteStore;
import dev.tilik.notes.NotesMarkdown;
import dev.tilik.notes.SaveSteps;
import dev.tilik.review.ReviewSession;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tilik notes merge SIDE [--notes FILE]}: notes waiting in a side file, merged into the note file. */
@Command(name = "notes", mixinStandardHelpOptions = true, description = "Work on note files: notes merge SIDE_FILE.")
public final class NotesCommand implements java.util.concurrent.Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** {@code tilik notes} and its subcommands, for {@link Cli}. */
    static picocli.CommandLine commandLine(CliContext ctx) {
        return new picocli.CommandLine(new NotesCommand()).addSubcommand(new Merge(ctx));
    }

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "tilik notes: name what to do (merge)");
    }

    /** The merge itself (see {@link NoteMerge}). */
    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = {"Merge the verdicts and notes of a side file (tilik-notes.recovered.json, a "
                    + ".conflict-<time>.json copy) into the note file, then remove the side file.",
                "A finding only the side file holds is added; for one both hold, a verdict or rating chosen on one "
                        + "side is kept over none chosen on the other, of two chosen the later wins, and two different "
                        + "notes are both kept; each such finding is listed with what was kept from which file."})
    static final class Merge extends ContextCommand {
        @Parameters(index = "0", paramLabel = "SIDE_FILE", description = "The side file to merge.")
        Path side;

        @Option(names = "--notes", paramLabel = "FILE", defaultValue = "tilik-notes.json",
                description = "The note file to merge into (default: ${DEFAULT-VALUE}).")
        Path notes;

        @Mixin
        RulesOption rules;

        Merge(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() throws BadInputException {
            if (!Files.isRegularFile(side)) {
                throw new BadInputException("no side file at " + side);
            }
            if (side.toAbsolutePath().normalize().equals(notes.toAbsolutePath().normalize())) {
                throw new BadInputException(side + " is the note file itself");
            }
            try {
                NoteMerge.Result r = NoteMerge.merge(side, notes);
                PrintWriter out = out();
                out.println("Merged " + side + " into " + notes + ": " + r.added() + " added, " + r.updated()
                        + " updated" + (r.bothNotesKept() > 0 ? " (" + r.bothNotesKept() + " with both notes kept)" : "")
                        + "; " + side + " removed.");
                for (String kept : r.kept()) {
                    out.println("  " + dev.tilik.text.SafeText.sanitize(kept));
                }
                out.println(markdown(r.folder()));
                out.flush();
                return ExitCode.OK;
            } catch (JsonFileException e) {
                throw new BadInputException(e.getMessage() + (e.file().equals(notes.toString())
                        ? "; a merge needs a note file it can read: mend " + notes + ", or move it aside (the merge then makes "
                        + notes.getFileName() + " anew from " + side.getFileName() + ") and merge again" : ""));
            } catch (java.io.IOException e) {
                throw new BadInputException("notes not merged: " + dev.tilik.notes.NoteStore.describe(e));
            }
        }

        /**
         * Renders the note file's Markdown again from the merged notes, so that it does not show the
         * notes as they were before the merge: the findings' text comes from the folder the note file
         * names (read against the note file's directory, not the current one: {@link NoteFolder}),
         * analysed as every command does (through the cache). Says what it did; when the folder
         * is not there, or cannot be read, says when the Markdown will catch up instead.
         */
        private String markdown(String folder) {
            Path md = NotePaths.markdown(notes);
            String later = md + " still shows the notes before the merge; it is written again the next time "
                    + (folder == null ? "the folder" : folder) + " is opened";
            Path named = NoteFolder.resolve(folder, notes).orElse(null);
            if (named == null || !Files.isDirectory(named)) {
                return later + ".";
            }
            try {
                Analysis analysis = FolderInput.of(named, rules).analyze(ctx, Progress.NONE);
                ReviewSession session = NoteStore.open(notes).restore(analysis);
                NotesMarkdown.Written w = new NotesMarkdown(new AtomicWriter(SaveSteps.REAL))
                        .write(md, MarkdownExport.render(session).getBytes(StandardCharsets.UTF_8), Instant.now());
                return md + " written again from the merged notes" + (w.kept() == null ? "." : "; it " + NoteStore.keptEdits(w) + ".");
            } catch (BadInputException | java.io.IOException | RuntimeException e) {
                return later + " (" + e.getMessage() + ").";
            }
        }
    }
}
