package dev.tilik.notes;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temp files of atomic saves: {@code .<name>.tmp-<pid>-<random>} beside the file they replace.
 * A save holds a lock on its temp file while it writes, and this JVM remembers the temps it is
 * writing. A temp file is a leftover (of a SIGKILL, a power cut) and is removed when no live
 * process can own it: its pid is not running, or is this JVM's own but this JVM is not writing it,
 * and nobody holds its lock. Anything else is removed only once older than the cutoff and unlocked.
 */
final class SaveTemps {
    private static final Pattern OURS = Pattern.compile("(?:(\\d{1,10})-)?[0-9a-z]{1,13}");
    private static final long SELF = ProcessHandle.current().pid();
    /** Temp files this JVM is writing now (real paths). */
    private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();

    private SaveTemps() {
    }

    static String prefix(Path real) {
        return "." + real.getFileName() + ".tmp-";
    }

    /** Whether {@code p} is named as a save's temp file ({@code .<name>.tmp-<pid>-<random>}). */
    static boolean isTemp(Path p) {
        Path name = p.getFileName();
        if (name == null) {
            return false;
        }
        String n = name.toString();
        int at = n.lastIndexOf(".tmp-");
        return n.startsWith(".") && at > 1 && OURS.matcher(n.substring(at + ".tmp-".length())).matches();
    }

    /** A fresh temp path for {@code real}, registered as in progress until {@link #done}. */
    static Path claim(Path real) {
        Path tmp = real.resolveSibling(prefix(real) + SELF + "-"
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36));
        IN_PROGRESS.add(tmp);
        return tmp;
    }

    static void done(Path tmp) {
        IN_PROGRESS.remove(tmp);
    }

    /**
     * Locks the temp a save writes, so a cleaner in another process (even one whose pids differ
     * from ours, in another container) sees it is alive. A file system without locks is no reason
     * to fail a save: the pid in the name still protects it.
     */
    static FileLock lock(FileChannel channel) {
        try {
            return channel.tryLock();
        } catch (IOException | OverlappingFileLockException | UnsupportedOperationException e) {
            return null;
        }
    }

    /**
     * Removes the leftovers beside {@code real} (see the class comment); {@code cutoff} is when a
     * temp is old enough to be a leftover whatever its name. Returns how many were removed; I/O
     * errors leave the files alone.
     */
    static int removeLeftovers(Path real, Instant cutoff) {
        int removed = 0;
        String prefix = prefix(real);
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(real.getParent(), prefix + "*")) {
            for (Path p : ds) {
                Matcher m = OURS.matcher(p.getFileName().toString().substring(prefix.length()));
                if (m.matches() && !IN_PROGRESS.contains(p) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                        && (noLiveOwner(m.group(1)) || olderThan(p, cutoff)) && unlocked(p)) {
                    Files.delete(p);
                    removed++;
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // Leftovers are only clutter; the next save tries again.
        }
        return removed;
    }

    /** How old a temp is once it is a leftover whatever its name says (a pid may be reused). */
    static final java.time.Duration LEFTOVER_AGE = java.time.Duration.ofMinutes(10);

    /** Whether no live process can own a temp named with {@code pid} (this JVM's own counts as none). */
    static boolean noLiveOwner(String pid) {
        if (pid == null) {
            return false; // an older name without a pid: only its age tells
        }
        long p;
        try {
            p = Long.parseLong(pid);
        } catch (NumberFormatException e) {
            return false;
        }
        return p == SELF || ProcessHandle.of(p).filter(ProcessHandle::isAlive).isEmpty();
    }

    static boolean olderThan(Path p, Instant cutoff) throws IOException {
        return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(cutoff);
    }

    /** True when nobody holds the temp's lock (a writer in any process would). */
    private static boolean unlocked(Path p) {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            FileLock lock = ch.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (OverlappingFileLockException | NoSuchFileException e) {
            return false; // this JVM holds it, or it is gone already
        } catch (IOException | UnsupportedOperationException e) {
            return true; // no locks here: the pid and the age decide
        }
    }
}
