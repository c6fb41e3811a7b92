package dev.tilik.notes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tilik.json.JsonFileException;
import dev.tilik.review.Rating;
import dev.tilik.review.SetAside;
import dev.tilik.review.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Merges a side file's notes (a recovery sibling, a conflict copy) into the note file: a finding
 * only the side file holds is added; for one both hold, each field is merged on its own: a verdict
 * or rating nobody chose on one side never replaces one chosen on the other (a finding's time is
 * that of its last change, any field's, so a note typed later made an untouched "unreviewed" look
 * newer than a verdict chosen elsewhere and threw it away); two chosen that differ, the later
 * change's wins; two different notes are both kept, the side file's after the note file's, never one
 * dropped. What was kept from which side is told, finding by finding ({@link Result#kept}). The note
 * file is written atomically, then the side file (and its Markdown) removed.
 */
public final class NoteMerge {
    /**
     * What a merge did, to tell the user; {@code folder} is the articles folder as the merged file
     * records it (read against the note file's directory: {@link NoteFolder#resolve}), or null.
     */
    public record Result(int added, int updated, int bothNotesKept, String folder, List<String> kept) {
        public Result {
            kept = List.copyOf(kept);
        }
    }

    private NoteMerge() {
    }

    /** Merges {@code side} into {@code notes} (created when absent) and removes {@code side}. */
    public static Result merge(Path side, Path notes) throws IOException, JsonFileException {
        NoteFile from = NoteFileReader.read(side, side.toString());
        NoteFile into = Files.exists(notes) ? NoteFileReader.read(notes, notes.toString()) : NoteFile.empty();
        int[] counts = new int[3];
        List<String> kept = new ArrayList<>();
        NoteFile moved = new NoteFile(NoteFile.VERSION, NoteFolder.moved(from.folder(), side, notes), from.articles(),
                from.findings(), from.extra());
        NoteFile merged = merge(into, moved, new Names(notes.getFileName().toString(), side.getFileName().toString()),
                counts, kept);
        new AtomicWriter(SaveSteps.REAL).write(notes, NoteFileWriter.bytes(merged));
        Files.delete(side);
        Files.deleteIfExists(NotePaths.markdown(side));
        return new Result(counts[0], counts[1], counts[2], merged.folder(), kept);
    }

    /** The two files' names, as the merge's account names them: the note file's and the side file's. */
    record Names(String into, String from) {
    }

    /**
     * {@code into} with {@code from}'s reviews; {@code counts}: added, updated, both notes kept;
     * {@code kept} gains one line per finding both held differently, saying what came from which.
     */
    static NoteFile merge(NoteFile into, NoteFile from, Names names, int[] counts, List<String> kept) {
        Map<String, FindingNote> byId = new LinkedHashMap<>();
        into.findings().forEach(n -> byId.put(n.id(), n));
        for (FindingNote side : from.findings()) {
            FindingNote mine = byId.get(side.id());
            if (mine == null) {
                byId.put(side.id(), side);
                counts[0]++;
            } else if (!mine.equals(side)) {
                FindingNote both = both(mine, side, names.from());
                boolean bothNotes = !both.note().equals(mine.note()) && !mine.note().isEmpty() && !side.note().isEmpty();
                if (bothNotes) {
                    counts[2]++;
                }
                kept.add(account(mine, side, both, names, bothNotes));
                byId.put(side.id(), both);
                counts[1]++;
            }
        }
        Map<String, ArticleEntry> articles = new LinkedHashMap<>();
        into.articles().forEach(a -> articles.put(a.path(), a));
        from.articles().forEach(a -> articles.putIfAbsent(a.path(), a));
        return new NoteFile(NoteFile.VERSION, into.folder() != null ? into.folder() : from.folder(),
                List.copyOf(articles.values()), List.copyOf(byId.values()), into.extra());
    }

    /** Whether the side file's finding changed last (a tie goes to the note file). */
    private static boolean sideLater(FindingNote mine, FindingNote side) {
        return Instant.parse(side.updated()).isAfter(Instant.parse(mine.updated()));
    }

    /** The verdict kept: one chosen over none, else the later change's. */
    private static Verdict verdict(FindingNote mine, FindingNote side) {
        if (side.verdict() == Verdict.UNREVIEWED || side.verdict() == mine.verdict()) {
            return mine.verdict();
        }
        if (mine.verdict() == Verdict.UNREVIEWED) {
            return side.verdict();
        }
        return sideLater(mine, side) ? side.verdict() : mine.verdict();
    }

    /** The rating kept: one chosen over none, else the later change's. */
    private static Rating rating(FindingNote mine, FindingNote side) {
        if (side.rating() == null || side.rating() == mine.rating()) {
            return mine.rating();
        }
        if (mine.rating() == null) {
            return side.rating();
        }
        return sideLater(mine, side) ? side.rating() : mine.rating();
    }

    private static FindingNote both(FindingNote mine, FindingNote side, String fromName) {
        FindingNote later = sideLater(mine, side) ? side : mine;
        String note = mine.note().isEmpty() ? side.note() : side.note().isEmpty() || side.note().equals(mine.note())
                || mine.note().contains(side.note()) ? mine.note()
                : mine.note() + " \u00B7 from " + fromName + ": " + side.note();
        LinkedHashSet<String> former = new LinkedHashSet<>(mine.formerIds());
        former.addAll(side.formerIds());
        Map<String, JsonNode> extra = new LinkedHashMap<>(side.extra());
        extra.putAll(mine.extra());
        String created = Instant.parse(side.created()).isBefore(Instant.parse(mine.created())) ? side.created() : mine.created();
        Verdict verdict = verdict(mine, side);
        Rating rating = rating(mine, side);
        // a set: the side file may hold the very choice the note file already keeps set aside (a recovery sibling of
        // the reader an earlier merge overruled), which is set aside once
        LinkedHashSet<SetAside> aside = new LinkedHashSet<>(OldConflictMarks.union(mine.setAside(), side.setAside()));
        if (mine.verdict() != Verdict.UNREVIEWED && side.verdict() != Verdict.UNREVIEWED && mine.verdict() != side.verdict()) {
            FindingNote lost = verdict == mine.verdict() ? side : mine;
            aside.add(SetAside.ofVerdict(lost.verdict(), verdict, Instant.parse(lost.updated())));
        }
        if (mine.rating() != null && side.rating() != null && mine.rating() != side.rating()) {
            FindingNote lost = rating == mine.rating() ? side : mine;
            aside.add(SetAside.ofRating(lost.rating(), rating, Instant.parse(lost.updated())));
        }
        return new FindingNote(mine.id(), mine.type(), mine.title(), mine.statements(), verdict, rating, note, created,
                later.updated(), new ArrayList<>(former), mine.draft().isEmpty() ? side.draft() : mine.draft(),
                List.copyOf(aside), extra);
    }

    /**
     * One finding's line of the merge's account: "title: verdict confirmed from tilik-notes.json
     * (none chosen in the conflict copy); notes of both kept". Names only what differed.
     */
    private static String account(FindingNote mine, FindingNote side, FindingNote merged, Names names, boolean bothNotes) {
        List<String> parts = new ArrayList<>();
        if (mine.verdict() != side.verdict()) {
            parts.add(field("verdict", merged.verdict() == mine.verdict(), mine.verdict().label(),
                    side.verdict().label(), side.verdict() == Verdict.UNREVIEWED || mine.verdict() == Verdict.UNREVIEWED,
                    names));
        }
        if (mine.rating() != side.rating()) {
            parts.add(field("rating", merged.rating() == mine.rating(), label(mine.rating()), label(side.rating()),
                    mine.rating() == null || side.rating() == null, names));
        }
        if (bothNotes) {
            parts.add("notes of both kept");
        } else if (!mine.note().equals(side.note())) {
            parts.add(merged.note().equals(mine.note()) ? "note from " + names.into() : "note from " + names.from());
        }
        if (parts.isEmpty()) {
            parts.add("the same verdict, rating and note");
        }
        String title = mine.title().isBlank() ? mine.id() : mine.title();
        return title + ": " + String.join("; ", parts);
    }

    private static String field(String name, boolean fromInto, String intoValue, String fromValue, boolean oneChosen,
                                Names names) {
        String keptValue = fromInto ? intoValue : fromValue;
        String other = fromInto ? fromValue : intoValue;
        String otherFile = fromInto ? names.from() : names.into();
        return name + " " + keptValue + " from " + (fromInto ? names.into() : names.from())
                + (oneChosen ? " (none chosen in " + otherFile + ")"
                : " (changed later than " + other + " in " + otherFile + ")");
    }

    private static String label(Rating r) {
        return r == null ? "none" : r.label();
    }
}
