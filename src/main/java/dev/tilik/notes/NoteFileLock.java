package dev.tilik.notes;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One writer at a time checks a note file and replaces it: two readers on one folder (two
 * processes, or two stores in one JVM) must not both find the file as they left it and both rename
 * over it, the second silently dropping the first one's verdicts. Within this JVM a lock per path;
 * across processes an advisory lock on the file as it is now. A rename replaces the file, so a
 * waiter that gets the lock on the old one reads the disk state again after it and finds the change.
 *
 * <p>A save never hangs on a lock: past {@link #WAIT} it goes ahead unlocked (logged), as it did
 * before locks, since a save that waits for ever loses more than one that races.
 */
final class NoteFileLock implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NoteFileLock.class);
    /** The longest a save waits for another writer of the same file (theirs takes milliseconds). */
    static final long WAIT_MILLIS = 2_000;
    private static final long POLL_MILLIS = 5;
    private static final ConcurrentHashMap<Path, ReentrantLock> LOCAL = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock fileLock;

    private NoteFileLock(ReentrantLock local, FileChannel channel, FileLock fileLock) {
        this.local = local;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /** Holds {@code file} (the real path, links resolved) for one check-and-replace; close to let go. */
    static NoteFileLock hold(Path file) {
        Path key = file.toAbsolutePath().normalize();
        ReentrantLock local = LOCAL.computeIfAbsent(key, k -> new ReentrantLock());
        boolean held;
        try {
            held = local.tryLock(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            held = false;
        }
        if (!held) {
            LOG.warn("{}: another save in this process held the note file for {} ms; saving unlocked", key, WAIT_MILLIS);
        }
        FileChannel channel = null;
        FileLock fileLock = null;
        if (Files.isRegularFile(key)) {
            try {
                channel = FileChannel.open(key, StandardOpenOption.WRITE);
                fileLock = acquire(channel, key);
            } catch (NoSuchFileException e) {
                // renamed away between the check and the open: nothing to lock, the disk state says the rest
            } catch (IOException | UnsupportedOperationException e) {
                LOG.info("{}: no advisory lock ({}); saving unlocked", key, e.toString());
            }
        }
        return new NoteFileLock(held ? local : null, channel, fileLock);
    }

    private static FileLock acquire(FileChannel channel, Path key) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
        try {
            while (true) {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return lock;
                }
                if (System.nanoTime() > deadline) {
                    LOG.warn("{}: another process held the note file for {} ms; saving unlocked", key, WAIT_MILLIS);
                    return null;
                }
                try {
                    TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
        } catch (OverlappingFileLockException e) {
            return null; // this JVM holds it through another channel: the local lock already orders us
        }
    }

    @Override
    public void close() {
        try {
            if (fileLock != null) {
                fileLock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            LOG.info("releasing the note file's lock: {}", e.toString());
        } finally {
            if (local != null) {
                local.unlock();
            }
        }
    }
}
