package dev.tilik.notes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tilik.json.StrictJson;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys a fact-checker typed while the folder loaded, kept on disk beside the note file as they
 * arrive, so that no verdict or note typed ahead is lost however long the load takes: a hang-up
 * (the hang-up save waits for the load two minutes at most), a kill, a crash.
 *
 * <p>One file per reader, {@code .tilik-notes.json.typed-ahead-<pid>}: a first line naming its
 * {@link Owner} and the note file's SHA-256 as it was when the first key came (absent: no note
 * file), then one JSON line per key ({@code {"key":"v","at":…}}), paste ({@code {"paste":…,"length":…}})
 * or line break, each forced to the disk before the next is read. When the keys ran and the notes
 * they made were saved, the reader removes the file; when the hang-up save ran them, it adds a
 * last line saying so ({@code {"ran":…,"verdicts":1,"notes":1,"ratings":0}}), which the next
 * opening reports and removes.
 *
 * <p>The next opening of the note file finds the journals no live process owns ({@link #left}):
 * keys that never ran run on the findings first, as they would have on the loading screen —
 * provided the note file is still as it was when they were typed (else the first unreviewed finding
 * they were meant for may be another: they are kept and said, not run).
 */
public final class KeysJournal {
    private static final Logger LOG = LoggerFactory.getLogger(KeysJournal.class);
    private static final String INFIX = ".typed-ahead-";
    private static final int MAX_BYTES = 1 << 20;

    /** What a line of the journal holds: a key by name, a paste, or a line break, and when it was typed. */
    public record Entry(Kind kind, String text, long length, Instant at) {
        public enum Kind { KEY, PASTE, LINE_BREAK }

        public Entry {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(at, "at");
            text = text == null ? "" : text;
        }

        public static Entry key(String name, Instant at) {
            return new Entry(Kind.KEY, name, 0, at);
        }

        public static Entry paste(String text, long length, Instant at) {
            return new Entry(Kind.PASTE, text, length, at);
        }

        public static Entry lineBreak(Instant at) {
            return new Entry(Kind.LINE_BREAK, "", 0, at);
        }
    }

    /** What the hang-up save made of the keys: when, and how many verdicts, notes and ratings they changed. */
    public record Ran(Instant at, int verdicts, int notes, int ratings) {
    }

    /**
     * A journal an earlier reader left: its file, owner, the note file's hash when the first key
     * came (null: there was none), its keys, and what the hang-up save made of them (null: they never ran).
     */
    public record Found(Path file, Owner owner, String notesSha, List<Entry> entries, Ran ran) {
        public Found {
            entries = List.copyOf(entries);
        }

        /** When the first key was typed (or the reader started, when none is left). */
        public Instant typed() {
            return entries.isEmpty() ? owner.started() : entries.get(0).at();
        }

        /** Whether the note file is as it was when the keys were typed: then they run where they were meant to. */
        public boolean notesUnchanged(Path notes) {
            return Objects.equals(notesSha, sha(notes));
        }
    }

    private final Path notes;
    private final Path file;
    private final Owner owner;
    private FileChannel channel;
    private int appended;

    private KeysJournal(Path notes, Owner owner) {
        this.notes = notes;
        this.owner = owner;
        this.file = notes.resolveSibling("." + notes.getFileName() + INFIX + owner.pid());
    }

    /** This reader's journal beside {@code notes}; nothing is written until the first key. */
    public static KeysJournal of(Path notes) {
        return new KeysJournal(Objects.requireNonNull(notes, "notes"), Owner.current());
    }

    /** The journal's file (it exists once a key was kept). */
    public Path file() {
        return file;
    }

    /** How many keys this reader kept so far. */
    public synchronized int size() {
        return appended;
    }

    /** Keeps {@code e} on disk (forced) before returning; the first key writes the header line. */
    public synchronized void append(Entry e) throws IOException {
        if (channel == null) {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS);
            ObjectNode head = owner.into(Owner.object().put("typedAhead", 1));
            String sha = sha(notes);
            if (sha == null) {
                head.putNull("notes");
            } else {
                head.put("notes", sha);
            }
            write(head);
        }
        ObjectNode line = Owner.object();
        switch (e.kind()) {
            case KEY -> line.put("key", e.text());
            case PASTE -> line.put("paste", e.text()).put("length", e.length());
            case LINE_BREAK -> line.put("lineBreak", true);
        }
        write(line.put("at", e.at().toString()));
        appended++;
    }

    /** Adds the line saying the hang-up save ran the keys and saved what they made. */
    public synchronized void ran(Ran r) throws IOException {
        if (channel == null) {
            return;
        }
        write(Owner.object().put("ran", r.at().toString()).put("verdicts", r.verdicts()).put("notes", r.notes())
                .put("ratings", r.ratings()));
    }

    /** Removes the journal: its keys ran and what they made is in the note file. */
    public synchronized void discard() {
        try {
            if (channel != null) {
                channel.close();
            }
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("{}: not removed ({}); the next opening finds its keys already saved", file, e.toString());
        }
        channel = null;
        appended = 0;
    }

    private void write(ObjectNode line) throws IOException {
        byte[] bytes = (line.toString() + "\n").getBytes(StandardCharsets.UTF_8);
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
        channel.force(true);
    }

    /**
     * The journals beside {@code notes} that no live process owns (killed, hung up, crashed), oldest
     * first; this process's own and those of a live reader (or of another host) are left alone.
     */
    public static List<Found> left(Path notes) {
        List<Found> out = new ArrayList<>();
        Path dir = notes.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return out;
        }
        String prefix = "." + notes.getFileName() + INFIX;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, p -> p.getFileName().toString().startsWith(prefix))) {
            for (Path p : ds) {
                read(notes.resolveSibling(p.getFileName())).filter(f -> !f.owner().isCurrent() && !f.owner().alive())
                        .ifPresent(out::add);
            }
        } catch (IOException | DirectoryIteratorException e) {
            LOG.warn("{}: journals of keys typed ahead not read ({})", dir, e.toString());
        }
        out.sort((a, b) -> a.typed().compareTo(b.typed()));
        return out;
    }

    /** Removes a journal found by {@link #left}: its keys ran (or were said) and their notes are saved. */
    public static void remove(Found f) {
        try {
            Files.deleteIfExists(f.file());
        } catch (IOException e) {
            LOG.warn("{}: not removed ({})", f.file(), e.toString());
        }
    }

    /** The journal in {@code file}, or empty when it is no journal (no owner line); a cut last line is left out. */
    static Optional<Found> read(Path file) {
        List<String> lines;
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            LOG.warn("{}: not read ({})", file, e.toString());
            return Optional.empty();
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        JsonNode head = parse(file, lines.get(0));
        Optional<Owner> owner = Owner.from(head);
        if (owner.isEmpty() || !head.path("typedAhead").isInt()) {
            return Optional.empty();
        }
        String sha = head.path("notes").isTextual() ? head.get("notes").asText() : null;
        List<Entry> entries = new ArrayList<>();
        Ran ran = null;
        for (String l : lines.subList(1, lines.size())) {
            JsonNode n = parse(file, l);
            Instant at = instant(n.path("at"));
            if (n.has("ran")) {
                Instant when = instant(n.path("ran"));
                ran = new Ran(when == null ? owner.get().started() : when, n.path("verdicts").asInt(),
                        n.path("notes").asInt(), n.path("ratings").asInt());
            } else if (at == null) {
                continue; // a line cut by a kill, or not ours
            } else if (n.path("key").isTextual() && !n.get("key").asText().isEmpty()) {
                entries.add(Entry.key(n.get("key").asText(), at));
            } else if (n.path("paste").isTextual()) {
                entries.add(Entry.paste(n.get("paste").asText(), n.path("length").asLong(n.get("paste").asText().length()), at));
            } else if (n.path("lineBreak").asBoolean()) {
                entries.add(Entry.lineBreak(at));
            }
        }
        return Optional.of(new Found(file, owner.get(), sha, entries, ran));
    }

    private static JsonNode parse(Path file, String line) {
        try {
            return mapper().readTree(line);
        } catch (JsonProcessingException e) {
            LOG.info("{}: a line left out ({})", file, e.getOriginalMessage());
            return mapper().createObjectNode();
        }
    }

    private static Instant instant(JsonNode n) {
        if (!n.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(n.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The note file's SHA-256, or null when there is none (or it cannot be read). */
    static String sha(Path notes) {
        try {
            DiskState s = DiskState.of(notes);
            return s == null ? null : s.sha256();
        } catch (IOException e) {
            return "unreadable: " + e.getClass().getSimpleName();
        }
    }

    private static ObjectMapper mapper() {
        return StrictJson.mapper();
    }
}
