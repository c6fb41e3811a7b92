package dev.tilik.notes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tilik.json.StrictJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who has a note file open in a reader (or the shell): {@code .tilik-notes.json.lock} beside it,
 * holding the {@link Owner} — pid, host, start time — of the one that opened it first. It never
 * blocks anyone: a second reader on the same notes reads and saves as before (the note file's own
 * check sends a save that meets another's to a conflict copy, merged by {@code tilik notes merge}),
 * but it is told so on its first frame and at its first save instead of only when the copy appears.
 *
 * <p>Every reader that finds the notes held says so beside the lock ({@code .tilik-notes.json.lock.<pid>.reader}),
 * so the holder sees it too: a shell that opened first is told of a reader opened after it at its
 * next save, as that reader is told of the shell.
 *
 * <p>A lock whose owner is dead on this host (a kill, a crash, a dropped connection that never ran the
 * shutdown hooks) is stale and taken over without a word; so is one that cannot be read. The owner
 * removes it when it ends (a shutdown hook, so a hang-up does too).
 */
public final class ReaderLock {
    private static final Logger LOG = LoggerFactory.getLogger(ReaderLock.class);
    private static final int MAX_BYTES = 4096;
    /** The end of a {@link #visitor} file's name. */
    private static final String VISITOR = ".reader";

    private final Path file;
    private final Owner self;
    private volatile Owner other;
    private volatile boolean held;
    /** The other reader last told of at a save: each is told once. */
    private Owner told;
    private Thread hook;

    private ReaderLock(Path file, Owner self) {
        this.file = file;
        this.self = self;
    }

    /** The lock file of {@code notes}: {@code .tilik-notes.json.lock} beside it. */
    public static Path of(Path notes) {
        return notes.resolveSibling("." + notes.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code notes} for this process when nobody live holds it (a stale one is
     * taken over); otherwise notes who does ({@link #other}). Never throws: a folder that cannot be
     * written holds no lock, and nobody is warned.
     */
    public static ReaderLock take(Path notes) {
        return take(notes, Owner.current());
    }

    /** As {@link #take(Path)} for the reader {@code self} (tests: a reader of another process). */
    public static ReaderLock take(Path notes, Owner self) {
        ReaderLock lock = new ReaderLock(of(notes.toAbsolutePath()), self);
        removeLeftovers(lock.file, Instant.now().minus(SaveTemps.LEFTOVER_AGE));
        lock.check();
        return lock;
    }

    /**
     * Looks again (at a save): takes the lock when its holder went, and returns the live reader
     * that holds it now, if another — or, for the holder, a reader that opened the notes later
     * ({@link #visitor}), so a shell that opened first sees a reader opened after it, and the reader
     * that holds the notes sees a later shell.
     */
    public synchronized Optional<Owner> check() {
        Optional<Owner> holder = read(file);
        if (holder.isPresent() && holder.get().equals(self)) {
            held = true;
            other = visiting().orElse(null);
            return Optional.ofNullable(other);
        }
        if (holder.isPresent() && holder.get().alive()) {
            held = false;
            other = holder.get();
            visit();
            return holder;
        }
        if (holder.isPresent() || Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            LOG.info("{}: {} left it; taken over", file, holder.map(Owner::toString).orElse("an unreadable lock"));
        }
        other = null;
        held = write();
        if (held) {
            leave();
            other = visiting().orElse(null);
        } else if (other != null) { // another reader took it at the same moment
            visit();
        }
        return Optional.ofNullable(other);
    }

    /**
     * The file a reader that found the notes held writes beside the lock:
     * {@code .tilik-notes.json.lock.<pid>.reader}, its {@link Owner} inside, so the holder sees it at its
     * next save; removed when it ends or takes the lock over.
     */
    Path visitor() {
        return file.resolveSibling(file.getFileName() + "." + self.pid() + VISITOR);
    }

    /** The live readers other than this one that left a {@link #visitor} file; a dead one's file removed. */
    private Optional<Owner> visiting() {
        String prefix = file.getFileName() + ".";
        Owner found = null;
        try (java.nio.file.DirectoryStream<Path> ds = Files.newDirectoryStream(file.getParent(), prefix + "*" + VISITOR)) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                if (!n.substring(prefix.length(), n.length() - VISITOR.length()).matches("\\d{1,10}")) {
                    continue;
                }
                Optional<Owner> o = read(p);
                if (o.isPresent() && o.get().equals(self)) {
                    continue;
                }
                if (o.isPresent() && o.get().alive()) {
                    found = found == null || o.get().started().isBefore(found.started()) ? o.get() : found;
                } else if (o.isPresent() || SaveTemps.olderThan(p, Instant.now().minus(SaveTemps.LEFTOVER_AGE))) {
                    Files.deleteIfExists(p);
                    LOG.info("{}: its reader ended; removed", p);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("{}: readers not looked for ({})", file, e.toString());
        }
        return Optional.ofNullable(found);
    }

    /** Says, beside the lock, that this reader has the notes open too ({@link #visitor}). */
    private void visit() {
        Path v = visitor();
        if (read(v).filter(self::equals).isPresent()) {
            return;
        }
        try {
            Path tmp = file.resolveSibling(file.getFileName() + "." + self.pid() + ".tmp"); // as the lock's own
            Files.write(tmp, ownerBytes());
            Files.move(tmp, v, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            LOG.info("{}: not written ({})", v, e.toString());
        }
    }

    /** Removes this reader's {@link #visitor} file, if any. */
    private void leave() {
        try {
            Files.deleteIfExists(visitor());
        } catch (IOException e) {
            LOG.debug("{} left", visitor());
        }
    }

    /**
     * Looks again before a save ({@link #check}) and returns the live other reader holding the notes
     * when this one has not been told of it at a save yet: the reader's status line and the shell
     * say it once per other reader, at the first save that would meet theirs.
     */
    public synchronized Optional<Owner> otherToTell() {
        Optional<Owner> now = check();
        if (now.isPresent() && !now.get().equals(told)) {
            told = now.get();
            return now;
        }
        return Optional.empty();
    }

    /** What the reader and the shell say of another live reader {@code o} of these notes. */
    public static String warning(Owner o) {
        return "another reader has these notes open (" + describe(o, java.time.ZoneId.systemDefault())
                + "): your saves and theirs are merged";
    }

    /** The live reader that held the notes when last looked, if another. */
    public Optional<Owner> other() {
        return Optional.ofNullable(other);
    }

    /** Whether this process holds the lock. */
    public boolean held() {
        return held;
    }

    /** The lock file. */
    public Path file() {
        return file;
    }

    /** Removes the lock file if it is still this process's. */
    public synchronized void release() {
        leave();
        if (!held) {
            return;
        }
        held = false;
        if (read(file).filter(self::equals).isPresent()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("{}: not removed ({}); the next opening takes it over", file, e.toString());
            }
        }
    }

    /** Removes the lock when the JVM ends (quit, SIGTERM, a hang-up), unless released before. */
    public synchronized ReaderLock releasedOnExit() {
        if (hook == null) {
            hook = new Thread(this::release, "tilik-reader-lock");
            try {
                Runtime.getRuntime().addShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                release();
            }
        }
        return this;
    }

    /**
     * Removes the temp files a lock's write left beside it ({@code .tilik-notes.json.lock.<pid>.tmp}:
     * a kill between writing the temp and linking it): those whose pid runs no longer, or that are
     * older than {@code cutoff} (a write takes milliseconds; a pid may be reused). Only names of
     * exactly that form are touched, never a user's file; this JVM's own only once old. Returns how
     * many were removed; I/O errors leave the files alone.
     */
    static int removeLeftovers(Path lock, Instant cutoff) {
        String prefix = lock.getFileName() + ".";
        int removed = 0;
        try (java.nio.file.DirectoryStream<Path> ds = Files.newDirectoryStream(lock.getParent(), prefix + "*.tmp")) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                String pid = n.substring(prefix.length(), n.length() - ".tmp".length());
                if (pid.matches("\\d{1,10}") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                        && (SaveTemps.noLiveOwner(pid) && !pid.equals(Long.toString(ProcessHandle.current().pid()))
                            || SaveTemps.olderThan(p, cutoff))) {
                    Files.delete(p);
                    LOG.info("{}: left by a lock's write that never ended; removed", p);
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("{}: leftovers not looked for ({})", lock, e.toString());
        }
        return removed;
    }

    private boolean write() {
        byte[] bytes = ownerBytes();
        Path tmp = file.resolveSibling(file.getFileName() + "." + self.pid() + ".tmp");
        try {
            Files.write(tmp, bytes, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
            try {
                // A lock that appeared meanwhile (another reader opening at the same moment) is theirs.
                Files.createLink(file, tmp);
            } catch (FileAlreadyExistsException e) {
                Optional<Owner> now = read(file);
                if (now.isPresent() && now.get().alive() && !now.get().equals(self)) {
                    other = now.get();
                    return false;
                }
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (UnsupportedOperationException | IOException e) {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.info("{}: no lock taken ({})", file, e.toString());
            return false;
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                LOG.debug("{} left", tmp);
            }
        }
    }

    private byte[] ownerBytes() {
        return (StrictJson.mapper().createObjectNode().put("reader", 1).setAll(self.into(Owner.object()))
                .toString() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The owner a lock file names, or empty when there is none or it cannot be read. */
    static Optional<Owner> read(Path file) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            JsonNode n = StrictJson.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
            return Owner.from(n);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** When {@code o} opened the notes, for a status line: {@code pid 4242 on host, since 14:02}. */
    public static String describe(Owner o, java.time.ZoneId zone) {
        String since = java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(zone).format(o.started());
        boolean today = o.started().atZone(zone).toLocalDate().equals(Instant.now().atZone(zone).toLocalDate());
        String day = today ? "" : java.time.format.DateTimeFormatter.ofPattern(" d MMM", java.util.Locale.ENGLISH)
                .withZone(zone).format(o.started());
        return "pid " + o.pid() + (o.onThisHost() ? "" : " on " + o.host()) + ", since " + since + day;
    }
}
