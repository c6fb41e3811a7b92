package dev.tilik.notes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tilik.json.JsonFileException;
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
 * only the side file holds is added; for one both hold, the verdict and rating of the later change
 * win, and two different notes are both kept, the side file's after the note file's, never one
 * dropped. The note file is written atomically, then the side file (and its Markdown) removed.
 */
public final class NoteMerge {
    /**
     * What a merge did, to tell the user; {@code folder} is the articles folder as the merged file
     * records it (read against the note file's directory: {@link NoteFolder#resolve}), or null.
     */
    public record Result(int added, int updated, int bothNotesKept, String folder) {
    }

    private NoteMerge() {
    }

    /** Merges {@code side} into {@code notes} (created when absent) and removes {@code side}. */
    public static Result merge(Path side, Path notes) throws IOException, JsonFileException {
        NoteFile from = NoteFileReader.read(side, side.toString());
        NoteFile into = Files.exists(notes) ? NoteFileReader.read(notes, notes.toString()) : NoteFile.empty();
        int[] counts = new int[3];
        NoteFile moved = new NoteFile(NoteFile.VERSION, NoteFolder.moved(from.folder(), side, notes), from.articles(),
                from.findings(), from.extra());
        NoteFile merged = merge(into, moved, side.getFileName().toString(), counts);
        new AtomicWriter(SaveSteps.REAL).write(notes, NoteFileWriter.bytes(merged));
        Files.delete(side);
        Files.deleteIfExists(NotePaths.markdown(side));
        return new Result(counts[0], counts[1], counts[2], merged.folder());
    }

    /** {@code into} with {@code from}'s reviews; {@code counts}: added, updated, both notes kept. */
    static NoteFile merge(NoteFile into, NoteFile from, String fromName, int[] counts) {
        Map<String, FindingNote> byId = new LinkedHashMap<>();
        into.findings().forEach(n -> byId.put(n.id(), n));
        for (FindingNote side : from.findings()) {
            FindingNote mine = byId.get(side.id());
            if (mine == null) {
                byId.put(side.id(), side);
                counts[0]++;
            } else if (!mine.equals(side)) {
                FindingNote both = both(mine, side, fromName);
                if (!both.note().equals(mine.note()) && !mine.note().isEmpty() && !side.note().isEmpty()) {
                    counts[2]++;
                }
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

    private static FindingNote both(FindingNote mine, FindingNote side, String fromName) {
        boolean sideLater = Instant.parse(side.updated()).isAfter(Instant.parse(mine.updated()));
        FindingNote later = sideLater ? side : mine;
        String note = mine.note().isEmpty() ? side.note() : side.note().isEmpty() || side.note().equals(mine.note())
                || mine.note().contains(side.note()) ? mine.note()
                : mine.note() + " \u00B7 from " + fromName + ": " + side.note();
        LinkedHashSet<String> former = new LinkedHashSet<>(mine.formerIds());
        former.addAll(side.formerIds());
        Map<String, JsonNode> extra = new LinkedHashMap<>(side.extra());
        extra.putAll(mine.extra());
        String created = Instant.parse(side.created()).isBefore(Instant.parse(mine.created())) ? side.created() : mine.created();
        return new FindingNote(mine.id(), mine.type(), mine.title(), mine.statements(), later.verdict(),
                later.rating() != null ? later.rating() : sideLater ? mine.rating() : side.rating(), note, created,
                later.updated(), new ArrayList<>(former), extra);
    }
}
