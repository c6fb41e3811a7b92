package dev.tilik.notes;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;

/**
 * The file-system steps of an atomic save, one method each, so tests can make any single step
 * fail (create, write, disk full, force, move, directory sync). {@link #REAL} does them for real.
 */
public interface SaveSteps {
    SaveSteps REAL = new SaveSteps() {
    };

    /**
     * Creates {@code tmp} (it must not exist) and opens it for writing. The file gets the mode an
     * ordinary new file gets (0666 less the umask), not {@code createTempFile}'s 0600.
     */
    default FileChannel create(Path tmp) throws IOException {
        return FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /** One write call; may write only part of {@code buf}. */
    default int write(FileChannel channel, ByteBuffer buf) throws IOException {
        return channel.write(buf);
    }

    /** Flushes content and metadata to the device. */
    default void force(FileChannel channel) throws IOException {
        channel.force(true);
    }

    /** Renames {@code from} over {@code to} atomically; never falls back to copying. */
    default void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Flushes a folder's entries, so a rename survives a power cut. */
    default void syncDirectory(Path dir) throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        }
    }
}
